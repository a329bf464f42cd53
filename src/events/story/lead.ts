// A headline names its event in a few words ("قمة منظمة معاهدة الأمن الجماعي"); the lead sentences
// after it report the same happening with its sides, date and place. The article's main record is
// that fuller report.
import type { Raw } from '../record.js';

/** How many sentences after the headline's may report its event again. */
const LEAD_SENTENCES = 2;

const actorIds = (r: Raw): Set<string> =>
  new Set([...r.rec.source, ...r.rec.recipient, ...r.rec.participants, ...r.rec.chair, ...r.rec.invited].map((a) => a.entity));

/** What a record says of its happening: its named actors, a date, a place. */
function detail(r: Raw): number {
  return actorIds(r).size + (r.rec.date ? 1 : 0) + (r.rec.location ? 1 : 0) + (r.rec.source.length ? 1 : 0);
}

/**
 * The record of the next sentences that reports the headline event again: of the same type, not
 * negated, with an actor the headline names, and more detail; else the headline's own. (A headline's
 * tense often differs from its lead's: "سيشاركون في قمة" above "القمة التي تعقد".)
 */
export function fullerLeadReport(raws: Raw[], headline: Raw): Raw {
  const s0 = headline.rec.sentence.index;
  const named = actorIds(headline);
  let best = headline;
  for (const r of raws) {
    const s = r.rec.sentence.index;
    if (s <= s0 || s > s0 + LEAD_SENTENCES || r.background || r.anaphoric) continue;
    if (r.rec.type !== headline.rec.type || r.rec.status === 'negated') continue;
    const ids = actorIds(r);
    if (named.size && ![...named].some((id) => ids.has(id))) continue;
    if (detail(r) > detail(best)) best = r;
  }
  return best;
}
