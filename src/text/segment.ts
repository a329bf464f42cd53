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

const TERMINATORS = new Set(['.', '!', '?', ';', '\n']);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

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
      while (end < n && '.!?;'.includes(text[end])) end++;
      while (end < n && '"\')]}'.includes(text[end])) end++;
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
