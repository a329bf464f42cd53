// "الساعة 3:00 (مكة المكرمة)، 0:00 (غرينتش)", as Al Jazeera stamps its pages: a name alone in parentheses right
// after a clock time is the time zone the time is given in; it names no place of the report.
import { removeHit, type Ctx } from '../context.js';
import { aloneInParentheses } from './credits.js';

/** A clock time ("3:00", "22:48") and the opening parenthesis after it, at the end of the text before a name. */
const CLOCK_THEN_PAREN = /\p{N}{1,2}[:.]\p{N}{2}\s*\(\s*$/u;
/** How far back the clock time may begin, in characters. */
const LOOKBACK = 12;

export function clockTimeZones(ctx: Ctx): void {
  const { hits, toks, t } = ctx;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.dropped || !aloneInParentheses(ctx, h)) continue;
    const start = toks[h.ti].start;
    if (CLOCK_THEN_PAREN.test(t.text.slice(Math.max(0, start - LOOKBACK), start))) removeHit(ctx, k);
  }
}
