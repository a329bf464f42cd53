// events/roles/opponents.ts: the actor whose opponents act is the recipient, not the source.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const rows = (text: string, entities: Record<string, string[]>): [string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);

describe('opponents', () => {
  it('"تظاهر مناهضو لوكاشينكو", "المعارضين لبوتين": the one opposed is the recipient', () => {
    expect(rows('تظاهر مناهضو لوكاشينكو في مينسك.', { Lukashenko: ['لوكاشينكو'], Minsk: ['مينسك'] })).toEqual([['PROTEST', [], ['Alexander Lukashenko']]]);
    expect(rows('واحتج آلاف المعارضين لبوتين في موسكو.', { Putin: ['بوتين'], Moscow: ['موسكو'] })).toEqual([['PROTEST', [], ['Vladimir Putin']]]);
  });
  it('not his supporters ("تظاهر أنصار لوكاشينكو")', () => {
    expect(rows('تظاهر أنصار لوكاشينكو في مينسك.', { Lukashenko: ['لوكاشينكو'], Minsk: ['مينسك'] }).map((r) => r[1])).toEqual([['Alexander Lukashenko']]);
  });
});
