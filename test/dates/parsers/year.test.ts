// dates/parsers/year.ts: a year after a year keyword (عام, العام, سنة), after a preposition, with the era
// suffix م, and the second year of "عامي 2021 و2022".
import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

describe('years', () => {
  it('years', () => {
    expect(one('سيبدأ في عام 2025')).toMatchObject({ text: 'عام 2025', value: '2025', granularity: 'year' });
    expect(one('في 2021، بعد القرار')).toMatchObject({ text: '2021', value: '2021' });
    expect(one('منذ العام 2019')).toMatchObject({ text: 'العام 2019', value: '2019' });
    expect(one('في سنة 2020')).toMatchObject({ text: 'سنة 2020', value: '2020' });
    expect(one('تأسست 1991م')).toMatchObject({ text: '1991م', value: '1991' });
    expect(one('في عام ١٩٩٢')).toMatchObject({ value: '1992' });
  });
  it('two years after a dual keyword', () => {
    expect(run('ولا سيما في عامي 2021 و2022.').dates.map((d) => [d.text, d.value])).toEqual([['عامي 2021', '2021'], ['2022', '2022']]);
    expect(run('بين عامي 1992 و 1994').dates.map((d) => d.value)).toEqual(['1992', '1994']);
  });
  it('after منذ four digits are a year whatever word follows ("منذ 1994 بجذب", "منذ 1997 سنتيرا غولد"); after في a count may follow', () => {
    expect(one('الذي يتولى السلطة منذ 1994 بجذب آلاف المهاجرين')).toMatchObject({ text: '1994', value: '1994' });
    expect(one('المنجم الذي تستثمره منذ 1997 سنتيرا غولد')).toMatchObject({ text: '1997', value: '1997' });
    expect(run('قتل في 2000 شخص').dates).toEqual([]);
  });
});
