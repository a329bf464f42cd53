// "(الفرنسية)", "(الأوروبية)" after a photo caption or a paragraph: a nisba alone in parentheses credits a
// news agency (AFP, EPA), it names no state.
import { removeHit, type Ctx } from '../context.js';

/** A nisba that is all a pair of parentheses holds is dropped. */
export function agencyCredits(ctx: Ctx): void {
  const { hits, toks, t } = ctx;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.dropped || h.kind !== 'nisba' || h.ti !== h.tj) continue;
    const before = h.ti > 0 ? t.text.slice(toks[h.ti - 1].end, toks[h.ti].start) : t.text.slice(0, toks[h.ti].start);
    const after = h.tj + 1 < toks.length ? t.text.slice(toks[h.tj].end, toks[h.tj + 1].start) : t.text.slice(toks[h.tj].end);
    if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) removeHit(ctx, k);
  }
}
