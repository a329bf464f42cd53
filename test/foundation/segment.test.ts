import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';

const sentences = (s: string) => {
  const t = analyze(s);
  return t.sentences.map((x) => t.span(x.start, x.end).text);
};

describe('sentence splitting', () => {
  it('splits on . ! ? ؟ ؛ and line breaks', () => {
    expect(sentences('عقدت القمة. وقال بوتين! هل انتهى؟ نعم؛ ثم\nسطر')).toEqual(['عقدت القمة.', 'وقال بوتين!', 'هل انتهى؟', 'نعم؛', 'ثم', 'سطر']);
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
    expect(t.tokens.map((k) => [t.text.slice(k.start, k.end), k.sentence])).toEqual([
      ['وبموسكو', 0], ['في', 0], ['2021', 0], ['ثم', 1], ['كابول', 1],
    ]);
  });
});
