// dates/parsers/season.ts: a season is a date whose value is its year when the text gives one, else none.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const dates = (text: string): [string, string | null][] => run(text, '2024-05-01').dates.map((d) => [d.text, d.value]);

describe('seasons', () => {
  it('with a year, its year; alone or with a direction, no value', () => {
    expect(dates('انطلقت المفاوضات في خريف 2021')).toEqual([['خريف 2021', '2021']]);
    expect(dates('زار موسكو في الصيف الماضي')).toEqual([['الصيف الماضي', null]]);
    expect(dates('تشتد الأزمة في الشتاء')).toEqual([['الشتاء', null]]);
  });
  it('"الربيع العربي" is no time of year', () => {
    expect(dates('بعد احتجاجات الربيع العربي')).toEqual([]);
  });
});
