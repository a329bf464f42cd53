// An arrival with the place as the verb's object, no إلى ("وصل بوتين دوشنبه"): the entry consult.arrival of
// data/events/triggers.json (the requirement `place`), the place found past the visitor or members of it
// (events/places.ts). Each test fails without its change.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const rows = (text: string, entities: Record<string, string[]>): [string, string, string[], string | undefined][] =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source), e.location?.name]);

describe('arrivals', () => {
  it('"وصل بوتين دوشنبه": a visit to the place after the visitor', () => {
    expect(rows('وصل فلاديمير بوتين دوشنبه في زيارة رسمية.', { Putin: ['فلاديمير بوتين'], Dushanbe: ['دوشنبه'] }))
      .toEqual([['CONSULT', 'consult.arrival', ['Vladimir Putin'], 'Dushanbe']]);
  });
  it('"وصل وفد من حركة طالبان موسكو": past members of the visitor', () => {
    expect(rows('وصل وفد من حركة طالبان موسكو أمس.', { Taliban: ['حركة طالبان'], Moscow: ['موسكو'] }))
      .toEqual([['CONSULT', 'consult.arrival', ['Taliban'], 'Moscow']]);
  });
  it('no place after it, or troops, aid or a plane arriving: no visit', () => {
    expect(rows('وصل عدد القتلى إلى خمسين في طاجيكستان.', { Tajikistan: ['طاجيكستان'] })).toEqual([]);
    expect(rows('وصلت قوات روسية كازاخستان.', { Russia: ['روسية'], Kazakhstan: ['كازاخستان'] }).map((r) => r[1])).not.toContain('consult.arrival');
    // aid or a plane arriving is no visit
    expect(rows('أرسلت روسيا مساعدات.\nوستصل المساعدات إلى قيرغيزستان غدا.', { Russia: ['روسيا'], Kyrgyzstan: ['قيرغيزستان'] }).map((r) => r[1])).not.toContain('consult.arrival');
    expect(rows('أعلنت روسيا أن تصل طائرة عسكرية من أرمينيا إلى طاجيكستان.', { Russia: ['روسيا'], Armenia: ['أرمينيا'], Tajikistan: ['طاجيكستان'] }).map((r) => r[1])).not.toContain('consult.arrival');
  });
  it('fighters or mercenaries arriving are forces deployed, not a visit (heldout17)', () => {
    expect(rows('وصل مقاتلو حركة طالبان إلى طاجيكستان.', { Taliban: ['حركة طالبان'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['MOBILIZE', 'mobilize.arrival', ['Taliban'], 'Tajikistan']]);
    expect(rows('ووصل مرتزقة حركة طالبان إلى طاجيكستان.', { Taliban: ['حركة طالبان'], Tajikistan: ['طاجيكستان'] }).map((r) => r[1])).toEqual(['mobilize.arrival']);
  });
});
