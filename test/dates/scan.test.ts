// dates/scan.ts: an anchored scanner finds the same matches, in the same order, as its pattern's
// global exec loop, whether its anchor is a regex over the text or words found through the tokens.
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/dates/candidate.js';
import { AnchoredScanner, type Anchor } from '../../src/dates/scan.js';
import { analyze } from '../../src/text/analyze.js';

const ctxOf = (text: string, whitespace = true): Ctx => {
  const t = analyze(text, { whitespace });
  return { t, x: t.text, f: t.folded };
};
const scanned = (s: AnchoredScanner, ctx: Ctx): [number, string][] => {
  const out: [number, string][] = [];
  for (let m = s.first(ctx); m; m = s.next()) out.push([m.index, m[0]]);
  return out;
};
const globalLoop = (re: RegExp, f: string): [number, string][] => [...f.matchAll(re)].map((m) => [m.index, m[0]]);

describe('anchored scanning', () => {
  const re = /(?<![\p{L}\p{M}])[وب]?(?:كانون +الثاني|تشرين +الاول|يناير|ذو +الحجه)(?: +\d{4})?/gu;
  const words: Anchor = { words: ['كانون الثاني', 'تشرين الاول', 'يناير', 'ذو الحجه'] };
  const texts = [
    'في كانون الثاني 2021 ثم وتشرين الأول وبيناير، وكانون الأول ليس منها; كانونيناير يناير',
    'ذو الحجة 1444 وذو القعدة ذو   الحجة',
    'نص بلا شهر',
  ];
  it('word anchors: the matches of the global loop (words with a space, clitics, words inside words)', () => {
    const s = new AnchoredScanner(re, words, 1);
    for (const text of texts) {
      const ctx = ctxOf(text);
      expect(scanned(s, ctx)).toEqual(globalLoop(re, ctx.f));
    }
  });
  it('a run of spaces (whitespace kept) falls back to the global loop', () => {
    const s = new AnchoredScanner(re, words, 1);
    const ctx = ctxOf('في كانون   الثاني 2021 و  يناير', false);
    expect(scanned(s, ctx)).toEqual(globalLoop(re, ctx.f));
  });
  it('a text anchor', () => {
    const time = /\d{1,2}:\d{2}/gu;
    const s = new AnchoredScanner(time, ':', 2);
    const ctx = ctxOf('قال: الساعة 10:30 و9:05 ثم 123:456');
    expect(scanned(s, ctx)).toEqual(globalLoop(time, ctx.f));
  });
  it('an anchor word must be letters or digits', () => {
    expect(() => new AnchoredScanner(re, { words: ['/x'] }, 0)).toThrow(/not letters and digits/);
  });
});
