// Sentences and tokens over normalised text (offsets are normalised offsets;
// map them back with toOriginal).

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

export interface Token {
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

// . ! ? ; and line feed end sentences; " ' ) ] } closing them stay with the sentence.
const DOT = 0x2e, LF = 0x0a, SPACE = 0x20;
const isTerminator = (c: number): boolean => c === DOT || c === 0x21 || c === 0x3f || c === 0x3b || c === LF;
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39; // NaN (out of range) is not a digit

/**
 * Splits on . ! ? ; (Arabic ؟ and ؛ are already mapped to ASCII) and line breaks,
 * but not inside numbers and dates such as 1.5 or 17.09.2021, and keeps closing
 * quotes and brackets with the sentence they end.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  const emit = (end: number): void => {
    let s = start, e = end;
    while (s < e && (text.charCodeAt(s) === SPACE || text.charCodeAt(s) === LF)) s++;
    while (e > s && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === LF)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminator(c)) continue;
    if (c === DOT && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) continue;
    let end = i + 1;
    if (c !== LF) {
      while (end < n && isTerminator(text.charCodeAt(end)) && text.charCodeAt(end) !== LF) end++;
      while (end < n && isCloser(text.charCodeAt(end))) end++;
    }
    emit(end);
    start = end;
    i = end - 1;
  }
  emit(n);
  return out;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Word tokens: maximal runs of letters, marks and digits. */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  let si = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    while (si < sentences.length - 1 && start >= sentences[si].end) si++;
    tokens.push({ start, end: start + m[0].length, sentence: sentences.length ? si : 0 });
  }
  return tokens;
}

/** Index of the sentence containing a normalised offset (binary search). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
