// Anchored scanning: the same matches, in the same order, as a global regex's exec loop,
// without running the full pattern at every position of the text.
//
// Every match of a parser's pattern contains a keyword (its anchor: a month name, a
// unit word, a ":" ...) that starts at most `back` characters after the match start,
// counting one character for each " +" / " *" in the pattern. So the only positions a
// match can start at lie in [a - back, a] for an anchor occurrence a. The scanner finds
// anchor occurrences with a small lookbehind-free regex (every start position, also
// overlapping ones), then tries the full pattern, sticky, at each such position in text
// order, never before the end of the previous match: exactly the positions the global
// loop would have found a match at. A text with a run of spaces (whitespace
// normalisation off) breaks the bound on " +"; it falls back to the global regex.

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

export class AnchoredScanner {
  private readonly global: RegExp;
  private readonly sticky: RegExp;
  private readonly anchor: RegExp;
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
   * `re`: the pattern (flags gu); `anchor`: a source every match holds within `back`
   * characters of its start, or at or after the position `back(f, a)` returns.
   */
  constructor(re: RegExp, anchor: string, back: number | ((f: string, a: number) => number)) {
    this.global = re;
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    this.anchor = new RegExp(anchor, 'g'); // no u: lastIndex may sit anywhere
    this.back = back;
  }

  /** Starts a scan of `f` and returns its first match. */
  first(f: string): RegExpExecArray | null {
    this.f = f;
    this.slow = hasSpaceRun(f);
    this.pos = 0;
    this.p = 0;
    this.wEnd = -1;
    this.aNext = 0;
    this.global.lastIndex = 0;
    return this.next();
  }

  /** The next match of the pattern (as `re.exec(f)` in a loop), or null. */
  next(): RegExpExecArray | null {
    const f = this.f;
    if (this.slow) return this.global.exec(f);
    const S = this.sticky, A = this.anchor;
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
      A.lastIndex = this.aNext > this.pos ? this.aNext : this.pos;
      const am = A.exec(f);
      if (!am) { this.aNext = f.length + 1; return null; }
      const a = am.index;
      this.aNext = a + 1;
      const lo = typeof this.back === 'number' ? a - this.back : this.back(f, a);
      if (this.p < lo) this.p = lo;
      if (this.p < this.pos) this.p = this.pos;
      this.wEnd = a;
    }
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
