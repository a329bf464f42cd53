// events/places.ts: the place phrases of a sentence: a place after a location cue ("في موسكو"), not a
// topic ("الوضع في أفغانستان"), and the destination of a travel verb ("يصل إلى مينسك للمشاركة").
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { names, run } from './helpers.js';

type Fx = Parameters<typeof run>[1];
const places = (text: string, fx: Fx): [string, string[], string | null, string | null][] =>
  run(text, fx).events.map((e) => [e.type, names(e.source), e.location?.name ?? null, e.location?.basis ?? null]);

describe('place phrases', () => {
  const fx = { entities: { Putin: ['بوتين'], Rahmon: ['رحمان'], Moscow: ['موسكو'], Afghanistan: ['أفغانستان'] } };
  it('a place after في is the place of the event; a place after a topic noun is not', () => {
    expect(places('بحث بوتين مع رحمان في موسكو الوضع في أفغانستان.', fx)).toEqual([['CONSULT', ['Vladimir Putin'], 'Moscow', 'sentence']]);
    expect(places('بحث بوتين مع رحمان الوضع في أفغانستان.', { entities: { Putin: ['بوتين'], Rahmon: ['رحمان'], Afghanistan: ['أفغانستان'] } })).toEqual([['CONSULT', ['Vladimir Putin'], null, null]]);
  });
  it('integration in a space is a topic ("آفاق تعزيز التكامل في الفضاء الأوراسي"), no place the story gives the meeting', () => {
    const text = 'استقبل الرئيس الروسي فلاديمير بوتين نظيره الكازاخستاني قاسم جومارت توكايف في الكرملين اليوم. وقال الكرملين إن الرئيسين بحثا آفاق تعزيز التكامل في الفضاء الأوراسي.';
    expect(createExtractor().extract(text).events.map((e) => e.location?.name ?? null)).not.toContain('Eurasia');
  });
  it('"هنا" in the report\'s own words is the dateline\'s place, with the agency in brackets after the date ("استانا 7 مايو 2015 (شينخوا)"); not inside a quotation', () => {
    const dx = { entities: { Putin: ['بوتين'], Astana: ['أستانا'], Kazakhstan: ['كازاخستان'] } };
    expect(places('أستانا 7 مايو 2015 (شينخوا) التقى بوتين هنا اليوم رئيس كازاخستان.', dx).map(([, , p, b]) => [p, b])).toEqual([['Astana', 'sentence']]);
    expect(places('أستانا 7 مايو 2015 (شينخوا) التقى بوتين رئيس كازاخستان وقال "أنا سعيد برؤيتكم هنا".', dx).map(([, , , b]) => b)).not.toContain('sentence');
  });
  it('where something lies, a region of no one country, is no place of the event ("البلد الواقع في آسيا الوسطى"); a province may be', () => {
    const region = { entities: { Rahmon: ['رحمان'], CentralAsia: ['آسيا الوسطى'] } };
    expect(places('أعلن رحمان استقالته من رئاسة هذا البلد الواقع في آسيا الوسطى.', region).map(([, , p]) => p)).toEqual([null]);
    expect(places('زار بوتين قرى تقع في دوشنبه.', { entities: { Putin: ['بوتين'], Dushanbe: ['دوشنبه'] } }).map(([, , p]) => p)).toEqual(['Dushanbe']);
  });
  it('a resort, an airport, a port or the centre before the place ("في منتجع سوتشي", "بمنتجع سوتشي", "بمطار موسكو", "في وسط موسكو", "في ساحة"): the place', () => {
    const at = { entities: { Putin: ['بوتين'], Rahmon: ['رحمان'], Moscow: ['موسكو'] } };
    expect(places('استقبل بوتين رحمان في منتجع موسكو.', at).map(([, , p]) => p)).toEqual(['Moscow']);
    expect(places('استقبل بوتين رحمان بمنتجع موسكو.', at).map(([, , p]) => p)).toEqual(['Moscow']);
    expect(places('استقبل بوتين رحمان بمطار موسكو.', at).map(([, , p]) => p)).toEqual(['Moscow']);
    expect(places('استقبل بوتين رحمان في وسط موسكو.', at).map(([, , p]) => p)).toEqual(['Moscow']);
    // a square named for a country is in the city after it
    const square = { entities: { France: ['فرنسا'], Yerevan: ['يريفان'] } };
    expect(run('احتشد حوالي 3 آلاف متظاهر في ساحة “فرنسا” وسط العاصمة الأرمينية يريفان.', square).events.map((e) => [e.type, names(e.recipient), e.location?.name ?? null]))
      .toEqual([['PROTEST', [], 'Yerevan']]);
  });

  it('a military base and its adjective before the place ("في قاعدة عسكرية بموسكو", "في القاعدة الجوية في موسكو"): the place', () => {
    const at = { entities: { Putin: ['بوتين'], Moscow: ['موسكو'] } };
    expect(places('زار بوتين الجنود في قاعدة عسكرية بموسكو.', at).map(([, , p]) => p)).toEqual(['Moscow']);
    expect(places('زار بوتين الجنود في القاعدة الجوية في موسكو.', at).map(([, , p]) => p)).toEqual(['Moscow']);
  });

  it('a partitive word before a place head ("في ضاحية من ضواحي موسكو", "في إحدى ضواحي موسكو"): the place; not before another word', () => {
    const fx2 = { entities: { Putin: ['بوتين'], Moscow: ['موسكو'] } };
    expect(places('التقى بوتين الوفد في ضاحية من ضواحي موسكو.', fx2)).toEqual([['CONSULT', ['Vladimir Putin'], 'Moscow', 'sentence']]);
    expect(places('التقى بوتين الوفد في إحدى ضواحي موسكو.', fx2)).toEqual([['CONSULT', ['Vladimir Putin'], 'Moscow', 'sentence']]);
    expect(places('التقى بوتين الوفد في مقر من مقرات موسكو.', fx2)).toEqual([['CONSULT', ['Vladimir Putin'], null, null]]);
  });

  it('"على مدينة X", "على إقليم X": the city or region attacked or seized is the place (two-word location cues)', () => {
    expect(places('شن مسلحو حركة طالبان هجوما على مدينة قندوز.', { entities: { Taliban: ['حركة طالبان'], Kunduz: ['قندوز'] } }))
      .toEqual([['ASSAULT', ['Taliban'], 'Kunduz', 'sentence']]);
  });
  it('"شهدت، أمس، العاصمة مينسك تظاهرة": the city after a place_subject_verbs verb, past a date, is the place; a country is not', () => {
    expect(places('شهدت، أمس، العاصمة البيلاروسية مينسك محادثات بين بوتين ولوكاشينكو.', { entities: { Minsk: ['مينسك'], Putin: ['بوتين'], Lukashenko: ['لوكاشينكو'] }, dates: [['أمس', '2020-09-27', 'day']] }).map(([, , p]) => p))
      .toEqual(['Minsk']);
    const rows = places('وتشهد طاجيكستان منذ اتفاق السلام محادثات مع أفغانستان.', { entities: { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] } });
    expect(rows.map(([, s, p]) => [s[0], p])).toContainEqual(['Tajikistan', null]);
    expect(rows.every(([, , p]) => p === null)).toBe(true);
  });
  it('"على أراضي X", "على الأراضي" + nisba: the territory named is the place (a two-word location cue)', () => {
    expect(places('أجرت روسيا مناورات على أراضي كازاخستان.', { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] } }))
      .toEqual([['MOBILIZE', ['Russia'], 'Kazakhstan', 'sentence']]);
    expect(places('أجرت روسيا مناورات على الأراضي الكازاخستانية.', { entities: { Russia: ['روسيا'], Kazakhstan: [{ text: 'الكازاخستانية', method: 'nisba' }] } }))
      .toEqual([['MOBILIZE', ['Russia'], 'Kazakhstan', 'sentence']]);
  });
  it('"إلى بلاده", "في بلاده": the country of the person named before is a place too', () => {
    expect(places('وقال رئيس بيلاروسيا لوكاشينكو إن روسيا أرسلت قوات إلى بلاده.', { entities: { Belarus: ['بيلاروسيا'], Lukashenko: ['لوكاشينكو'], Russia: ['روسيا'] } }))
      .toEqual([['MOBILIZE', ['Russia'], 'Belarus', 'sentence']]);
  });
  it('a place after a compass word is a place, not a side ("مناورات مشتركة شمال طاجيكستان", "غرب ألماتي")', () => {
    expect(places('أجرت روسيا وكازاخستان مناورات مشتركة شمال طاجيكستان.', { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'], Tajikistan: ['طاجيكستان'] } }))
      .toEqual([['COOPERATE', ['Russia', 'Kazakhstan'], 'Tajikistan', 'sentence']]);
  });
  it('a meeting named for a city is held there ("في قمة دوشنبه"); a country after it is a side, not the place', () => {
    expect(places('وقع بوتين ورحمان اتفاقية خلال قمة دوشنبه.', { entities: { Putin: ['بوتين'], Rahmon: ['رحمان'], Dushanbe: ['دوشنبه'] } }))
      .toEqual([['SUPPORT', ['Vladimir Putin'], 'Dushanbe', 'sentence'], ['CONSULT', ['Vladimir Putin', 'Emomali Rahmon'], 'Dushanbe', 'sentence']]);
    expect(places('وقع بوتين ورحمان اتفاقية خلال قمة روسيا وطاجيكستان.', { entities: { Putin: ['بوتين'], Rahmon: ['رحمان'], Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] } })
      .map((e) => e[2])).toEqual([null, null]);
  });
  it('a travel verb\'s destination is where the meeting it travels to takes place', () => {
    expect(places('يصل لوكاشينكو إلى مينسك للمشاركة في اجتماع المنظمة.', { entities: { Lukashenko: ['لوكاشينكو'], Minsk: ['مينسك'], CSTO: ['المنظمة'] } }))
      // the arrival is a visit of its own (consult.arrival)
      .toEqual([['CONSULT', ['Alexander Lukashenko'], 'Minsk', 'sentence'], ['CONSULT', ['Collective Security Treaty Organization'], 'Minsk', 'sentence']]);
  });
  it('a sending verb\'s destination, past a long object (heldout16; missiles sent to a state are AID: aid.equipment-sent)', () => {
    expect(places('أكدت روسيا أنها أرسلت منظومة صواريخ اسكندر القادرة على حمل أسلحة نووية إلى بيلاروس.', { entities: { Russia: ['روسيا'], Belarus: ['بيلاروس'] } }))
      .toEqual([['AID', ['Russia'], 'Belarus', 'sentence']]);
  });
  it('a visit verb: the place after its subject is the place visited ("زار الأمين العام ... زاس يريفان")', () => {
    expect(places('زار الأمين العام لمنظمة معاهدة الأمن الجماعي ستانيسلاف زاس يريفان أمس.', {
      entities: { Zas: [{ text: 'ستانيسلاف زاس', role: 'الأمين العام لمنظمة معاهدة الأمن الجماعي' }], CSTO: ['منظمة معاهدة الأمن الجماعي'], Yerevan: ['يريفان'] },
    })).toEqual([['CONSULT', ['Stanislav Zas'], 'Yerevan', 'sentence']]);
  });
});
