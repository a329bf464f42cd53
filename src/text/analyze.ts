import { fold, normalize, originalSpan, toNormalized, type NormalizeOptions, type NormalizedText } from './normalize.js';
import { sentenceAt, splitSentences, tokenize, type Sentence, type Token } from './segment.js';

/** One document's text in every form the extractors need, sharing normalised offsets. */
export interface AnalyzedText {
  original: string;
  norm: NormalizedText;
  /** Normalised text (digits ASCII, no diacritics); offsets are normalised offsets. */
  text: string;
  /** `text` folded for matching (alef variants, ta marbuta, lower-case Latin); same offsets. */
  folded: string;
  sentences: Sentence[];
  tokens: Token[];
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
  return {
    original,
    norm,
    text,
    folded,
    sentences,
    tokens: tokenize(text, sentences, folded),
    span: (start, end) => originalSpan(norm, start, end),
    toNorm: (offset) => toNormalized(norm, offset),
    sentenceAt: (offset) => sentenceAt(sentences, offset),
  };
}
