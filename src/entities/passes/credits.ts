// "(الفرنسية)", "(الأوروبية)" after a photo caption or a paragraph: a nisba alone in parentheses credits a
// news agency (AFP, EPA), it names no state.
import { removeHit, type Ctx, type Hit } from '../context.js';

/** A nisba that is all a pair of parentheses holds is dropped. */
export function agencyCredits(ctx: Ctx): void {
  const { hits } = ctx;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.dropped || h.kind !== 'nisba' || h.ti !== h.tj) continue;
    if (aloneInParentheses(ctx, h)) removeHit(ctx, k);
  }
}

/** Whether a pair of parentheses holds the hit and nothing else. */
export function aloneInParentheses(ctx: Ctx, h: Hit): boolean {
  const { toks, t } = ctx;
  const after = h.tj + 1 < toks.length ? t.text.slice(toks[h.tj].end, toks[h.tj + 1].start) : t.text.slice(toks[h.tj].end);
  if (!/^\s*\)/u.test(after)) return false;
  const before = h.ti > 0 ? t.text.slice(toks[h.ti - 1].end, toks[h.ti].start) : t.text.slice(0, toks[h.ti].start);
  return /\(\s*$/u.test(before);
}
