// "هذه الجمهورية السوفياتية السابقة", "الحقبة السوفيتية": the adjective of a state that no longer exists (a
// gazetteer country with `dissolved`) describes a past, it does not stand for that state acting or spoken
// of; its name ("الاتحاد السوفيتي") still does.
import { removeHit, type Ctx } from '../context.js';

export function pastStateNisbas(ctx: Ctx): void {
  const { hits, c } = ctx;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!h.dropped && h.kind === 'nisba' && h.entry >= 0 && c.entries.get(h.entry).dissolved !== undefined) removeHit(ctx, k);
  }
}
