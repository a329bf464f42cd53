// events/roles/objectPronoun.ts: the pronoun on a verb is its object, an actor named before it.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const sides = (text: string, entities: Record<string, string[]>): string[][] =>
  run(text, { entities }).events.map((e) => [e.type, ...names(e.source), '->', ...names(e.recipient)]);

describe('object pronoun', () => {
  it('the one received is the one who arrived; the receiver follows the verb ("وصل لوكاشينكو ... واستقبله بوتين")', () => {
    expect(sides('وصل لوكاشينكو إلى موسكو واستقبله بوتين.', { Lukashenko: ['لوكاشينكو'], Moscow: ['موسكو'], Putin: ['بوتين'] }))
      .toContainEqual(['CONSULT', 'Vladimir Putin', '->', 'Alexander Lukashenko']);
  });

  it('a pronoun on the preposition after the verb that its frame gives the other side; the name just before the verb is its subject ("أن شي جين بينغ سيلتقي به"; heldout56)', () => {
    expect(sides('وأخبر بيسكوف ألكسندر لوكاشينكو أن فلاديمير بوتين سيلتقي به بعد ظهر اليوم.', { Lukashenko: ['ألكسندر لوكاشينكو'], Putin: ['فلاديمير بوتين'] }))
      .toEqual([['CONSULT', 'Vladimir Putin', '->', 'Alexander Lukashenko']]);
    expect(sides('وصل لوكاشينكو إلى موسكو والتقى به بوتين.', { Lukashenko: ['لوكاشينكو'], Moscow: ['موسكو'], Putin: ['بوتين'] }))
      .toContainEqual(['CONSULT', 'Vladimir Putin', '->', 'Alexander Lukashenko']);
  });

  it('a past with a pronoun and a name right after it is a verb, not a noun with its possessor; ه may be a body with a masculine name ("حزب النهضة ... وحظرته طاجيكستان")', () => {
    expect(sides('وأبلغت الحكومة حزب النهضة الإسلامي بأنه غير قانوني وحظرته طاجيكستان العام الماضي.', { IRPT: ['حزب النهضة الإسلامي'], Tajikistan: ['طاجيكستان'] })
      .filter(([t]) => t === 'COERCE')).toEqual([['COERCE', 'Tajikistan', '->', 'Islamic Renaissance Party of Tajikistan']]);
  });

  it('the object of the verb before, not the nearest name ("انتقد باشينيان المنظمة، وهو تحالف بقيادة روسيا، واتهمها")', () => {
    const text = 'انتقد باشينيان منظمة معاهدة الأمن الجماعي، وهي تحالف بقيادة روسيا، واتهمها بالتقاعس.';
    expect(sides(text, { Pashinyan: ['باشينيان'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Russia: ['روسيا'] }))
      .toContainEqual(['ACCUSE', 'Nikol Pashinyan', '->', 'Collective Security Treaty Organization']);
  });

  it('a noun\'s pronoun is its possessor, and a relative\'s pronoun no actor ("دعمها", "الذي اقترحته")', () => {
    expect(sides('وأكدت روسيا دعمها لأرمينيا.', { Russia: ['روسيا'], Armenia: ['أرمينيا'] })).toEqual([['SUPPORT', 'Russia', '->', 'Armenia']]);
    expect(sides('وناقشوا البرنامج الذي اقترحته طاجيكستان.', { Tajikistan: ['طاجيكستان'] })).toContainEqual(['REQUEST', 'Tajikistan', '->']);
  });
  it('a verb its frame gives no object carries no object pronoun: "بعد سيطرتها على مناطق" is the noun with its possessor, the one who seized (heldout47)', () => {
    expect(sides('قالت وزارة الداخلية الأفغانية إن حركة طالبان بدأت دخول العاصمة كابول، وذلك بعد سيطرتها على مناطق شاسعة من البلاد.',
      { Taliban: ['حركة طالبان'], Kabul: ['كابول'] }))
      .toEqual([['ASSAULT', 'Taliban', '->']]);
  });
});
