// dates/parsers/relative.ts: day words (اليوم, أمس, غدا), this/last/next week, month and year, a day of
// the current month, "قبل ثلاثة أيام" and "بعد أسبوعين"; resolved against the article date.
import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

describe('relative days', () => {
  it('اليوم / أمس / أول أمس / غدا', () => {
    const r = run('قال اليوم إن اجتماع أمس وأول أمس سيستأنف غداً', '2024-03-01');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['اليوم', '2024-03-01'], ['أمس', '2024-02-29'], ['أول أمس', '2024-02-28'], ['غداً', '2024-03-02']]);
    for (const d of r.dates) expect(d).toMatchObject({ relative: true, anchor: '2024-03-01', resolved: true, granularity: 'day' });
  });
  it('last night is yesterday ("الليلة الماضية", "ليلة أمس")', () => {
    expect(run('وقع الهجوم الليلة الماضية في كابل', '2024-03-01').dates.map((d) => [d.text, d.value])).toEqual([['الليلة الماضية', '2024-02-29']]);
    expect(run('وقع الهجوم ليلة أمس', '2024-03-01').dates.map((d) => [d.text, d.value])).toEqual([['ليلة أمس', '2024-02-29']]);
  });
  it('اليوم must be the word alone and mean today', () => {
    expect(run('النشرة اليومية', '2024-03-01').dates).toHaveLength(0);
    expect(run('في اليوم التالي', '2024-03-01').dates).toHaveLength(0);
    expect(run('في اليوم العالمي للسلام', '2024-03-01').dates).toHaveLength(0);
    // an ordinal or an adjective in ي after it, listed or not
    expect(run('في اليوم الأول للقمة', '2024-03-01').dates).toHaveLength(0);
    expect(run('في اليوم الثاني للقمة', '2024-03-01').dates).toHaveLength(0);
    expect(run('في اليوم الدراسي الأخير', '2024-03-01').dates).toHaveLength(0);
    expect(one('لا يزال مستمرا حتى اليوم', '2024-03-01').value).toBe('2024-03-01');
  });
  it('اليوم الخميس resolves to the anchor, with a warning when the weekday disagrees', () => {
    expect(run('أعلن اليوم الخميس', '2021-10-28')).toMatchObject({ warnings: [], dates: [{ text: 'اليوم الخميس', value: '2021-10-28' }] });
    const r = run('أعلن اليوم الجمعة', '2021-10-28');
    expect(r.dates[0].value).toBe('2021-10-28');
    expect(r.warnings).toHaveLength(1);
  });
  it('without an anchor everything relative stays unresolved', () => {
    for (const s of ['أعلن اليوم الخميس', 'قال أمس', 'العام الماضي', 'يوم الثلاثاء', 'في 16 سبتمبر', 'الشهر المقبل', 'قبل ثلاثة أيام', 'هذا الأسبوع']) {
      const d = one(s);
      expect(d, s).toMatchObject({ value: null, resolved: false, relative: true });
      expect(d.anchor).toBeUndefined();
    }
  });
});

describe('clitics', () => {
  it('و before اليوم stays out of the mention; ل or ب before it make it "for the day"', () => {
    expect(one('واليوم يحتفل', '2022-03-09')).toMatchObject({ text: 'اليوم', value: '2022-03-09' });
    expect(run('يحتفل لليوم بذكرى', '2022-03-09').dates).toEqual([]);
  });
});

describe('weeks, months, years', () => {
  it('هذا الأسبوع and friends', () => {
    expect(one('الجلسات المقرر عقدها هذا الأسبوع', '2021-10-28')).toMatchObject({ value: '2021-W43', granularity: 'week' });
    expect(one('الأسبوع الماضي', '2021-10-28').value).toBe('2021-W42');
    expect(one('الأسبوع المقبل', '2021-12-28').value).toBe('2022-W01');
  });
  it('months', () => {
    expect(one('الشهر الماضي', '2024-01-15')).toMatchObject({ value: '2023-12', granularity: 'month' });
    expect(one('خلال الشهر الجاري', '2024-01-15').value).toBe('2024-01');
    expect(one('الشهر المقبل', '2024-12-15').value).toBe('2025-01');
  });
  it('a day of this, last or next month', () => {
    expect(one('في الـ 19 من الشهر الجاري', '2021-10-28')).toMatchObject({ text: 'الـ 19 من الشهر الجاري', value: '2021-10-19' });
    expect(one('طلب المساعدة في الخامس من الشهر الجاري', '2022-01-13')).toMatchObject({ text: 'الخامس من الشهر الجاري', value: '2022-01-05' });
    expect(one('في الخامس عشر من الشهر الماضي', '2022-01-13').value).toBe('2021-12-15');
    expect(one('اعتبارا من الأول من الشهر المقبل', '2022-12-13').value).toBe('2023-01-01');
  });
  it('years', () => {
    expect(one('خلال اجتماعها العام الماضي', '2019-11-08')).toMatchObject({ value: '2018', granularity: 'year' });
    expect(one('العام المقبل', '2019-11-08').value).toBe('2020');
    expect(one('العام الجاري', '2019-11-08').value).toBe('2019');
    expect(run('قال الأمين العام', '2019-11-08').dates).toHaveLength(0);
  });
  it('ago and later', () => {
    expect(one('قبل ثلاثة أيام', '2021-10-28')).toMatchObject({ value: '2021-10-25', granularity: 'day', relative: true });
    expect(one('بعد أسبوعين', '2021-10-28')).toMatchObject({ value: '2021-W45', granularity: 'week' });
    expect(one('قبل عامين', '2021-10-28')).toMatchObject({ value: '2019', granularity: 'year' });
    expect(one('قبل شهرين', '2021-01-10').value).toBe('2020-11');
    expect(one('قبل خمسة وعشرين عاما', '2021-10-28')).toMatchObject({ value: '1996', relative: true });
  });
  it('"منذ" with a count is how long, not when ("يحكم البلاد منذ 21 عاما", "الحرب المستمرة منذ 9 أشهر")', () => {
    expect(one('يحكم البلاد منذ 21 عاما', '2006-12-21')).toMatchObject({ text: '21 عاما', value: 'P21Y' });
    expect(one('الحرب المستمرة منذ 9 أشهر', '2022-11-20')).toMatchObject({ value: 'P9M' });
    expect(one('منذ عامين', '2021-10-28')).toMatchObject({ value: 'P2Y' });
  });
});
