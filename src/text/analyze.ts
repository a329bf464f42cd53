import { fold, normalize, originalSpan, toNormalized, type NormalizeOptions, type NormalizedText } from './normalize.js';
import { WORDS } from './intern.js';
import { sentenceAt, splitSentences, tokenize, type Sentence, type Tokens } from './segment.js';

/** One document's text in every form the extractors need, sharing normalised offsets. */
export interface AnalyzedText {
  original: string;
  norm: NormalizedText;
  /** Normalised text (digits ASCII, no diacritics); offsets are normalised offsets. */
  text: string;
  /** `text` folded for matching (alef variants, ta marbuta, lower-case Latin); same offsets. */
  folded: string;
  sentences: Sentence[];
  tokens: Tokens;
  /** The generation of WORDS (intern.ts) the tokens' word indices belong to. */
  wordGeneration: number;
  /** Original-text span (text, start, end) of a normalised span. */
  span(start: number, end: number): { text: string; start: number; end: number };
  /** Normalised offset of an original offset (records carry original offsets, the engines work in normalised ones). */
  toNorm(offset: number): number;
  sentenceAt(offset: number): number;
}

export function analyze(original: string, options: Partial<NormalizeOptions> = {}): AnalyzedText {
  const norm = normalize(original, options);
  const text = norm.text;
  const sentences = splitSentences(text);
  const folded = fold(text);
  const tokens = tokenize(text, sentences, folded);
  return {
    original,
    norm,
    text,
    folded,
    sentences,
    tokens,
    wordGeneration: WORDS.generation,
    span: (start, end) => originalSpan(norm, start, end),
    toNorm: (offset) => toNormalized(norm, offset),
    sentenceAt: (offset) => sentenceAt(sentences, offset),
  };
}

/**
 * The index in WORDS of the word of token i. A text analysed before WORDS last started over (a caller
 * that keeps an AnalyzedText while analysing others) has its words looked up again rather than read
 * at indices that now hold other words.
 */
export function wordIndex(t: AnalyzedText, i: number): number {
  const k = t.tokens;
  return t.wordGeneration === WORDS.generation ? k.word[i] : WORDS.find(t.folded, k.start[i], k.end[i]);
}
