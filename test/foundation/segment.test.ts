import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { tokenize, type Sentence } from '../../src/text/segment.js';

const sentences = (s: string) => {
  const t = analyze(s);
  return t.sentences.map((x) => t.span(x.start, x.end).text);
};

describe('sentence splitting', () => {
  it('splits on . ! ? ؟ and line breaks', () => {
    expect(sentences('عقدت القمة. وقال بوتين! هل انتهى؟ نعم ثم\nسطر')).toEqual(['عقدت القمة.', 'وقال بوتين!', 'هل انتهى؟', 'نعم ثم', 'سطر']);
  });
  it('not on ؛, which sets clauses of one sentence apart ("وقالت طاجيكستان، في بيان؛ إن حرس حدود قرغيزستان؛ فتحوا النار")', () => {
    expect(sentences('وقالت طاجيكستان، في بيان؛ إن حرس حدود قرغيزستان؛ فتحوا النار. وأضافت')).toEqual(['وقالت طاجيكستان، في بيان؛ إن حرس حدود قرغيزستان؛ فتحوا النار.', 'وأضافت']);
  });
  it('does not split inside numbers and dotted dates', () => {
    expect(sentences('نما بنسبة 1.5 في المئة في 17.09.2021 - محدث. التالي')).toEqual(['نما بنسبة 1.5 في المئة في 17.09.2021 - محدث.', 'التالي']);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(sentences('قال: "انتهى الأمر." ثم غادر.')).toEqual(['قال: "انتهى الأمر."', 'ثم غادر.']);
  });
});

describe('tokens', () => {
  it('are runs of letters, marks and digits with sentence indexes', () => {
    const t = analyze('وبموسكو، في 2021. ثم كابول');
    const k = t.tokens;
    expect(Array.from({ length: k.length }, (_, i) => [t.text.slice(k.start[i], k.end[i]), k.sentence[i]])).toEqual([
      ['وبموسكو', 0], ['في', 0], ['2021', 0], ['ثم', 1], ['كابول', 1],
    ]);
  });
});

describe('word tokens', () => {
  /** [start, end) of each token. */
  const spans = (s: string, sentences: Sentence[] = []): [number, number][] => {
    const k = tokenize(s, sentences);
    return Array.from({ length: k.length }, (_, i) => [k.start[i], k.end[i]]);
  };
  const words = (s: string): string[] => spans(s, [{ index: 0, start: 0, end: s.length }]).map(([a, b]) => s.slice(a, b));
  it('takes runs of letters, marks and digits, clitics attached', () => {
    expect(words('وقال بوتين، في 23 أغسطس: "للكرملين"')).toEqual(['وقال', 'بوتين', 'في', '23', 'أغسطس', 'للكرملين']);
  });
  it('keeps diacritics and astral letters inside the word, drops lone surrogates', () => {
    expect(words('مُنَظَّمَة 𝐀𝐁c \ud800x \udc00y')).toEqual(['مُنَظَّمَة', '𝐀𝐁c', 'x', 'y']);
  });
  it('finds exactly what /[\\p{L}\\p{M}\\p{N}]+/gu finds, in any UTF-16 text', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })), (s) => {
      const expected = [...s.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
      expect(spans(s)).toEqual(expected);
    }), { numRuns: 500 });
  });
});
