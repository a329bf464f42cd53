// roles/addressee.ts, roles/between.ts and the descriptions of actors.ts: who the event is done to
// (requests and what they ask for: requested.test.ts).
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

type Entities = NonNullable<Parameters<typeof run>[1]>['entities'];
const sides = (text: string, entities: Entities): [string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);
const CSTO = 'Collective Security Treaty Organization';

describe('a place phrase between the trigger and its marked recipient', () => {
  it('is passed, counting as no word ("تظاهر ... الجمعة في العاصمة القرغيزية بيشكك ضد نظام الرئيس X")', () => {
    const { events } = run('تظاهر اكثر من الف شخص الجمعة في العاصمة القرغيزية بيشكك ضد نظام الرئيس جباروف.', { entities: { Bishkek: ['العاصمة القرغيزية بيشكك'], Japarov: [{ text: 'جباروف', role: 'الرئيس' }] } });
    expect(events.map((e) => [e.type, names(e.recipient), e.location?.name])).toEqual([['PROTEST', ['Sadyr Japarov'], 'Bishkek']]);
  });
});

describe('addressee prepositions', () => {
  it('طلب من X: the one asked (who is to send the observers)', () => {
    expect(sides('وقال وزير الدفاع الطاجيكي إنه طلب من منظمة معاهدة الأمن الجماعي إرسال مراقبين', {
      Tajikistan: [{ text: 'الطاجيكي', method: 'nisba' }], CSTO: ['منظمة معاهدة الأمن الجماعي'],
    })).toEqual([['REQUEST', ['Tajikistan'], [CSTO]], ['MOBILIZE', [CSTO], []]]);
  });

  it('على after an attack, past the agent phrase: the target', () => {
    expect(sides('قتل شخصان في القصف المتجدد من جانب أفغانستان على جمهورية طاجيكستان.', {
      Afghanistan: ['أفغانستان'], Tajikistan: ['طاجيكستان'],
    })).toEqual([['ASSAULT', ['Afghanistan'], ['Tajikistan']]]);
  });
});

describe('بين A و B', () => {
  it('both sides of a clash: the first is the source, the other the recipient', () => {
    expect(sides('وتجددت الاشتباكات بين أذربيجان وأرمينيا', { Azerbaijan: ['أذربيجان'], Armenia: ['أرمينيا'] }))
      .toEqual([['ASSAULT', ['Azerbaijan'], ['Armenia']]]);
  });

  it('a بين with no named side gives way to the next one ("بين قوات الأمن على الحدود بين A و B")', () => {
    expect(sides('وقع تبادل لإطلاق النار بين قوات الأمن على الحدود بين قرغيزستان وطاجيكستان', { Kyrgyzstan: ['قرغيزستان'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['ASSAULT', ['Kyrgyzstan'], ['Tajikistan']]]);
  });

  it('a partner named before (مع) ends the search: a border بين further on names no side', () => {
    expect(sides('أطلقت روسيا تدريبات عسكرية مشتركة مع أوزبكستان قرب الحدود بين طاجيكستان وأفغانستان', {
      Russia: ['روسيا'], Uzbekistan: ['أوزبكستان'], Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'],
    })).toEqual([['COOPERATE', ['Russia'], ['Uzbekistan']]]);
  });
});

describe('descriptions of an organisation', () => {
  it('"التكتل الذي تقوده موسكو" is the organisation the article is about, and Moscow inside it no actor', () => {
    expect(sides('منظمة معاهدة الأمن الجماعي تبحث الوضع. طاجيكستان تطلب من التكتل الذي تقوده موسكو إرسال مراقبين', {
      CSTO: ['منظمة معاهدة الأمن الجماعي'], Tajikistan: ['طاجيكستان'], Moscow: ['موسكو'],
    }).filter(([t]) => t === 'REQUEST')).toEqual([['REQUEST', ['Tajikistan'], [CSTO]]]);
  });

  it('"دول الأمن الجماعي" names the CSTO, even when another organisation is named too', () => {
    expect(sides('منظمة معاهدة الأمن الجماعي. دول الأمن الجماعي توقع اتفاقية تربطها بمنظمة شنغهاي للتعاون', {
      CSTO: [{ text: 'منظمة معاهدة الأمن الجماعي', nth: 0 }], SCO: ['منظمة شنغهاي للتعاون'],
    })).toEqual([['SUPPORT', [CSTO], []]]); // the SCO is what the agreement links to, not a signer or recipient
  });

  it('no organisation in the document: a description stands for nobody', () => {
    expect(sides('طاجيكستان تطلب من التكتل الذي تقوده موسكو إرسال مراقبين', { Tajikistan: ['طاجيكستان'], Moscow: ['موسكو'] }))
      .toEqual([['REQUEST', ['Tajikistan'], []]]);
  });
});

describe('partner after مع', () => {
  it('a long subject and a time phrase before مع: the partner is still found, counted from its title', () => {
    const { events } = run('بحث وزير الخارجية الروسي سيرجي لافروف، اليوم الإثنين، مع الأمين العام لمنظمة معاهدة الأمن الجماعي، تالاتبيك ماساديكوف، قضايا توطيد المنظمة.', {
      entities: { Shoigu: [{ text: 'سيرجي لافروف', role: 'وزير الخارجية الروسي' }], Zas: [{ text: 'تالاتبيك ماساديكوف', role: 'الأمين العام لمنظمة معاهدة الأمن الجماعي' }] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['CONSULT', ['Sergei Shoigu'], ['Stanislav Zas']]]);
  });

  it('past what is asked for, an event\'s noun, the addressee ("طلبت أرمينيا المساعدة من روسيا", "طلبت أرمينيا دعم روسيا"); the noun\'s own preposition is its own', () => {
    const asked = (text: string, entities: Record<string, string[]>): string[][] =>
      run(text, { entities }).events.filter((e) => e.type === 'REQUEST').map((e) => [...names(e.source), '->', ...names(e.recipient)]);
    const sides = { Armenia: ['أرمينيا'], Russia: ['روسيا'] };
    expect(asked('طلبت أرمينيا المساعدة من روسيا.', sides)).toEqual([['Armenia', '->', 'Russia']]);
    expect(asked('وأرمينيا تطلب دعم روسيا.', sides)).toEqual([['Armenia', '->', 'Russia']]);
    expect(asked('طلب توكاييف إرسال قوات إلى كازاخستان.', { Tokayev: ['توكاييف'], Kazakhstan: ['كازاخستان'] })).toEqual([['Kassym-Jomart Tokayev', '->']]);
  });
  it('"كل من" after the preposition: the sides listed after it ("تطوير العلاقات مع كل من طاجيكستان")', () => {
    const { events } = run('وأكد بوتين أهمية تطوير العلاقات مع كل من طاجيكستان وقيرغيزستان.', { entities: { Putin: ['بوتين'], Tajikistan: ['طاجيكستان'], Kyrgyzstan: ['قيرغيزستان'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['SUPPORT', ['Vladimir Putin'], ['Tajikistan', 'Kyrgyzstan']]]);
  });
  it('a topic noun after the preposition ("إزاء تطورات الأوضاع في أفغانستان"): the state it is about, not a state named further on', () => {
    const { events } = run('وأعربت روسيا عن قلقها إزاء تطورات الأوضاع في أفغانستان خاصة التوترات على الحدود مع طاجيكستان.', { entities: { Russia: ['روسيا'], Afghanistan: ['أفغانستان'], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['DISAPPROVE', ['Russia'], ['Afghanistan']]]);
  });

  it('between the carrying verb and the noun, a name with the frame\'s one-letter preposition ("ستقدم روسيا لقرغيزستان قرضا")', () => {
    const { events } = run('ستقدم روسيا لقرغيزستان قرضا بقيمة 110 ملايين دولار.', { entities: { Russia: ['روسيا'], Kyrgyzstan: ['قرغيزستان'] } });
    expect(events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)])).toEqual([['AID', 'aid.loan', ['Russia'], ['Kyrgyzstan']]]);
  });
});
