// entities/passes/descriptions.ts: descriptions that stand for the organisation the article is about.
import { describe, expect, it } from 'vitest';
import { at, byId, run, spans } from '../helpers.js';

describe('descriptions of organisations', () => {
  it('"المنظمة" and "دول المنظمة" after the CSTO is named are CSTO mentions', () => {
    const text = 'اجتمع قادة منظمة معاهدة الأمن الجماعي في موسكو. وأعلنت دول المنظمة تلبية المناشدة، وقالت المنظمة إنها سترسل قوات.';
    expect(spans(run(text), 'org:csto')).toEqual([
      ['منظمة معاهدة الأمن الجماعي', ...at(text, 'منظمة معاهدة الأمن الجماعي'), 'exact'],
      ['دول المنظمة', ...at(text, 'دول المنظمة'), 'description'],
      ['المنظمة', ...at(text, 'المنظمة', 1), 'description'],
    ]);
  });
  it('the description stands for the organisation the article is about: the SCO here', () => {
    const text = 'افتتحت قمة منظمة شنغهاي للتعاون أعمالها، وقال الأمين العام إن المنظمة الأمنية ستتوسع.';
    const ents = run(text);
    expect(spans(ents, 'org:sco').map((s) => s.slice(0, 3).join('|') + '|' + s[3])).toEqual([
      'منظمة شنغهاي للتعاون|' + at(text, 'منظمة شنغهاي للتعاون').join('|') + '|exact',
      'المنظمة الأمنية|' + at(text, 'المنظمة الأمنية').join('|') + '|description',
    ]);
    expect(byId(ents, 'org:csto')).toBeUndefined();
  });
  it('"التكتل الذي تقوده موسكو" is the CSTO even when the article names no organisation', () => {
    const text = 'طاجيكستان تطلب من التكتل الذي تقوده موسكو إرسال مراقبين';
    const phrase = 'التكتل الذي تقوده موسكو';
    expect(spans(run(text), 'org:csto')).toEqual([[phrase, ...at(text, phrase), 'description']]);
  });
  it('"دول الأمن الجماعي" with a proclitic keeps its offsets past the clitic', () => {
    const text = 'وقعت ولدول الأمن الجماعي اتفاقية';
    expect(spans(run(text), 'org:csto')).toEqual([['دول الأمن الجماعي', ...at(text, 'دول الأمن الجماعي'), 'description']]);
  });
  it('a bare "المنظمة" with no organisation named is left alone (no guess)', () => {
    expect(run('قالت المنظمة إنها ستدرس الطلب').filter((e) => e.type === 'ORG')).toEqual([]);
  });
  it('"المنظمة الدولية للهجرة" is another organisation, not the one the article is about', () => {
    const text = 'عقدت منظمة معاهدة الأمن الجماعي اجتماعا، وحضرت المنظمة الدولية للهجرة.';
    expect(spans(run(text), 'org:csto').map((s) => s[3])).toEqual(['exact']);
  });
});

describe('descriptions of the two sides', () => {
  const sides = (text: string, word: string, n = 0) => {
    const [s, e] = at(text, word, n);
    return run(text).filter((r) => r.mentions.some((m) => m.start === s && m.end === e && m.method === 'description')).map((r) => r.id);
  };
  it('"البلدين" after a talk of two presidents is their two countries, not the presidents', () => {
    const text = 'بحث الرئيس الروسي فلاديمير بوتين مع نظيره الطاجيكي إمام علي رحمن العلاقات بين البلدين.';
    expect(sides(text, 'البلدين').sort()).toEqual(['place:russia', 'place:tajikistan']);
  });
  it('"الجانبان" in the next sentence is the two people; a country named as a title or a nisba adjective is no side', () => {
    const text = 'بحث الرئيس الروسي فلاديمير بوتين مع نظيره الطاجيكي إمام علي رحمان الوضع على الساحة الأفغانية. وأكد الجانبان أهمية التعاون.';
    expect(sides(text, 'الجانبان').sort()).toEqual(['person:emomali-rahmon', 'person:vladimir-putin']);
  });
  it('"الطرفين": a country after في is the place, not a side', () => {
    const text = 'التقى وفد حركة طالبان مع مبعوث الأمم المتحدة في أفغانستان، واتفق الطرفان على الحوار.';
    expect(sides(text, 'الطرفان').sort()).toEqual(['org:taliban', 'org:un']);
  });
  it('with one side named, no mention at all (no guess)', () => {
    const text = 'زار وفد روسي المدينة واتفق الطرفان على التعاون';
    expect(sides(text, 'الطرفان')).toEqual([]);
  });
});
