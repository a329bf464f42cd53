// events/roles/circumstantialPlace.ts: a circumstantial participle with no place of its own is where the event before it was.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, names(e.recipient), e.location?.name ?? null]);

describe('circumstantialPlace', () => {
  it('"تظاهر ... في موسكو ... مطالبين الرئيس بالتنحي": the demand was made where the protest was', () => {
    const text = 'تظاهر السبت في موسكو نحو خمسين الفا خارج مقر البرلمان مطالبين الرئيس فلاديمير بوتين بالتنحي عن منصبه.';
    expect(rows(text, { Moscow: ['موسكو'], Putin: ['فلاديمير بوتين'] })).toContainEqual(['REQUEST', ['Vladimir Putin'], 'Moscow']);
  });
  it('a participle with a place of its own keeps it', () => {
    const text = 'تظاهر السبت في موسكو نحو خمسين الفا مطالبين الرئيس فلاديمير بوتين بالتنحي في بشكيك.';
    expect(rows(text, { Moscow: ['موسكو'], Putin: ['فلاديمير بوتين'], Bishkek: ['بشكيك'] }).find((r) => r[0] === 'REQUEST')?.[2]).toBe('Bishkek');
  });
});
