// Anchored scanning: the same matches, in the same order, as a global regex's exec loop,
// without running the full pattern at every position of the text.
//
// Every match of a parser's pattern contains a keyword (its anchor: a month name, a
// unit word, a ":" ...) that starts at most `back` characters after the match start,
// counting one character for each " +" / " *" in the pattern. So the only positions a
// match can start at lie in [a - back, a] for an anchor occurrence a. The scanner finds
// anchor occurrences (every start position, also overlapping ones), then tries the full
// pattern, sticky, at each such position in text order, never before the end of the
// previous match: exactly the positions the global loop would have found a match at. A
// text with a run of spaces (whitespace normalisation off) breaks the bound on " +"; it
// falls back to the global regex.
//
// An anchor is a small lookbehind-free regex over the text (":", four digits), or a list
// of words. Words are found through the text's tokens rather than by a regex over the
// whole text (which cost more than the rest of the scan): an anchor word is letters, so
// it lies inside one token, and where the words of each scanner start inside a token's
// word is worked out once per distinct word (WORDS, text/intern.ts).
import type { Tokens } from '../text/segment.js';
import { wordIndex } from '../text/analyze.js';
import { WordValues } from '../text/intern.js';
import type { Ctx } from './candidate.js';

const isTrail = (f: string, p: number): boolean => {
  const c = f.charCodeAt(p);
  if (c < 0xdc00 || c > 0xdfff || p === 0) return false;
  const h = f.charCodeAt(p - 1);
  return h >= 0xd800 && h <= 0xdbff;
};

/** Whether the text has a run of spaces; asked once per text, not once per pattern. */
let lastText: string | null = null;
let lastSlow = false;
const hasSpaceRun = (f: string): boolean => {
  if (f !== lastText) { lastText = f; lastSlow = f.includes('  '); }
  return lastSlow;
};

/** Where a scanner's anchor occurs: a regex source over the text, or any of a list of words. */
export type Anchor = string | { words: Iterable<string> };

export class AnchoredScanner {
  private readonly global: RegExp;
  private readonly sticky: RegExp;
  /** a text anchor, global */
  private readonly anchor: RegExp | null;
  /** for words with a space ("كانون الثاني", found by their first word): the anchor, sticky, to check an occurrence with */
  private readonly check: RegExp | null;
  /** for word anchors: where they occur in the text scanned (wordAnchors) and the next one to read */
  readonly occurrences: number[] = [];
  private nextOccurrence = 0;
  private readonly back: number | ((f: string, a: number) => number);
  private f = '';
  private slow = false;
  /** no match may start before this (end of the previous match) */
  private pos = 0;
  /** next position to try, last position of the current window */
  private p = 0;
  private wEnd = -1;
  /** where the anchor search goes on */
  private aNext = 0;

  /**
   * `re`: the pattern (flags gu); `anchor`: what every match holds within `back`
   * characters of its start, or at or after the position `back(f, a)` returns.
   */
  constructor(re: RegExp, anchor: Anchor, back: number | ((f: string, a: number) => number)) {
    this.global = re;
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    this.back = back;
    if (typeof anchor === 'string') {
      this.anchor = new RegExp(anchor, 'g'); // no u: lastIndex may sit anywhere
      this.check = null;
    } else {
      const words = [...anchor.words].filter(Boolean).map((w) => w.replace(/\s+/g, ' '));
      this.anchor = null;
      this.check = words.some((w) => w.includes(' ')) ? new RegExp(trieSource(words), 'y') : null;
      addWordScanner(this, words.map((w) => w.split(' ')[0]));
    }
  }

  /** Starts a scan of the text of `ctx` and returns its first match. */
  first(ctx: Ctx): RegExpExecArray | null {
    const f = ctx.f;
    this.f = f;
    this.slow = hasSpaceRun(f);
    this.pos = 0;
    this.p = 0;
    this.wEnd = -1;
    this.aNext = 0;
    this.global.lastIndex = 0;
    if (this.anchor === null && !this.slow) {
      wordAnchors(ctx);
      this.nextOccurrence = 0;
    }
    return this.next();
  }

  /** The next match of the pattern (as `re.exec(f)` in a loop), or null. */
  next(): RegExpExecArray | null {
    const f = this.f;
    if (this.slow) return this.global.exec(f);
    const S = this.sticky;
    for (;;) {
      while (this.p <= this.wEnd) {
        const p = this.p++;
        if (isTrail(f, p)) continue;
        S.lastIndex = p;
        const m = S.exec(f);
        if (m) {
          this.pos = S.lastIndex;
          if (this.p < this.pos) this.p = this.pos;
          return m;
        }
      }
      const a = this.nextAnchor(this.aNext > this.pos ? this.aNext : this.pos);
      if (a < 0) { this.aNext = f.length + 1; return null; }
      this.aNext = a + 1;
      const lo = typeof this.back === 'number' ? a - this.back : this.back(f, a);
      if (this.p < lo) this.p = lo;
      if (this.p < this.pos) this.p = this.pos;
      this.wEnd = a;
    }
  }

  /** The first anchor occurrence at or after `from`, or -1. */
  private nextAnchor(from: number): number {
    const A = this.anchor;
    if (A !== null) {
      A.lastIndex = from;
      const am = A.exec(this.f);
      return am ? am.index : -1;
    }
    const occ = this.occurrences, C = this.check;
    while (this.nextOccurrence < occ.length) {
      const a = occ[this.nextOccurrence++];
      if (a < from) continue;
      if (C !== null) { C.lastIndex = a; if (!C.test(this.f)) continue; }
      return a;
    }
    return -1;
  }
}

// --- word anchors ------------------------------------------------------------------

/** The scanners anchored on words, by their index in this list. */
const wordScanners: AnchoredScanner[] = [];
/** The anchor words' first words (up to a space) in a trie by code unit; a node ending one lists the scanners it anchors. */
interface TrieNode { next: Map<number, TrieNode>; scanners: number[] }
const firstWords: TrieNode = { next: new Map(), scanners: [] };
/** Per word of WORDS: pairs (scanner, offset) of the first words starting in it; null for most words. Made anew when a scanner is added. */
let inWord: WordValues<Int32Array | null> | null = null;
/** The tokens wordAnchors last filled the scanners' occurrences from. */
let anchoredTokens: Tokens | null = null;

const WORD_RE = /^[\p{L}\p{M}\p{N}]+$/u;

function addWordScanner(s: AnchoredScanner, words: string[]): void {
  // a word anchor must lie inside one token
  for (const w of words) if (!WORD_RE.test(w)) throw new Error(`anchor word "${w}" is not letters and digits`);
  const id = wordScanners.push(s) - 1;
  for (const w of words) {
    let n = firstWords;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let child = n.next.get(c);
      if (!child) { child = { next: new Map(), scanners: [] }; n.next.set(c, child); }
      n = child;
    }
    if (!n.scanners.includes(id)) n.scanners.push(id);
  }
  inWord = null;
  anchoredTokens = null;
}

/** Where the first words of each word-anchored scanner start in `word`. */
function anchorsIn(word: string): Int32Array | null {
  let found: number[] | null = null;
  for (let i = 0; i < word.length; i++) {
    let n: TrieNode | undefined = firstWords;
    const at = found?.length ?? 0;
    for (let j = i; j < word.length; j++) {
      n = n.next.get(word.charCodeAt(j));
      if (n === undefined) break;
      for (const id of n.scanners) {
        found ??= [];
        // once per scanner and offset ("اسبوع" and "اسبوعين" both start here)
        let seen = false;
        for (let k = at; k < found.length; k += 2) if (found[k] === id) { seen = true; break; }
        if (!seen) found.push(id, i);
      }
    }
  }
  return found === null ? null : Int32Array.from(found);
}

/** Fills every word-anchored scanner's occurrences from the tokens of the text of `ctx`, once per text. */
function wordAnchors(ctx: Ctx): void {
  const t = ctx.t;
  if (t.tokens === anchoredTokens) return;
  anchoredTokens = t.tokens;
  inWord ??= new WordValues(anchorsIn);
  for (const s of wordScanners) s.occurrences.length = 0;
  for (let k = 0; k < t.tokens.length; k++) {
    const pairs = inWord.of(wordIndex(t, k));
    if (pairs === null) continue;
    const start = t.tokens.start[k];
    for (let i = 0; i < pairs.length; i += 2) wordScanners[pairs[i]].occurrences.push(start + pairs[i + 1]);
  }
}

/** Longest entry (in characters, a space counted once) of a word list. */
export const maxLen = (words: Iterable<string>): number => {
  let n = 0;
  for (const w of words) n = Math.max(n, w.replace(/\s+/g, ' ').length);
  return n;
};

/**
 * An anchor source matching where any of `words` starts (inner spaces as " +"), as a
 * trie of alternations: the same positions as their plain alternation, found faster.
 */
export function trieSource(words: Iterable<string>): string {
  type Node = Map<string, Node | null>;
  const root: Node = new Map();
  for (const w of words) {
    if (!w) continue;
    let n = root;
    for (const ch of w.replace(/\s+/g, ' ')) {
      let c = n.get(ch);
      if (!c) { c = new Map(); n.set(ch, c); }
      n = c;
    }
    n.set('', null);
  }
  const emit = (n: Node): string => {
    const alts: string[] = [];
    let end = false;
    for (const [ch, c] of n) {
      if (ch === '') { end = true; continue; }
      alts.push((ch === ' ' ? ' +' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + emit(c!));
    }
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return end ? `(?:${body})?` : body;
  };
  return emit(root);
}
