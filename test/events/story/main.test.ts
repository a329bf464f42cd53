// events/story/main.ts: the main event, and its date and place when its sentence gives none.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';
import { names, run } from '../helpers.js';

describe('main event', () => {
  it('the first sentence with an event that has actors; the article date and the dateline fill in', () => {
    const { events } = run('موسكو - سبوتنيك\nأعلنت روسيا تأييدها لكازاخستان.', {
      entities: { Moscow: ['موسكو'], Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] }, published: '2023-05-05',
    });
    expect(events).toHaveLength(1);
    const e = events[0];
    expect([e.main, e.sentence.index, names(e.source), names(e.recipient)]).toEqual([true, 1, ['Russia'], ['Kazakhstan']]);
    expect(e.date).toEqual({ value: '2023-05-05', granularity: 'day', basis: 'article date' });
    expect(e.location).toEqual({ entity: 'place:moscow', name: 'Moscow', country: 'RU', country_name: 'Russia', iso3: 'RUS', text: 'موسكو', basis: 'dateline' });
    expect(e.basis).toEqual(['recipient: after the preposition its frame gives that role', 'date: article date', 'location: dateline']);
  });

  it('a dateline with a quotation mark or a tatweel for a dash ("موسكو «الأيام» رويترز :", "موسكو ـ مصر اليوم")', () => {
    for (const line of ['موسكو «الأيام» رويترز :', 'موسكو ـ مصر اليوم']) {
      const { events } = run(`${line}\nأعلنت روسيا تأييدها لكازاخستان.`, { entities: { Moscow: ['موسكو'], Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] } });
      expect(events.map((e) => [e.main, e.location?.name, e.location?.basis])).toEqual([[true, 'Moscow', 'dateline']]);
    }
  });

  it('a city that opens the report\'s sentence is its dateline: a dash, a colon or the agency in slashes after it (heldout10, heldout14)', () => {
    const extractor = createExtractor();
    for (const [text, city] of [
      ['بشكيك - أ ف ب - هدد حزب اتا جورت بإغلاق القاعدة الجوية الاميركية.', 'Bishkek'],
      ['موسكو: أعلنت منظمة معاهدة الأمن الجماعي دعمها لطاجيكستان.', 'Moscow'],
      ['يريفان في 14 سبتمبر /قنا/ أعلن نيكول باشينيان تأييده لروسيا.', 'Yerevan'],
      ['منظمة الأمن الجماعي تدعم موقف روسيا\n\nيريفان، 3 سبتمبر (أيلول). نوفوستي. أعلنت المنظمة تأييدها لروسيا.', 'Yerevan'],
    ] as const) {
      const main = extractor.extract(text).events.find((e) => e.main)!;
      expect([main.location?.name, main.location?.basis]).toEqual([city, 'dateline']);
    }
  });

  it('... not a country or a region: "أرمينيا: ..." is who speaks', () => {
    const main = createExtractor().extract('أرمينيا: يمكن توقيع اتفاق سلام مع أذربيجان بحلول نهاية العام').events.find((e) => e.main)!;
    expect(main.location?.basis).not.toBe('dateline');
  });

  it('the background of the first sentence ("رغم انسحاب طشقند الأخير من المنظمة") is not the news: the first event that is', () => {
    const text = 'أعلن الرئيس الأوزبكي أن بلاده تسعى لعلاقات أوثق مع روسيا رغم انسحاب أوزبكستان الأخير من منظمة معاهدة الأمن الجماعي. وقال خلال اجتماعه بوزير الخارجية سيرغي لافروف إن العلاقات جيدة.';
    const { events } = run(text, { entities: { Uzbekistan: ['أوزبكستان'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Lavrov: ['سيرغي لافروف'] } });
    expect(events.map((e) => [e.type, e.main])).toEqual([['RETREAT', false], ['CONSULT', true]]);
  });

  it('an act no one is named doing ("أن انسحاب القوات الدولية من أفغانستان يثير قلقه") is what the lead talks about: the news is the first act someone is named doing', () => {
    const text = 'أكد الرئيس الروسي أن انسحاب القوات الدولية من أفغانستان يثير قلقا لديه. وقال بوتين في ختام زيارة لأوزبكستان إن العلاقات جيدة.';
    const { events } = run(text, { entities: { Afghanistan: ['أفغانستان'], Putin: ['بوتين'], Uzbekistan: ['لأوزبكستان'] } });
    // the withdrawal by no one named is then dropped (triggers.json source_required)
    expect(events.map((e) => [e.type, e.main])).toEqual([['CONSULT', true]]);
  });

  it('an attack whose doers are not named is news all the same', () => {
    const { events } = run('قتل ثلاثة جنود طاجيك في هجوم على الحدود مع أفغانستان. وأعلنت روسيا استعدادها لتقديم المساعدة لطاجيكستان.', { entities: { Afghanistan: ['أفغانستان'], Russia: ['روسيا'], Tajikistan: ['لطاجيكستان'] } });
    expect(events.find((e) => e.main)?.type).toBe('ASSAULT');
  });

  it('two sources are both sides of a joint act: "وعد بوتين ونظيره توكاييف" is as complete as a visit with its host', () => {
    const text = 'وعد الرئيس الروسي فلاديمير بوتين ونظيره الكازاخستاني قاسم جومارت توكاييف بتعزيز الصداقة بين بلديهما، وقال توكاييف خلال زيارته لروسيا إنه سيبذل ما في وسعه.';
    const { events } = run(text, {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'نظيره الكازاخستاني' }, 'توكاييف'], Russia: ['الروسي', 'لروسيا'], Kazakhstan: ['الكازاخستاني'] },
    });
    const main = events.find((e) => e.main)!;
    expect([main.type, main.rule, names(main.source)]).toEqual(['AGREE', 'agree.commitment', ['Vladimir Putin', 'Kassym-Jomart Tokayev']]);
  });

  it('the meeting a statement was made at is its occasion: what was said there is the main event ("قال شويغو في اجتماع ... إن روسيا قررت")', () => {
    const text = 'قال سيرغي شويغو في اجتماع لوزراء دفاع منظمة شنغهاي للتعاون إن روسيا قررت تعزيز قدرتها القتالية في قواعدها في طاجيكستان.';
    const { events } = run(text, { entities: { Shoigu: ['سيرغي شويغو'], SCO: ['منظمة شنغهاي للتعاون'], Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, e.main])).toEqual([['CONSULT', false], ['MOBILIZE', true]]);
  });
  it('... but not the speaker\'s own meeting with someone ("قال خلال اجتماعه مع")', () => {
    const text = 'قال سيرغي شويغو خلال اجتماعه مع منظمة شنغهاي للتعاون إن روسيا قررت تعزيز قدرتها القتالية في قواعدها في طاجيكستان.';
    const { events } = run(text, { entities: { Shoigu: ['سيرغي شويغو'], SCO: ['منظمة شنغهاي للتعاون'], Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] } });
    expect(events.find((e) => e.main)?.type).toBe('CONSULT');
  });

  it('what did not happen is not the main event when something else happened ("لن تطلب ... وبحث")', () => {
    const { events } = run('قال السفير إن أرمينيا لن تطلب المساعدة من منظمة معاهدة الأمن الجماعي. وبحث بوتين مع باشينيان الوضع.', {
      entities: { Armenia: ['أرمينيا'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Putin: ['بوتين'], Pashinyan: ['باشينيان'] },
    });
    expect(events.map((e) => [e.type, e.status, e.main])).toEqual([['REQUEST', 'negated', false], ['CONSULT', 'reported', true]]);
  });

  it('an election\'s result names who won, not who counted: "فاز توكاييف" in the lead is the news, not a resignation told after it (heldout26)', () => {
    const text = 'فاز رئيس كازاخستان بالوكالة قاسم جومارت توكاييف في الانتخابات الرئاسية المبكرة. وكان توكاييف قد تولى الرئاسة بعد استقالة نور سلطان نزارباييف المفاجئة في مارس.';
    const { events } = run(text, {
      entities: { Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'رئيس كازاخستان بالوكالة' }, 'توكاييف'], Nazarbayev: ['نور سلطان نزارباييف'], Kazakhstan: ['كازاخستان'] },
    });
    expect(events.filter((e) => e.main).map((e) => [e.rule, names(e.recipient)])).toEqual([['agree.election-win', ['Kassym-Jomart Tokayev']]]);
  });
});
