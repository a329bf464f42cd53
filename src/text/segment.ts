// Sentences and tokens over normalised text (offsets are normalised offsets;
// map them back with toOriginal).
import { WORDS } from './intern.js';
import { fold } from './normalize.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

/**
 * The word tokens of a text as parallel columns (views of one buffer), not an object per token:
 * token i is [start[i], end[i]) of sentence[i], and word[i] is the index of its folded word in
 * WORDS (intern.ts), valid until the next text is tokenised (read it with analyze.ts wordIndex).
 * Each engine makes the token objects its rules read from these (events/doc.ts, entities/words.ts).
 */
export interface Tokens {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sentence: Int32Array;
  readonly word: Int32Array;
}

/** A token with its folded word and what an engine knows about that word (one object per distinct word, shared). */
export interface WordToken<W> {
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  f: string;
  w: W;
}

// . ! ? and line feed end sentences; " ' ) ] } closing them stay with the sentence. A semicolon does not:
// Arabic news sets clauses of one sentence apart with ؛ ("وقالت طاجيكستان، في بيان؛ إن حرس حدود قرغيزستان؛ فتحوا النار").
const DOT = 0x2e, LF = 0x0a, SPACE = 0x20;
const isTerminator = (c: number): boolean => c === DOT || c === 0x21 || c === 0x3f || c === LF;
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39; // NaN (out of range) is not a digit

/**
 * Splits on . ! ? (the Arabic ؟ is already mapped to ASCII) and line breaks,
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

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/**
 * What each BMP code unit is, learnt as the text shows it: 0 not yet looked at, 1 a letter, mark
 * or digit, 2 none of these. Testing all 65,536 units up front took ≈ 30 ms of every start; a
 * document has a few hundred distinct ones.
 */
const wordUnits = new Uint8Array(0x10000);
function classify(c: number): number {
  return (wordUnits[c] = (c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2);
}

/** 1 if the BMP code unit is a letter, mark or digit, else 0. */
export function isWordUnit(c: number): number {
  const v = wordUnits[c];
  return (v === 0 ? classify(c) : v) === 1 ? 1 : 0;
}

/** Width (1 or 2 code units) of the letter, mark or digit at i, or 0 if there is none there. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    const v = wordUnits[c];
    return (v === 0 ? classify(c) : v) === 1 ? 1 : 0;
  }
  if (c > 0xdbff || i + 1 >= text.length) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Start, end, sentence and word of each token of the text being tokenised, 4 by 4; kept from text to text. */
const SCRATCH_TOKENS = 1 << 12;
let scratch = new Int32Array(4 * SCRATCH_TOKENS);

/**
 * Word tokens: maximal runs of letters, marks and digits (what /[\p{L}\p{M}\p{N}]+/gu
 * finds), scanned with a table rather than a regex, with no match object per token. Each
 * token's word (in `folded`, the text folded) is looked up once here, for both engines.
 */
export function tokenize(text: string, sentences: Sentence[], folded: string = fold(text)): Tokens {
  const n = text.length;
  WORDS.startText();
  let si = 0, count = 0;
  for (let i = 0; i < n;) {
    let w = wordCharAt(text, i);
    if (w === 0) { i++; continue; }
    const start = i;
    do { i += w; } while (i < n && (w = wordCharAt(text, i)) !== 0);
    while (si < sentences.length - 1 && start >= sentences[si].end) si++;
    if (4 * count + 4 > scratch.length) {
      const more = new Int32Array(2 * scratch.length);
      more.set(scratch);
      scratch = more;
    }
    const x = 4 * count++;
    scratch[x] = start;
    scratch[x + 1] = i;
    scratch[x + 2] = sentences.length ? si : 0;
    scratch[x + 3] = WORDS.find(folded, start, i);
  }
  const buf = new ArrayBuffer(16 * count);
  const tokens: Tokens = {
    length: count,
    start: new Int32Array(buf, 0, count),
    end: new Int32Array(buf, 4 * count, count),
    sentence: new Int32Array(buf, 8 * count, count),
    word: new Int32Array(buf, 12 * count, count),
  };
  for (let k = 0, x = 0; k < count; k++, x += 4) {
    tokens.start[k] = scratch[x];
    tokens.end[k] = scratch[x + 1];
    tokens.sentence[k] = scratch[x + 2];
    tokens.word[k] = scratch[x + 3];
  }
  // the scratch of a very long text is not kept
  if (scratch.length > 4 * SCRATCH_TOKENS) scratch = new Int32Array(4 * SCRATCH_TOKENS);
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
