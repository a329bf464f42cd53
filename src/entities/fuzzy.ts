// Bounded string similarity: Jaro-Winkler from natural's submodule only.
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { ARTICLE } from '../text/clitics.js';
import { NISBA, NOUN } from '../text/morphology.js';

/** Jaro-Winkler similarity (1 = identical) of two folded strings. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return jaroWinkler(a, b);
}

export interface FuzzyCandidate<T> {
  key: string;
  value: T;
}

/**
 * Candidate index keyed by first letter and length, so a lookup only compares a word with
 * the few keys that start like it and are about as long.
 */
export class BlockIndex<T> {
  private blocks = new Map<string, FuzzyCandidate<T>[]>();

  add(key: string, value: T): void {
    const b = `${key[0]}\u0000${key.length}`;
    let list = this.blocks.get(b);
    if (!list) this.blocks.set(b, (list = []));
    if (!list.some((c) => c.key === key && c.value === value)) list.push({ key, value });
  }

  /** The blocks in insertion order (for the compiled data cache). */
  blockList(): [string, readonly FuzzyCandidate<T>[]][] {
    return [...this.blocks];
  }

  /** An index of these blocks, as blockList gave them. */
  static fromBlocks<T>(blocks: [string, FuzzyCandidate<T>[]][]): BlockIndex<T> {
    const index = new BlockIndex<T>();
    index.blocks = new Map(blocks);
    return index;
  }

  /** Trims the candidate lists to their size once every key is added. */
  compact(): void {
    for (const [b, list] of this.blocks) this.blocks.set(b, list.slice());
  }

  /** Best candidates at or above `threshold`, within `slack` letters of length. */
  best(word: string, threshold: number, slack = 1): { key: string; values: T[]; score: number } | null {
    let best: { key: string; values: T[]; score: number } | null = null;
    for (let len = word.length - slack; len <= word.length + slack; len++) {
      const list = this.blocks.get(`${word[0]}\u0000${len}`);
      if (!list) continue;
      for (const c of list) {
        // most keys of a block share few letters with the word: skip them without computing (and allocating for) the similarity
        if (!mayReach(word, c.key, threshold)) continue;
        const s = similarity(word, c.key);
        if (s < threshold) continue;
        if (!best || s > best.score) best = { key: c.key, values: [c.value], score: s };
        else if (s === best.score && best.key === c.key) best.values.push(c.value);
      }
    }
    return best;
  }
}

/** True when a and b are at most one edit apart (insertion, deletion, substitution or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Letter counts by the low six bits of the code unit (all of U+0621–U+064A apart). */
const HIST = new Int32Array(64);

/**
 * False when similarity(a, b) is certainly below `min`, found without allocating: the
 * Jaro match count is at most the letters a and b share, and transpositions only lower it.
 * True says nothing; call similarity() for the value.
 */
export function mayReach(a: string, b: string, min: number): boolean {
  const la = a.length, lb = b.length;
  if (!la || !lb || a === b) return true;
  // letters in common, with repeats (letters that share a bucket only add to it): an
  // upper bound on Jaro's matches
  for (let i = 0; i < la; i++) HIST[a.charCodeAt(i) & 63]++;
  let m = 0;
  for (let k = 0; k < lb; k++) {
    const h = b.charCodeAt(k) & 63;
    if (HIST[h] > 0) { HIST[h]--; m++; }
  }
  for (let i = 0; i < la; i++) HIST[a.charCodeAt(i) & 63] = 0;
  if (m === 0) return min <= 0;
  let l = 0;
  while (l < 4 && l < la && l < lb && a.charCodeAt(l) === b.charCodeAt(l)) l++;
  const jaro = (m / la + m / lb + 1) / 3;
  // a margin far above rounding error: only a clear miss is reported
  return jaro + l * 0.1 * (1 - jaro) >= min - 1e-9;
}

export function letters(f: string): number {
  let n = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f.charCodeAt(i);
    if (ch < 48 || ch > 57) n++;
  }
  return n;
}

/**
 * A lone word is only taken as a misspelt name when it is long: most Arabic words of
 * five or six letters sit one edit away from some name (سياسي/سيسي, اكتوبر/اكتوبي).
 */
export const FUZZY_MIN_LETTERS = 7;

/**
 * How alike a document word is to a word of a multi-word name, compared without article and
 * nisba ending; 0 for stopwords and words too short or too different in length to count.
 */
export function nameWordLikeness(f: string, stop: boolean, want: string): number {
  const a = core(f), b = core(want);
  if (a.length < 3 || stop || Math.abs(a.length - b.length) > 2) return 0;
  return mayReach(a, b, 0.85) ? similarity(a, b) : 0;
}

const ARTICLE_BEFORE_STEM = new RegExp(`^${ARTICLE}(?=\\p{L}{3})`, 'u');
/** The nisba endings and the feminine ه (the longest one a word ends with is taken off). */
const NISBA_ENDING = new RegExp(`(?:${[NISBA.feminine, NISBA.oblique_plural, NISBA.plural, NISBA.masculine, NOUN.feminine].join('|')})$`, 'u');
/**
 * A word without the article and the nisba ending, which inflate the likeness of different
 * words: العسكرية and العربية share ال...ية but not their stems (عسكر, عرب).
 */
function core(f: string): string {
  return f.replace(ARTICLE_BEFORE_STEM, '').replace(NISBA_ENDING, '');
}
