// An unknown person found as "X Y" is later "Y".
import { addHit, type Ctx } from '../context.js';
import { variants } from '../variants.js';

/** An unknown person found as "X Y" is later "Y". */
export function unknownSurnames(ctx: Ctx): void {
  const { c, toks, covered, hits } = ctx;
  const last = new Map<string, number>();
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.dropped || h.unknown?.type !== 'PERSON' || h.tj === h.ti) continue;
    const f = toks[h.tj].f;
    if (f.length >= 3 && !c.nameParts.has(f) && !last.has(f)) last.set(f, k);
  }
  if (!last.size) return;
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] >= 0) continue;
    const vars = toks[i].w.clitic ? variants(toks[i].f, c.stop, 3) : null;
    for (let q = 0, nv = vars ? vars.length : 1; q < nv; q++) {
      const k = last.get(vars ? vars[q].key : toks[i].f);
      if (k === undefined || hits[k].s > toks[i].start) continue;
      const src = hits[k];
      addHit(ctx, {
        ti: i, tj: i, s: toks[i].start + (vars ? vars[q].cut : 0), e: toks[i].end, entry: -1, kind: 'corefUnknown', method: 'coreference', confidence: 0.55,
        unknown: src.unknown,
      });
      break;
    }
  }
}
