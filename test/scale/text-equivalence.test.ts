// The optimised text layer must give exactly what the original one gave:
// same normalised text, same offset maps, same folding, same sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDocument, loadSeeds } from '../../src/bench/corpus.js';
import { detectLanguage } from '../../src/io/language.js';
import { fold, normalize, type NormalizeOptions } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/segment.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { referenceFold, referenceNormalize, referenceSplitSentences } from './reference-text.js';

const SEEDS = join(PACKAGE_ROOT, 'seeds');
const seedTexts = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const seeds = loadSeeds();
const generated = Array.from({ length: 40 }, (_, i) => generateDocument(seeds, i, 7));

// Characters every rule cares about, plus plain Arabic and Latin.
const SPECIAL = [
  ...'ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةى', ...'abcXYZ019 .!?;,:"\')]}', '\n', '\r', '\t', '\u000b', '\u000c',
  '\u00a0', '\u1680', '\u2003', '\u202f', '\u205f', '\u3000', '\u2028', '\u2029', '\u0085', '\ufeff', '\u200b', '\u200f', '\u202b',
  '\u2066', '\u061c', '\u00ad', '\u064b', '\u0650', '\u0670', '\u06d6', '\u08d4', '\u08e2', '\u0640', '٠', '٩', '۰', '۹',
  '،', '؛', '؟', '٪', '٫', '«', '»', '“', '”', '–', '—', 'ﻻ', 'ﷺ', 'ﺍ', 'ﻹ', 'ﬁ', 'Ａ', '１', '\u2000', '\u2002',
  '\ud83d\ude00', '\ud800', '\udc00', '\ufdfa', '\ufe70', '\ufe8e',
];
const textArb = fc.array(fc.constantFrom(...SPECIAL), { maxLength: 80 }).map((xs) => xs.join(''));
const optionsArb = fc.record({
  compat: fc.boolean(), diacritics: fc.boolean(), tatweel: fc.boolean(), invisible: fc.boolean(),
  digits: fc.boolean(), punctuation: fc.boolean(), whitespace: fc.boolean(),
}) as fc.Arbitrary<NormalizeOptions>;

function same(text: string, options: Partial<NormalizeOptions> = {}): void {
  const a = normalize(text, options);
  const b = referenceNormalize(text, options);
  expect(a.text).toBe(b.text);
  expect(Array.from(a.starts)).toEqual(Array.from(b.starts));
  expect(Array.from(a.ends)).toEqual(Array.from(b.ends));
}

describe('optimised text layer agrees with the reference', () => {
  it('normalize: seeds and generated articles, default options', () => {
    for (const t of [...seedTexts, ...generated]) same(t);
  });
  it('normalize: random text, every option set', () => {
    fc.assert(fc.property(textArb, optionsArb, (t, o) => same(t, o)), { numRuns: 3000 });
  });
  it('fold: same as before, long and short', () => {
    for (const t of [...seedTexts, ...generated, 'abc', '', 'x'.repeat(20000) + 'أ'.repeat(9000)]) expect(fold(t)).toBe(referenceFold(t));
    fc.assert(fc.property(textArb, (t) => { expect(fold(t)).toBe(referenceFold(t)); }), { numRuns: 1000 });
  });
  it('splitSentences: same sentences', () => {
    for (const t of [...seedTexts, ...generated]) {
      const n = normalize(t).text;
      expect(splitSentences(n)).toEqual(referenceSplitSentences(n));
    }
    fc.assert(fc.property(textArb, (t) => { expect(splitSentences(t)).toEqual(referenceSplitSentences(t)); }), { numRuns: 3000 });
  });
  it('detectLanguage: Arabic seeds are Arabic; Persian stays Persian', () => {
    for (const t of [...seedTexts, ...generated]) expect(detectLanguage(t)).toBe('ar');
    const fa = 'این یک متن فارسی است که برای آزمایش تشخیص زبان نوشته شده است. ما می‌خواهیم ببینیم که آیا برنامه می‌تواند زبان فارسی را از عربی تشخیص دهد یا نه. گاهی اوقات پیچیدگی‌هایی وجود دارد که باید به آن‌ها توجه کرد و چگونگی کار را بررسی نمود.';
    expect(detectLanguage(fa)).toBe('fa');
  });
});
