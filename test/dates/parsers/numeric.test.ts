// dates/parsers/numeric.ts: numeric dates (day-month-year or year-month-day, any separator, Western or
// Arabic-Indic digits), Hijri when هـ follows.
import { describe, expect, it } from 'vitest';
import { fullDate, one, run, values } from '../helpers.js';

describe('numeric dates', () => {
  const cases: [string, string, string][] = [
    ['نشر 17.09.2021', '17.09.2021', '2021-09-17'],
    ['بتاريخ 2021/09/17', '2021/09/17', '2021-09-17'],
    ['في 28-11-2024', '28-11-2024', '2024-11-28'],
    ['في ٢٨/١١/٢٠٢٤', '٢٨/١١/٢٠٢٤', '2024-11-28'],
  ];
  for (const [text, span, value] of cases) it(text, () => fullDate(text, span, value));
  it('numeric Hijri', () => {
    expect(one('بتاريخ 1445/10/24 هـ')).toMatchObject({ value: '2024-05-03', calendar: 'hijri', hijri: '1445-10-24' });
  });
  it('updated stamp', () => {
    const r = run('17.09.2021 - محدث : 18.09.2021\nقال الرئيس');
    expect(values('17.09.2021 - محدث : 18.09.2021')).toEqual(['2021-09-17', '2021-09-18']);
    expect(r.published).toBe('2021-09-17');
  });
});
