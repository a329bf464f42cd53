// The text layer as it was before the speed work (commit 0d813a5), kept verbatim as the
// reference the optimised src/text/normalize.ts and segment.ts must agree with.
/* eslint-disable */
interface Sentence { index: number; start: number; end: number }
// Arabic normalisation that never loses track of where each character came from.
//
// `normalize` rewrites the original text code point by code point; every output
// code unit remembers the original code point that produced it (start and end
// offsets in UTF-16 units), so a span found in normalised text maps back to the
// exact original span. `fold` is a second, one-to-one character mapping for
// matching (alef variants, ta marbuta...), so folded text shares the
// normalised text's offsets.

interface NormalizeOptions {
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

const DEFAULT_NORMALIZE: NormalizeOptions = {
  compat: true,
  diacritics: true,
  tatweel: true,
  invisible: true,
  digits: true,
  punctuation: true,
  whitespace: true,
};

interface NormalizedText {
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

const isDiacritic = (cp: number): boolean =>
  (cp >= 0x0610 && cp <= 0x061a) || (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 ||
  (cp >= 0x06d6 && cp <= 0x06dc) || (cp >= 0x06df && cp <= 0x06e8) || (cp >= 0x06ea && cp <= 0x06ed) ||
  (cp >= 0x08d3 && cp <= 0x08ff && cp !== 0x08e2);

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
const isLineBreak = (cp: number): boolean => cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x85;

/** The replacement for one code point under the compat/diacritic/tatweel/invisible/digit/punctuation rules. */
function rewrite(ch: string, cp: number, o: NormalizeOptions): string {
  if (o.invisible && isInvisible(cp)) return '';
  if (o.diacritics && isDiacritic(cp)) return '';
  if (o.tatweel && cp === 0x0640) return '';
  let out = ch;
  if (o.compat && isCompatRange(cp)) {
    out = ch.normalize('NFKC');
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

export function referenceNormalize(original: string, options: Partial<NormalizeOptions> = {}): NormalizedText {
  const o = { ...DEFAULT_NORMALIZE, ...options };
  const n = original.length;
  const parts: string[] = [];
  let starts = new Int32Array(n + 1);
  let ends = new Int32Array(n + 1);
  let len = 0;
  // pending whitespace: kept as one space or line break at the first whitespace position
  let wsStart = -1, wsEnd = -1, wsBreak = false;
  const push = (s: string, start: number, end: number): void => {
    if (len + s.length + 1 > starts.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => { const b = new Int32Array((len + s.length + 1) * 2); b.set(a); return b; };
      starts = grow(starts); ends = grow(ends);
    }
    for (let k = 0; k < s.length; k++) { starts[len + k] = start; ends[len + k] = end; }
    len += s.length;
    parts.push(s);
  };
  const flushSpace = (): void => {
    if (wsStart < 0) return;
    if (len > 0) push(wsBreak ? '\n' : ' ', wsStart, wsEnd);
    wsStart = -1; wsBreak = false;
  };
  let i = 0;
  while (i < n) {
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
  return { original, text: parts.join(''), starts: starts.subarray(0, len + 1), ends: ends.subarray(0, len + 1) };
}


// Folding for matching: one UTF-16 unit in, one out, so offsets are unchanged.
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < FOLD.length; c++) FOLD[c] = c;
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
const FOLD_PAIRS: [string, string][] = [
  ['أإآٱٲٳٵ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ۀ', 'ه'], ['ؤ', 'و'], ['ئ', 'ي'],
  ['کڪ', 'ك'], ['یيېۍ', 'ي'], ['ە', 'ه'],
];
for (const [from, to] of FOLD_PAIRS) for (const ch of from) FOLD[ch.charCodeAt(0)] = to.charCodeAt(0);

/** Stronger folding for matching; same length as the input. */
export function referenceFold(s: string): string {
  const n = s.length;
  const CHUNK = 8192;
  if (n <= CHUNK) {
    const codes = new Array<number>(n);
    for (let i = 0; i < n; i++) codes[i] = FOLD[s.charCodeAt(i)];
    return String.fromCharCode.apply(null, codes);
  }
  let out = '';
  for (let k = 0; k < n; k += CHUNK) out += referenceFold(s.slice(k, k + CHUNK));
  return out;
}


// a semicolon (؛ once normalised) sets clauses of one sentence apart: no terminator
const TERMINATORS = new Set(['.', '!', '?', '\n']);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Splits on . ! ? (the Arabic ؟ is already mapped to ASCII) and line breaks,
 * but not inside numbers and dates such as 1.5 or 17.09.2021, and keeps closing
 * quotes and brackets with the sentence they end.
 */
export function referenceSplitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  const emit = (end: number): void => {
    let s = start, e = end;
    while (s < e && (text[s] === ' ' || text[s] === '\n')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (!TERMINATORS.has(c)) continue;
    if (c === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    let end = i + 1;
    if (c !== '\n') {
      while (end < n && '.!?'.includes(text[end])) end++;
      while (end < n && '"\')]}'.includes(text[end])) end++;
    }
    emit(end);
    start = end;
    i = end - 1;
  }
  emit(n);
  return out;
}

