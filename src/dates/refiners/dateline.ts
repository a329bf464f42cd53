// A dateline with a day and month but no year ("موسكو، 28 فبراير -", "(28 فبراير/سبوتنيك)"): the day
// the article was filed, never a future day, whatever the tense of the lead. It stays unresolved without
// an article date; with one it takes the latest such day on or before it (a few days' margin, as for any
// past day). Marks the candidate; resolve.ts reads the mark.
import type { Cand } from '../candidate.js';

/** The dateline sits on the first lines, before the lead's first words. */
const HEAD_CHARS = 200;
/** Before it on its line: nothing, or a place of up to three words and a comma or dash (or an opening bracket). */
const BEFORE_RE = /(?:^|\n)[ (]*(?:[\p{L}\p{M}]+(?: +[\p{L}\p{M}]+){0,2} *[،,\-–(] *)?$/u;
/** After it: a dash, a slash or a bracket before the story or the agency name. */
const AFTER_RE = /^ *[-–/)(]/u;

export function markDatelines(cands: Cand[], f: string): Cand[] {
  for (const c of cands) {
    if (c.start >= HEAD_CHARS || c.kind !== 'rel' || c.rel?.type !== 'dayMonth') continue;
    if (BEFORE_RE.test(f.slice(Math.max(0, c.start - 40), c.start)) && AFTER_RE.test(f.slice(c.end, c.end + 4))) c.dateline = true;
  }
  return cands;
}
