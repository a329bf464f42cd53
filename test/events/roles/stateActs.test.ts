// events/roles/stateActs.ts: an act only a state carries out, with no doer named, is the state's where it takes place.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, e.trigger.text, names(e.source), e.location?.name ?? null]);

describe('stateActs', () => {
  it('"أُوقف قيادي معارض لشهرين في كازاخستان": a detention in Kazakhstan is Kazakhstan\'s', () => {
    expect(rows('أُوقف قيادي معارض لشهرين في كازاخستان.', { Kazakhstan: ['كازاخستان'] }))
      .toEqual([['COERCE', 'أُوقف', ['Kazakhstan'], 'Kazakhstan']]);
  });
  it('authorities who report an act in a clause of its own are not its doers ("قالت السلطات الأفغانية إن هجوما استهدف محكمة في كابول")', () => {
    const fx = { Afghanistan: [{ text: 'الأفغانية', method: 'nisba' }], Kabul: ['كابول'] };
    expect(rows('قالت السلطات الأفغانية إن هجوما استهدف محكمة في كابول.', fx)).toEqual([['ASSAULT', 'هجوما', [], 'Kabul']]);
  });
  it('a doer the sentence names stays the source ("اعتقلت حركة طالبان ... في قندوز")', () => {
    expect(rows('اعتقلت حركة طالبان صحفيين في قندوز.', { Taliban: ['حركة طالبان'], Kunduz: ['قندوز'] }))
      .toEqual([['COERCE', 'اعتقلت', ['Taliban'], 'Kunduz']]);
  });
  it('the state of the place is no subject for the next verb ("... اعتقال أتامباييف ... وقتلوا أحد أفرادها")', () => {
    const text = 'حاولت قوة خاصة في قرغيزستان اعتقال الرئيس السابق من منزله، لكن أنصاره تصدوا للقوة المهاجمة وقتلوا أحد أفرادها.';
    expect(rows(text, { Kyrgyzstan: ['قرغيزستان'] }).filter(([type]) => type === 'ASSAULT').map((r) => r[2])).not.toContainEqual(['Kyrgyzstan']);
  });
});
