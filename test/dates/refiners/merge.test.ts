// dates/refiners/merge.ts: a day word or weekday right before a date, or before the date in brackets, becomes part of that date's mention.
import { describe, expect, it } from 'vitest';
import { fullDate, one, run } from '../helpers.js';

describe('a day word or weekday before a date', () => {
  it('a weekday before a full date', () => fullDate('الأربعاء 29 يناير/كانون الثاني 2025', 'الأربعاء 29 يناير/كانون الثاني 2025', '2025-01-29'));
  it('اليوم and a weekday before a full date', () => {
    expect(one('وصل الوفد اليوم الأربعاء 9 مارس 2022', '2022-03-09')).toMatchObject({ text: 'اليوم الأربعاء 9 مارس 2022', value: '2022-03-09', rule: 'today+weekday+day-month-year' });
  });
  it('اليوم and a weekday before the date in brackets: the brackets join the mention, and it dates the article', () => {
    const r = run('ذكرت وكالة تاس اليوم الإثنين (5 ديسمبر/ كانون الأول 2016) أنه تم انتخاب رئيس وزراء أوزبكستان.');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['اليوم الإثنين (5 ديسمبر/ كانون الأول 2016)', '2016-12-05']]);
    expect(r.published).toBe('2016-12-05');
  });
  it('أمس and a weekday before a day and month', () => {
    expect(one('أمس الثلاثاء 16 سبتمبر', '2022-03-09')).toMatchObject({ text: 'أمس الثلاثاء 16 سبتمبر', value: '2021-09-16', rule: 'day-word+weekday+day-month' });
  });
  it('أمس alone before a day and month stays apart', () => {
    expect(run('أمس 16 سبتمبر', '2022-03-09').dates.map((d) => [d.text, d.value, d.rule])).toEqual([['أمس', '2022-03-08', 'day-word'], ['16 سبتمبر', '2021-09-16', 'day-month']]);
  });
});
