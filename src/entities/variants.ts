// Clitic variants of a folded word: the word, and the word without a proclitic ("وبموسكو" → "موسكو").
import type { Compiled } from './compile.js';

/** Proclitic prefixes (folded) and whether they absorbed the article (لل = ل + ال). */
const PREFIXES: [string, boolean][] = [
  ['و', false], ['ف', false], ['ب', false], ['ل', false], ['ك', false],
  ['وب', false], ['ول', false], ['وك', false], ['فب', false], ['فل', false], ['فك', false],
  ['لل', true], ['ولل', true], ['فلل', true],
];

export interface Variant {
  key: string;
  /** Characters of the token before the name starts. */
  cut: number;
}

export function variants(f: string, stop: Set<string>, minRest = 3): Variant[] {
  const out: Variant[] = [{ key: f, cut: 0 }];
  if (stop.has(f)) return out;
  for (const [p, article] of PREFIXES) {
    if (f.length - p.length < minRest || !f.startsWith(p)) continue;
    const rest = f.slice(p.length);
    out.push({ key: article ? 'ال' + rest : rest, cut: p.length });
  }
  return out;
}

export function isStop(c: Compiled, f: string): boolean {
  if (c.stop.has(f)) return true;
  if ((f[0] === 'و' || f[0] === 'ف') && f.length > 3 && c.stop.has(f.slice(1))) return true;
  return false;
}
