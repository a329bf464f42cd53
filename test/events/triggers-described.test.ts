// "وصف X Y بـ ..." (described Y as ...): a judgement, against Y (disapprove.described) or for it
// (support.described) by the words that follow; not "ما وصفه بـ" ('what he called'), which names a thing.
import { describe, expect, it } from 'vitest';
import { ruleRows as rows } from './helpers.js';

describe('described as', () => {
  it('a word of blame after it: a criticism of what it describes, by who describes it (heldout10)', () => {
    expect(rows('وصف جاباروف أمس الخميس قاعدة الولايات المتحدة في بلاده بـ"الخطرة جدا" على البلاد.', { Japarov: ['جاباروف'], USA: ['الولايات المتحدة'] }))
      .toEqual([['DISAPPROVE', 'disapprove.described', ['Sadyr Japarov'], ['United States']]]);
    expect(rows('ووصفت أذربيجان لجوء أرمينيا إلى المنظمة بأنه "تسييس" للجهود.', { Azerbaijan: ['أذربيجان'], Armenia: ['أرمينيا'] }).map((r) => r.slice(0, 3)))
      .toEqual([['DISAPPROVE', 'disapprove.described', ['Azerbaijan']]]);
  });

  it('a word of praise after it: support ("وصف بوتين الإعلان بأنه تطور مهم")', () => {
    expect(rows('وصف بوتين الإعلان بأنه تطور مهم.', { Putin: ['بوتين'] })).toEqual([['SUPPORT', 'support.described', ['Vladimir Putin'], []]]);
  });

  it('no judgement after it, or "ما وصفه بـ" (what it calls), is none', () => {
    expect(rows('وصف بوتين الإعلان بأنه خطوة.', { Putin: ['بوتين'] })).toEqual([]);
    expect(rows('وندد لوكاشينكو بما وصفه بمحاولات خطيرة لتفكيك البلاد.', { Lukashenko: ['لوكاشينكو'] }).map((r) => r[1])).not.toContain('disapprove.described');
  });
});
