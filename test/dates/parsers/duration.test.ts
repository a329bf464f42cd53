// dates/parsers/duration.ts: a number in words or digits before a unit ("خمس سنوات", "48 ساعة"), a dual
// unit ("عامين"), "عام واحد".
import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

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
