// events/roles/obligation.ts: a word of obligation in a that-clause asks something of the one obliged.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const known: Record<string, string[]> = {
  Putin: ['فلاديمير بوتين'], Atambayev: ['ألمازبيك أتامباييف'], Pashinyan: ['باشينيان'],
  USA: ['الولايات المتحدة'], Azerbaijan: ['الأذربيجانية'], CSTO: ['منظمة معاهدة الأمن الجماعي'],
};
// the known entities the text names
const fixture = (text: string) => ({ entities: Object.fromEntries(Object.entries(known).filter(([, s]) => text.includes(s[0]))) });
const requests = (text: string): string[][][] =>
  run(text, fixture(text)).events.filter((e) => e.rule === 'request.obligation').map((e) => [names(e.source), names(e.recipient)]);

describe('a word of obligation in a that-clause', () => {
  it('"قال بوتين إنه يجب على المنظمة أن": the speaker asks the one after على', () => {
    expect(requests('وقال الرئيس الروسي فلاديمير بوتين إنه يجب على منظمة معاهدة الأمن الجماعي أن تتخذ إجراءات وقائية.')).toEqual([[['Vladimir Putin'], ['Collective Security Treaty Organization']]]);
  });
  it('"إن الولايات المتحدة يتعين أن تترك": the one named between إن and the word', () => {
    expect(requests('قال الرئيس ألمازبيك أتامباييف إن الولايات المتحدة يتعين أن تترك قاعدتها العسكرية.')).toEqual([[['Almazbek Atambayev'], ['United States']]]);
  });
  it('"يجب أن تنسحب القوات الأذربيجانية": the subject of the verb after أن', () => {
    expect(requests('وأكد باشينيان أنه يجب أن تنسحب القوات الأذربيجانية من منطقة حفظ السلام.')).toEqual([[['Nikol Pashinyan'], ['Azerbaijan']]]);
  });
  it('"وأكد بأنه يتوجب على ...": a speech verb with no name after it goes on with the subject of the sentence before', () => {
    expect(requests('التقى فلاديمير بوتين قادة الدول الأعضاء. وأكد بأنه يتوجب على منظمة معاهدة الأمن الجماعي اتخاذ تدابير استباقية.'))
      .toEqual([[['Vladimir Putin'], ['Collective Security Treaty Organization']]]);
  });
  it('no that-clause, no request ("يجب على الطرفين احترام الاتفاق" in the report\'s own words)', () => {
    expect(requests('يجب على منظمة معاهدة الأمن الجماعي احترام الاتفاق.')).toEqual([]);
  });
});
