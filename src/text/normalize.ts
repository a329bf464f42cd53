// Arabic normalisation that never loses track of where each character came from.
//
// `normalize` rewrites the original text code point by code point; every output
// code unit remembers the original code point that produced it (start and end
// offsets in UTF-16 units), so a span found in normalised text maps back to the
// exact original span. `fold` is a second, one-to-one character mapping for
// matching (alef variants, ta marbuta...), so folded text shares the
// normalised text's offsets.

export interface NormalizeOptions {
  /** Unicode compatibility forms (presentation forms from PDFs, ligatures) to letters. */
  compat: boolean;
  /** Tashkeel, superscript alef and Quranic annotation marks removed. */
  diacritics: boolean;
  /** Tatweel (kashida) removed. */
  tatweel: boolean;
  /** Zero-width, bidi control and soft hyphen characters removed. */
  invisible: boolean;
  /** Arabic-Indic and Persian digits to ASCII. */
  digits: boolean;
  /** Arabic comma, semicolon, question mark, quotes and dashes to ASCII. */
  punctuation: boolean;
  /** Runs of spaces to one space; runs containing a line break to one line break. */
  whitespace: boolean;
}

export const DEFAULT_NORMALIZE: NormalizeOptions = {
  compat: true,
  diacritics: true,
  tatweel: true,
  invisible: true,
  digits: true,
  punctuation: true,
  whitespace: true,
};

export interface NormalizedText {
  original: string;
  text: string;
  /** starts[i]: original offset of the code point that produced text[i]. Length text.length + 1. */
  starts: Int32Array;
  /** ends[i]: original end offset of that code point. */
  ends: Int32Array;
}

const PUNCTUATION: Record<string, string> = {
  '،': ',', '؛': ';', '؟': '?', '٪': '%', '٫': '.', '٬': ',', '۔': '.',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '″': '"', '‘': "'", '’': "'", '‚': "'",
  '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-',
};

/** PUNCTUATION's keys (one UTF-16 unit each) as a table by code unit. */
const PUNCTUATION_UNITS = new Uint8Array(0x10000);
for (const ch of Object.keys(PUNCTUATION)) PUNCTUATION_UNITS[ch.charCodeAt(0)] = 1;

export const isDiacritic = (cp: number): boolean =>
  (cp >= 0x0610 && cp <= 0x061a) || (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 ||
  (cp >= 0x06d6 && cp <= 0x06dc) || (cp >= 0x06df && cp <= 0x06e8) || (cp >= 0x06ea && cp <= 0x06ed) ||
  (cp >= 0x08d3 && cp <= 0x08ff && cp !== 0x08e2);

const COMBINING_MARKS = /[\u0300-\u036f]/g;

const isInvisible = (cp: number): boolean =>
  (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2069) ||
  cp === 0x061c || cp === 0xfeff || cp === 0x00ad;

const isCompatRange = (cp: number): boolean =>
  (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff) || (cp >= 0xfb00 && cp <= 0xfb4f) ||
  (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x2000 && cp <= 0x206f && cp !== 0x2028 && cp !== 0x2029) ||
  cp === 0x00a0;

const isSpace = (cp: number): boolean =>
  cp === 0x20 || cp === 0x09 || cp === 0x0b || cp === 0x0c || cp === 0xa0 || cp === 0x1680 ||
  (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000;
const SPACE = 0x20;
const isLineBreak = (cp: number): boolean => cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x85;

/** The replacement for one code point under the compat/diacritic/tatweel/invisible/digit/punctuation rules. */
function rewrite(ch: string, cp: number, o: NormalizeOptions): string {
  if (o.invisible && isInvisible(cp)) return '';
  if (o.diacritics && isDiacritic(cp)) return '';
  if (o.tatweel && cp === 0x0640) return '';
  let out = ch;
  if (o.compat && isCompatRange(cp)) {
    out = ch.normalize('NFKC');
    // spacing accents (‗ ‾ ￣) decompose to a space and a Latin combining mark: keep the space only
    if (out.length > 1 && out[0] === ' ') out = out.replace(COMBINING_MARKS, '');
    if (o.diacritics) out = stripDiacritics(out);
    if (o.tatweel) out = out.replace(/\u0640/g, '');
  }
  if (out.length === 1) {
    const c = out.charCodeAt(0);
    if (o.digits && c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
    if (o.digits && c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
    if (o.punctuation && PUNCTUATION[out] !== undefined) return PUNCTUATION[out];
  }
  return out;
}

function stripDiacritics(s: string): string {
  let r = '';
  for (const c of s) if (!isDiacritic(c.codePointAt(0)!)) r += c;
  return r;
}

// Code units that come through every rule unchanged and are not white space, per option set:
// runs of them are copied in bulk, the rest take the per-code-point path below.
const plainTables = new Map<string, Uint8Array>();

/** Whether code unit `c` comes through every rule of `o` unchanged and is not white space: the definition of plainTable. */
function isPlain(c: number, o: NormalizeOptions): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: code points are looked at whole
  if (o.invisible && isInvisible(c)) return false;
  if (o.diacritics && isDiacritic(c)) return false;
  if (o.tatweel && c === 0x0640) return false;
  if (o.compat && isCompatRange(c)) return false;
  if (o.digits && ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9))) return false;
  if (o.punctuation && PUNCTUATION_UNITS[c] === 1) return false;
  // \s in JavaScript is isSpace ∪ isLineBreak (less U+0085) plus U+FEFF
  if (o.whitespace && (isSpace(c) || isLineBreak(c) || c === 0xfeff)) return false;
  return true;
}

/**
 * The only code units any rule above touches: outside these ranges (and PUNCTUATION's keys)
 * every code unit but the surrogates is plain. Looking at them alone makes a table in well
 * under a millisecond instead of the ≈ 90 ms of 65,536 calls of isPlain at start-up.
 */
const RULE_RANGES: [number, number][] = [
  [0x0000, 0x00ff], [0x0600, 0x06ff], [0x08d3, 0x08ff], [0x1680, 0x1680], [0x2000, 0x206f], [0x3000, 0x3000], [0xfb00, 0xffff],
];

/** isPlain of every code unit, tested one by one (what plainTable must equal; the tests compare them). */
export function plainTableByDefinition(o: NormalizeOptions): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isPlain(c, o)) t[c] = 1;
  return t;
}

export function plainTable(o: NormalizeOptions): Uint8Array {
  const key = `${+o.compat}${+o.diacritics}${+o.tatweel}${+o.invisible}${+o.digits}${+o.punctuation}${+o.whitespace}`;
  let t = plainTables.get(key);
  if (t) return t;
  t = new Uint8Array(0x10000).fill(1);
  t.fill(0, 0xd800, 0xe000);
  for (const [from, to] of RULE_RANGES) for (let c = from; c <= to; c++) t[c] = isPlain(c, o) ? 1 : 0;
  for (const ch of Object.keys(PUNCTUATION)) { const c = ch.charCodeAt(0); t[c] = isPlain(c, o) ? 1 : 0; }
  plainTables.set(key, t);
  return t;
}

export function normalize(original: string, options: Partial<NormalizeOptions> = {}): NormalizedText {
  const o = { ...DEFAULT_NORMALIZE, ...options };
  const plain = plainTable(o);
  const n = original.length;
  // the text is built as UTF-16LE bytes and decoded once: appending to a string makes a rope
  // node per word and space, which costs more than the work itself
  let units = new Uint8Array(2 * (n + 1));
  let starts = new Int32Array(n + 1);
  let ends = new Int32Array(n + 1);
  let len = 0;
  // pending whitespace: kept as one space or line break at the first whitespace position
  let wsStart = -1, wsEnd = -1, wsBreak = false;
  const reserve = (extra: number): void => {
    if (len + extra + 1 > starts.length) {
      const size = (len + extra + 1) * 2;
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => { const b = new Int32Array(size); b.set(a); return b; };
      starts = grow(starts); ends = grow(ends);
      const u = new Uint8Array(2 * size);
      u.set(units);
      units = u;
    }
  };
  const unit = (at: number, c: number): void => { units[2 * at] = c & 0xff; units[2 * at + 1] = c >> 8; };
  const push = (s: string, start: number, end: number): void => {
    reserve(s.length);
    for (let k = 0; k < s.length; k++) { starts[len + k] = start; ends[len + k] = end; unit(len + k, s.charCodeAt(k)); }
    len += s.length;
  };
  const flushSpace = (): void => {
    if (wsStart < 0) return;
    if (len > 0) push(wsBreak ? '\n' : ' ', wsStart, wsEnd);
    wsStart = -1; wsBreak = false;
  };
  let i = 0;
  while (i < n) {
    if (plain[original.charCodeAt(i)] === 1) {
      // a run of characters that stay as they are: one slice, identity offsets; a single space
      // between two of them stays as it is too (only a run of white space is rewritten)
      flushSpace();
      let j = i + 1;
      while (j < n && (plain[original.charCodeAt(j)] === 1 || (original.charCodeAt(j) === SPACE && plain[original.charCodeAt(j + 1)] === 1))) j++;
      reserve(j - i);
      for (let k = i; k < j; k++, len++) { starts[len] = k; ends[len] = k + 1; unit(len, original.charCodeAt(k)); }
      i = j;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const ch = size === 2 ? original.slice(i, i + 2) : original[i];
    let out = rewrite(ch, cp, o);
    if (o.whitespace) {
      // NFKC turns some compat spaces into plain ones: treat them all alike
      const oc = out.length === 1 ? out.charCodeAt(0) : -1;
      if (out.length > 0 && (isSpace(oc) || isLineBreak(oc) || isSpace(cp) || isLineBreak(cp))) {
        if (wsStart < 0) { wsStart = i; }
        wsEnd = i + size;
        if (isLineBreak(cp) || isLineBreak(oc)) wsBreak = true;
        i += size;
        continue;
      }
      if (out.length > 0) flushSpace();
      out = out.replace(/\s+/g, ' ');
    }
    if (out.length > 0) push(out, i, i + size);
    i += size;
  }
  // trailing whitespace is dropped when collapsing
  starts[len] = n;
  ends[len] = n;
  const text = Buffer.from(units.buffer, units.byteOffset, 2 * len).toString('utf16le');
  return { original, text, starts: starts.subarray(0, len + 1), ends: ends.subarray(0, len + 1) };
}

/** Maps a [start, end) span of normalised text to the original text. */
export function toOriginal(nt: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = nt.starts[Math.min(start, nt.text.length)];
    return { start: at, end: at };
  }
  // A word's trailing diacritics and tatweel belong to it though normalisation dropped them.
  let e = nt.ends[end - 1];
  const limit = nt.starts[end];
  while (e < limit) {
    const c = nt.original.charCodeAt(e);
    if (!isDiacritic(c) && c !== 0x0640) break;
    e++;
  }
  return { start: nt.starts[start], end: e };
}

/** The normalised offset of an original offset: the first normalised character that starts at or after it. */
export function toNormalized(nt: NormalizedText, offset: number): number {
  const starts = nt.starts;
  let lo = 0, hi = nt.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The original text behind a normalised span. */
export function originalSpan(nt: NormalizedText, start: number, end: number): { text: string; start: number; end: number } {
  const { start: a, end: b } = toOriginal(nt, start, end);
  return { text: nt.original.slice(a, b), start: a, end: b };
}

/** The feminine ending ة, which folding makes ه, the letter of the pronoun suffix. */
export const TA_MARBUTA = 'ة';

// Folding for matching: one UTF-16 unit in, one out, so offsets are unchanged.
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < FOLD.length; c++) FOLD[c] = c;
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
const FOLD_PAIRS: [string, string][] = [
  ['أإآٱٲٳٵ', 'ا'], ['ى', 'ي'], [TA_MARBUTA, 'ه'], ['ۀ', 'ه'], ['ؤ', 'و'], ['ئ', 'ي'],
  ['کڪ', 'ك'], ['یيېۍ', 'ي'], ['ە', 'ه'],
];
for (const [from, to] of FOLD_PAIRS) for (const ch of from) FOLD[ch.charCodeAt(0)] = to.charCodeAt(0);

/** Stronger folding for matching; same length as the input. */
export function fold(s: string): string {
  const n = s.length;
  // nothing to fold: the same string
  let i = 0;
  while (i < n && FOLD[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === n) return s;
  // built as UTF-16 code units and decoded once, as in normalize: String.fromCharCode.apply
  // copied every unit into an argument list first (≈ 4 × the text's bytes per document)
  // (a text longer than the kept buffer gets one of its own: a 30 MB article must not stay held)
  const units = n <= foldBuf.length ? foldBuf : new Uint16Array(n);
  for (let j = 0; j < n; j++) units[j] = FOLD[s.charCodeAt(j)];
  return Buffer.from(units.buffer, 0, 2 * n).toString('utf16le');
}
const foldBuf = new Uint16Array(1 << 16);

/** Normalise then fold: the form gazetteer aliases and lexicon entries are compared in. */
export function foldKey(s: string): string {
  // Most keys (gazetteer aliases, word lists) are plain code units and single spaces: normalize
  // would copy the words and keep one space between them, dropping spaces at either end. Doing
  // that here skips its offset tables, ≈ 10 µs a key (tens of thousands of keys at start-up).
  const plain = plainTable(DEFAULT_NORMALIZE);
  let spaces = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (plain[c] === 1) continue;
    if (c !== 0x20) return foldKeySlow(s);
    spaces = true;
  }
  return fold(spaces ? s.split(' ').filter(Boolean).join(' ') : s).trim();
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** The folded words of a gazetteer string or a word list's phrase. */
export function keyTokens(s: string): string[] {
  return foldKey(s).match(WORD) ?? [];
}

/** foldKey by its definition (the tests check the fast path against it). */
export function foldKeySlow(s: string): string {
  return fold(normalize(s).text).trim();
}
