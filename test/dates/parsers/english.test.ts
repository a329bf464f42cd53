import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

describe('English dates in Arabic pages (parsers/english.ts)', () => {
  it('a site header stamp: "5th, March 2022 GMT" is the article date', () => {
    const r = run('الأمن الجماعي تبدأ مناورات في طاجيكستان\n5th, March 2022 GMT\nأعلنت منظمة معاهدة الأمن الجماعي بدء مناورات مشتركة.');
    expect(r.dates.map((d) => [d.text, d.value, d.rule])).toEqual([['5th, March 2022', '2022-03-05', 'english-date']]);
    expect(r.published).toBe('2022-03-05');
  });
  it('day-month-year and month-day-year, abbreviated or not', () => {
    expect(one('تاريخ النشر: 10 January 2022').value).toBe('2022-01-10');
    expect(one('Published on Jan 10, 2022 - قال الرئيس').value).toBe('2022-01-10');
    expect(one('آخر تحديث: Sept. 3 2021').value).toBe('2021-09-03');
    expect(one('نشر 1st of December 2026').value).toBe('2026-12-01');
  });
  it('only full, valid dates: a month name with a year, a word that is a month, an impossible day are not', () => {
    expect(run('تقرير March 2022 للمنظمة').dates.filter((d) => d.rule === 'english-date')).toEqual([]);
    expect(run('may 5 people come').dates).toEqual([]);
    expect(run('31st, February 2022').dates.filter((d) => d.rule === 'english-date')).toEqual([]);
  });
});
