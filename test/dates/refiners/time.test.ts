// dates/refiners/time.ts: a clock time right before or after a full date takes that date's day;
// joinTimes makes the two one mention.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a time next to a date', () => {
  it('a time after a full date takes its day', () => {
    const r = run('أغسطس 23, 2021 15:22, 564 مشاهدات');
    expect(r.dates.map((d) => [d.text, d.value, d.granularity])).toEqual([['أغسطس 23, 2021', '2021-08-23', 'day'], ['15:22', '2021-08-23T15:22', 'time']]);
  });
  it('joinTimes makes one mention', () => {
    const r = run('أغسطس 23, 2021 15:22, 564 مشاهدات', null, true);
    expect(r.dates.map((d) => [d.text, d.value, d.granularity])).toEqual([['أغسطس 23, 2021 15:22', '2021-08-23T15:22', 'time']]);
    expect(run('19:04 GMT28 أكتوبر/ تشرين الأول 2021', null, true).dates[0]).toMatchObject({ text: '19:04 GMT28 أكتوبر/ تشرين الأول 2021', value: '2021-10-28T19:04Z' });
  });
  it('GMT glued to the day', () => {
    const r = run('19:04 GMT28 أكتوبر/ تشرين الأول 2021');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['19:04 GMT', '2021-10-28T19:04Z'], ['28 أكتوبر/ تشرين الأول 2021', '2021-10-28']]);
    expect(r.published).toBe('2021-10-28');
  });
  it('weekday, Arabic-Indic digits and a time after a dash', () => {
    const r = run('الخميس ٠٦ يناير ٢٠٢٢ - ٠٤:١٥');
    expect(r.dates.map((d) => [d.text, d.value, d.granularity])).toEqual([['الخميس ٠٦ يناير ٢٠٢٢', '2022-01-06', 'day'], ['٠٤:١٥', '2022-01-06T04:15', 'time']]);
    expect(r.warnings).toEqual([]);
  });
  it('a marked time after a date', () => {
    expect(run('في 6 يناير 2022 الساعة 04:15').dates.map((d) => [d.text, d.value, d.rule])).toEqual([['6 يناير 2022', '2022-01-06', 'day-month-year'], ['الساعة 04:15', '2022-01-06T04:15', 'time+date']]);
  });
});
