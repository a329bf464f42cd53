import { describe, expect, it } from 'vitest';
import { one, run } from './helpers.js';

describe('durations', () => {
  const cases: [string, string, string][] = [
    ['البرنامج الذي يستمر لمدة خمس سنوات', 'خمس سنوات', 'P5Y'],
    ['استمرت عشرة أيام', 'عشرة أيام', 'P10D'],
    ['خلال 48 ساعة', '48 ساعة', 'PT48H'],
    ['خلال ٤٨ ساعة', '٤٨ ساعة', 'PT48H'],
    ['لمدة ثلاثة أشهر', 'ثلاثة أشهر', 'P3M'],
    ['لمدة أحد عشر يوما', 'أحد عشر يوما', 'P11D'],
    ['لمدة خمسة وعشرين عاما', 'خمسة وعشرين عاما', 'P25Y'],
    ['استمر يومين', 'يومين', 'P2D'],
    ['لمدة أسبوعين', 'أسبوعين', 'P2W'],
    ['طوال شهرين', 'شهرين', 'P2M'],
    ['لمدة عامين', 'عامين', 'P2Y'],
    ['لمدة سنتين', 'سنتين', 'P2Y'],
    ['لمدة عام واحد', 'عام واحد', 'P1Y'],
    ['ثلاثة عقود', 'ثلاثة عقود', 'P30Y'],
    ['ثماني سنوات', 'ثماني سنوات', 'P8Y'],
    ['عشرين يوما', 'عشرين يوما', 'P20D'],
  ];
  for (const [text, span, value] of cases) it(text, () => {
    expect(one(text)).toMatchObject({ text: span, value, granularity: 'duration', resolved: true });
  });
  it('"عقد" (held) after a number on another line is not a decade', () => {
    expect(run('44\nعقد اليوم الاجتماع').dates.map((d) => d.granularity)).toEqual(['day']);
  });
});

describe('times', () => {
  it('a time after a full date takes its day', () => {
    const r = run('أغسطس 23, 2021 15:22, 564 مشاهدات');
    expect(r.dates.map((d) => [d.text, d.value, d.granularity])).toEqual([['أغسطس 23, 2021', '2021-08-23', 'day'], ['15:22', '2021-08-23T15:22', 'time']]);
  });
  it('joinTimes makes one mention', () => {
    const r = run('أغسطس 23, 2021 15:22, 564 مشاهدات', null, true);
    expect(r.dates.map((d) => [d.text, d.value, d.granularity])).toEqual([['أغسطس 23, 2021 15:22', '2021-08-23T15:22', 'time']]);
    expect(run('19:04 GMT28 أكتوبر/ تشرين الأول 2021', null, true).dates[0]).toMatchObject({ text: '19:04 GMT28 أكتوبر/ تشرين الأول 2021', value: '2021-10-28T19:04Z' });
  });
  it('zones', () => {
    expect(one('الساعة 04:15 بتوقيت غرينتش', '2022-01-06')).toMatchObject({ value: '2022-01-06T04:15Z', granularity: 'time', relative: true });
    expect(one('الساعة 04:15 بتوقيت غرينتش')).toMatchObject({ value: null, resolved: false });
    expect(run('في 6 يناير 2022 04:15 بتوقيت موسكو').dates.map((d) => d.value)).toEqual(['2022-01-06', '2022-01-06T04:15+03:00']);
    expect(one('منذ خمسة وعشرين عاما', '2021-10-28')).toMatchObject({ value: '1996', relative: true });
  });
  it('a bare number pair is not a time (score 2:1)', () => {
    expect(run('فاز الفريق 2:1').dates).toHaveLength(0);
  });
});
