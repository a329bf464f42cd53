// Short forms and surnames ("بوتين", "الرئيس رحمون") linked to the entity they name.
import { removeHit, type Ctx, type Hit } from '../context.js';

function fullKinds(h: Hit): boolean {
  return !h.dropped && h.entry >= 0 && (h.kind === 'alias' || h.kind === 'partial' || h.kind === 'fuzzy' || h.kind === 'capital' || h.kind === 'acronym');
}

/** Short forms and surnames: link to the entity named in full in the document, or when unambiguous. */
export function resolveShortForms(ctx: Ctx): void {
  const { c, hits } = ctx;
  const fullAt = new Map<number, number>(); // entry -> first offset of a full mention
  for (const h of hits) if (fullKinds(h)) { const p = fullAt.get(h.entry); if (p === undefined || h.s < p) fullAt.set(h.entry, h.s); }
  hits.forEach((h, k) => {
    if (h.dropped || (h.kind !== 'short' && h.kind !== 'surname')) return;
    const cands = h.cands ?? [h.entry];
    // "حيدر علييف ... علييف": a short form goes to one whose surname it is when he is the one named in full
    const named = [...cands, ...(h.kin ?? [])].filter((x) => fullAt.has(x));
    let pick = -1;
    if (named.length === 1) pick = named[0];
    else if (named.length > 1) pick = named.reduce((a, b) => (Math.abs(fullAt.get(a)! - h.s) <= Math.abs(fullAt.get(b)! - h.s) ? a : b));
    else if (h.kind === 'short') {
      if (cands.length === 1) pick = cands[0];
      else {
        const current = cands.filter((x) => (c.entries.get(x).roles ?? []).some((r) => !r.to));
        if (current.length === 1) pick = current[0];
      }
    }
    if (pick < 0) { removeHit(ctx, k); return; }
    h.entry = pick;
    const before = fullAt.has(pick) && fullAt.get(pick)! < h.s;
    if (before) { h.method = 'coreference'; h.confidence = h.method === 'coreference' && h.kind === 'surname' ? 0.85 : 0.9; }
    else if (h.method !== 'fuzzy') h.confidence = h.kind === 'short' ? 0.8 : 0.7;
  });
}
