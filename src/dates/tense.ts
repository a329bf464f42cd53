// Is the clause around a date about the past or the future? News reports default to
// the past; the future shows as سوف, a future verb (سيعقد، ستشارك), المقرر/المرتقب, or
// المقبل/القادم right after the date ("في 16 سبتمبر ... خلال القمة المقبلة").
import type { Ctx } from './candidate.js';
import { CONJUNCTIONS, FUTURE, letterClass, PRESENT_PREFIXES, withoutConjunction } from '../text/clitics.js';
import { NISBA } from '../text/morphology.js';
import { alt, TABLES } from './lexicon.js';

/** 'unmarked': no cue either way (read as past, except where the nearest date is the better guess). */
export type Tense = 'past' | 'future' | 'unmarked';
const R = TABLES.relative;
const WORD_RE = /[\p{L}\p{M}]+/gu;
/** Where the clause after a date ends: a comma, colon, quote or a word that opens another clause (أن, لأن, حيث). */
const CLAUSE_END_RE = new RegExp(`[,;:"]|(?<![\\p{L}])(?:${alt(R.clauseBreak)})(?![\\p{L}])`, 'u');
const FUTURE_VERB_RE = new RegExp(`^${letterClass(CONJUNCTIONS)}?(${FUTURE}${letterClass(PRESENT_PREFIXES)}\\p{L}{3,})$`, 'u');

export function isFutureWord(w: string): boolean {
  if (R.futureMarkers.has(w) || R.futureMarkers.has(withoutConjunction(w))) return true;
  const m = FUTURE_VERB_RE.exec(w);
  if (!m) return false;
  const v = m[1];
  if (v.endsWith(NISBA.feminine) || v.endsWith(NISBA.oblique_plural) || v.endsWith(NISBA.plural)) return false; // nisba adjectives
  return !R.futureVerbStop.some((s) => v.startsWith(s));
}
const isPastWord = (w: string): boolean => R.pastMarkers.has(w) || R.pastMarkers.has(withoutConjunction(w));

export function tenseAt(ctx: Ctx, start: number, end: number): Tense {
  const { f, t } = ctx;
  const s = t.sentences[t.sentenceAt(start)];
  const sStart = s ? s.start : 0, sEnd = s ? Math.max(s.end, end) : f.length;
  // after: up to 6 words, stopping at a clause break
  let after = f.slice(end, Math.min(sEnd, end + 80));
  const cut = after.search(CLAUSE_END_RE);
  if (cut >= 0) after = after.slice(0, cut);
  const aw = after.match(WORD_RE)?.slice(0, 6) ?? [];
  for (const w of aw) {
    if (isPastWord(w)) return 'past';
    if (R.futureMarkers.has(w)) return 'future';
  }
  // before: the nearest cue among the last 8 words of the clause
  let before = f.slice(Math.max(sStart, start - 100), start);
  const bcut = Math.max(before.lastIndexOf(':'), before.lastIndexOf('"'), before.lastIndexOf(';'));
  if (bcut >= 0) before = before.slice(bcut + 1);
  const bw = before.match(WORD_RE)?.slice(-8) ?? [];
  for (let i = bw.length - 1; i >= 0; i--) {
    if (isPastWord(bw[i])) return 'past';
    if (isFutureWord(bw[i])) return 'future';
  }
  return 'unmarked';
}
