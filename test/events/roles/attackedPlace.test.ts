// events/roles/attackedPlace.ts: an attack with no place phrase takes place where its target preposition names a place.
import { describe, expect, it } from 'vitest';
import { names, run, type Fixture } from '../helpers.js';

const rows = (text: string, entities: Fixture['entities']) =>
  run(text, { entities }).events.map((e) => [e.type, e.trigger.text, names(e.source), names(e.recipient), e.location?.name ?? null]);

describe('attackedPlace', () => {
  it('a territory or city after على, heads and partitives between ("على جزء من عاصمة إقليم أوسيتيا الجنوبية", "على مدينة قندوز")', () => {
    expect(rows('سيطرت القوات الروسية على جزء من عاصمة اقليم اوسيتيا الجنوبية.', { Russia: [{ text: 'الروسية', method: 'nisba' }], SouthOssetia: ['اوسيتيا الجنوبية'] }))
      .toEqual([['ASSAULT', 'سيطرت', ['Russia'], [], 'South Ossetia']]);
    expect(rows('شنت حركة طالبان هجوما على مدينة قندوز.', { Taliban: ['حركة طالبان'], Kunduz: ['قندوز'] }))
      .toEqual([['ASSAULT', 'هجوما', ['Taliban'], [], 'Kunduz']]);
  });
  it('a country after على is the target, no place; a place phrase of its own wins', () => {
    expect(rows('شنت حركة طالبان هجوما على روسيا.', { Taliban: ['حركة طالبان'], Russia: ['روسيا'] }))
      .toEqual([['ASSAULT', 'هجوما', ['Taliban'], ['Russia'], null]]);
    expect(rows('شنت حركة طالبان هجوما على القوات الروسية في مدينة قندوز.', { Taliban: ['حركة طالبان'], Russia: [{ text: 'الروسية', method: 'nisba' }], Kunduz: ['قندوز'] }))
      .toEqual([['ASSAULT', 'هجوما', ['Taliban'], ['Russia'], 'Kunduz']]);
  });
  it('not for what is no attack ("وافقت روسيا على ...")', () => {
    expect(rows('وافقت روسيا على طلب قندوز.', { Russia: ['روسيا'], Kunduz: ['قندوز'] }).map((r) => r[4])).not.toContain('Kunduz');
  });
});
