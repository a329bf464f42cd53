// entities/passes/fuzzy.ts: misspelt names.
import { describe, expect, it } from 'vitest';
import { at, byId, run, spans } from '../helpers.js';

describe('fuzzy matching', () => {
  it('matches a misspelt country', () => {
    const text = 'حدود البلاد مع أفغانتسان';
    const m = byId(run(text), 'place:afghanistan')!.mentions[0];
    expect([m.text, m.start, m.end, m.method]).toEqual(['أفغانتسان', ...at(text, 'أفغانتسان'), 'fuzzy']);
    expect(m.confidence).toBeLessThan(0.9);
  });
  it('matches a multi-word name with one word off', () => {
    const text = 'بعد القرار الولايت المتحدة بسحب قواتها';
    expect(spans(run(text), 'place:united-states')).toEqual([['الولايت المتحدة', ...at(text, 'الولايت المتحدة'), 'fuzzy']]);
    const t2 = 'أكد رئيس قيرغيزستان سيدار جاباروف أن';
    const p = byId(run(t2), 'person:sadyr-japarov')!;
    expect(p.mentions.map((m) => [m.text, m.start, m.end, m.method])).toEqual([['سيدار جاباروف', ...at(t2, 'سيدار جاباروف'), 'fuzzy']]);
    expect(p.mentions[0].role).toBe('رئيس قيرغيزستان');
  });
  it('matches a misspelt surname', () => {
    const text = 'وكان تاسماجامبيتوف قد صرح';
    expect(spans(run(text), 'person:imangali-tasmagambetov')).toEqual([['تاسماجامبيتوف', ...at(text, 'تاسماجامبيتوف'), 'fuzzy']]);
  });
  it('leaves common and short words alone', () => {
    expect(run('المنظمات الإرهابية الدولية والمنطقة الإقليمية والمنظمة والسلطات الحكومية')).toEqual([]);
    expect(spans(run('وروسية'), 'place:russia')).toEqual([['روسية', 1, 6, 'nisba']]);
  });
  it('a word with the article is no misspelt surname ("السياسي", political, is not السيسي)', () => {
    expect(run('سيناقش الاجتماع الوضع العسكري والسياسي في المنطقة')).toEqual([]);
  });
  it('does not take one nisba for another that shares only ال...ية (العسكرية is not العربية)', () => {
    expect(run('بوحدات من المنطقة العسكرية المركزية')).toEqual([]);
  });
});
