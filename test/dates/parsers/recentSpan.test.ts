// dates/parsers/recentSpan.ts: a definite plural or dual unit with a direction names the span just before or
// after now ("السنوات الخمس الأخيرة" P5Y); with no number it is a date the text gives no value for.
import { describe, expect, it } from 'vitest';
import { one } from '../helpers.js';

describe('recent spans', () => {
  const cases: [string, string, string | null][] = [
    ['تضاعف التبادل التجاري خلال السنوات الخمس الأخيرة', 'السنوات الخمس الأخيرة', 'P5Y'],
    ['شهدت المنطقة في العقود الثلاثة الماضية حروبا', 'العقود الثلاثة الماضية', 'P30Y'],
    ['حكم البلاد في السنوات الـ25 الأخيرة', 'السنوات الـ25 الأخيرة', 'P25Y'],
    ['تراجعت الصادرات خلال العامين الماضيين', 'العامين الماضيين', 'P2Y'],
    ['يعتزم البلدان خلال الأعوام السبعة المقبلة', 'الأعوام السبعة المقبلة', 'P7Y'],
    ['وتصاعد التوتر في الأشهر الأخيرة', 'الأشهر الأخيرة', null],
    ['وشهدت الأسابيع الماضية اشتباكات', 'الأسابيع الماضية', null],
  ];
  for (const [text, span, value] of cases) {
    it(text, () => expect(one(text, '2024-05-01')).toMatchObject({ text: span, value, granularity: 'duration' }));
  }
  it('a preposition glued to it stays out', () => {
    expect(one('ارتفع بالسنوات الخمس الأخيرة', '2024-05-01')).toMatchObject({ text: 'السنوات الخمس الأخيرة', value: 'P5Y' });
  });
});
