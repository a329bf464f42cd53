import { describe, expect, it } from 'vitest';
import { one, run } from './helpers.js';

describe('relative days', () => {
  it('اليوم / أمس / أول أمس / غدا', () => {
    const r = run('قال اليوم إن اجتماع أمس وأول أمس سيستأنف غداً', '2024-03-01');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['اليوم', '2024-03-01'], ['أمس', '2024-02-29'], ['أول أمس', '2024-02-28'], ['غداً', '2024-03-02']]);
    for (const d of r.dates) expect(d).toMatchObject({ relative: true, anchor: '2024-03-01', resolved: true, granularity: 'day' });
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

describe('weekdays', () => {
  it('past report: the most recent such day', () => {
    expect(one('وأكد الكرملين في بيان يوم الثلاثاء', '2021-10-28').value).toBe('2021-10-26');
  });
  it('no tense cue: the nearest such day ("التدريبات تجري يوم 22 أكتوبر" in an article of 13 October)', () => {
    expect(one('التدريبات تجري يوم 22 أكتوبر في طاجيكستان', '2021-10-13').value).toBe('2021-10-22');
    expect(one('التدريبات تجري يوم 20 ديسمبر في طاجيكستان', '2022-01-05').value).toBe('2021-12-20');
  });
  it('future sentence: the next one', () => {
    expect(one('سيعقد الاجتماع يوم الثلاثاء', '2021-10-28').value).toBe('2021-11-02');
    expect(one('يعقد الاجتماع الثلاثاء المقبل', '2021-10-28').value).toBe('2021-11-02');
  });
  it('across a month boundary', () => {
    expect(one('اجتمع الوزراء يوم الجمعة', '2024-03-02').value).toBe('2024-03-01');
    expect(one('اجتمع الوزراء يوم الأربعاء', '2024-03-02').value).toBe('2024-02-28');
  });
  it('across a year boundary', () => {
    expect(one('اجتمع يوم الأحد', '2022-01-01').value).toBe('2021-12-26');
    expect(one('سيجتمع القادة يوم الثلاثاء', '2021-12-30').value).toBe('2022-01-04');
  });
  it('bare الاثنين (also "the two") needs context', () => {
    expect(run('بين البلدين الاثنين', '2024-03-01').dates).toHaveLength(0);
    expect(one('قال مساء الاثنين', '2024-03-01').value).toBe('2024-02-26');
  });
  it('a bare weekday set off by commas, as agencies write it', () => {
    expect(one('أعلن رئيس الوزراء الأرميني، الجمعة، أن بلاده جمدت مشاركتها', '2024-02-23')).toMatchObject({ text: 'الجمعة', value: '2024-02-23' });
    expect(one('قال الوزير, الاثنين, إن', '2024-03-01').value).toBe('2024-02-26');
    expect(run('صلاة الجمعة، في المسجد', '2024-03-01').dates).toHaveLength(0);
  });
});

describe('clitics and clause breaks', () => {
  it('و before اليوم stays out of the mention; ل or ب before it make it "for the day"', () => {
    expect(one('واليوم يحتفل', '2022-03-09')).toMatchObject({ text: 'اليوم', value: '2022-03-09' });
    expect(run('يحتفل لليوم بذكرى', '2022-03-09').dates).toEqual([]);
  });
  it('a future cue after لأن belongs to another clause (relative.json clauseBreak, tense.ts)', () => {
    expect(one('التقى الوزيران يوم الخميس والقمة المقبلة تقترب', '2022-03-09')).toMatchObject({ text: 'يوم الخميس', value: '2022-03-10' });
    expect(one('التقى الوزيران يوم الخميس لأن القمة المقبلة تقترب', '2022-03-09')).toMatchObject({ text: 'يوم الخميس', value: '2022-03-03' });
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
    expect(one('في الـ 19 من الشهر الجاري', '2021-10-28')).toMatchObject({ text: 'الـ 19 من الشهر الجاري', value: '2021-10-19' });
    expect(one('طلب المساعدة في الخامس من الشهر الجاري', '2022-01-13')).toMatchObject({ text: 'الخامس من الشهر الجاري', value: '2022-01-05' });
    expect(one('في الخامس عشر من الشهر الماضي', '2022-01-13').value).toBe('2021-12-15');
    expect(one('اعتبارا من الأول من الشهر المقبل', '2022-12-13').value).toBe('2023-01-01');
    expect(one('بداية شهر يونيو الماضي', '2021-10-28')).toMatchObject({ text: 'بداية شهر يونيو الماضي', value: '2021-06' });
    expect(one('في نوفمبر المقبل', '2021-12-05').value).toBe('2022-11');
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
    expect(one('منذ عامين', '2021-10-28')).toMatchObject({ value: '2019', granularity: 'year' });
    expect(one('قبل شهرين', '2021-01-10').value).toBe('2020-11');
  });
});

describe('day and month without a year', () => {
  it('past sentence: the latest such date not after the anchor', () => {
    expect(one('وقع الهجوم في 20 ديسمبر', '2022-01-05').value).toBe('2021-12-20');
    expect(one('وقع الهجوم في 7 يناير', '2022-01-05').value).toBe('2022-01-07'); // within the margin
  });
  it('future sentence: the next one', () => {
    expect(one('ستعقد القمة في 5 يناير', '2021-12-20').value).toBe('2022-01-05');
    expect(run('واتفقوا على مواصلة المشاورات في 16 سبتمبر / أيلول في دوشنبه خلال القمة المقبلة', '2021-08-23').dates[0].value).toBe('2021-09-16');
  });
});
