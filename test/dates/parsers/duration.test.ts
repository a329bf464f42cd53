// dates/parsers/duration.ts: a number in words or digits before a unit ("خمس سنوات", "48 ساعة"), a dual
// unit ("عامين"), "عام واحد", a lone unit after a lead word or a verb of lasting ("لمدة شهر", "استمرت أسبوعا").
import { describe, expect, it } from 'vitest';
import { one, run, values } from '../helpers.js';

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
    ['ظل في المستشفى لمدة أسبوع', 'أسبوع', 'P1W'],
    ['على أن ينسحب في غضون أسبوع', 'أسبوع', 'P1W'],
    ['استمرت الاحتجاجات طوال شهر', 'شهر', 'P1M'],
    ['ثلاثة عقود', 'ثلاثة عقود', 'P30Y'],
    ['ثماني سنوات', 'ثماني سنوات', 'P8Y'],
    ['عشرين يوما', 'عشرين يوما', 'P20D'],
    ['مناورات على الحدود الشرقية وتمتد لأربعة أيام.', 'أربعة أيام', 'P4D'],
    ['مشيرا إلى أن تلك المفاوضات ستستمر يوما واحدا.', 'يوما واحدا', 'P1D'],
    ['أول لقاء رباعي من هذا النوع منذ عام كامل', 'عام كامل', 'P1Y'],
    ['في مناورات حربية استمرت أسبوعا، وضمت نحو 5000 جندي', 'أسبوعا', 'P1W'],
    ['قالت ان "الامر استغرق عاماً، لكي تحصل طاجيكستان على شروط', 'عاماً', 'P1Y'],
  ];
  for (const [text, span, value] of cases) it(text, () => {
    expect(one(text)).toMatchObject({ text: span, value, granularity: 'duration', resolved: true });
  });
  it('"عقد" (held) after a number on another line is not a decade', () => {
    expect(run('44\nعقد اليوم الاجتماع').dates.map((d) => d.granularity)).toEqual(['day']);
  });
  it('a lone unit after a lead word is no span when a number, a month or a direction says which one it is', () => {
    expect(values('وقعت الاتفاقية خلال عام 2020', '2024-05-01')).toEqual(['2020']);
    expect(values('خلال شهر يناير الماضي', '2024-05-01')).not.toContain('P1M');
    expect(values('لمدة عام واحد', '2024-05-01')).toEqual(['P1Y']);
  });
});
