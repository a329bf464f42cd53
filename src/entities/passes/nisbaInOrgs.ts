// "القوات الأمريكية", "وزارة الدفاع الروسية": the organisation also mentions its country.
import { CONF, hit, type Ctx } from '../context.js';

/**
 * A national body named with a nisba ("القوات الأمريكية", "وزارة الدفاع الروسية") also
 * mentions its country: the organisation keeps its span and the country gets the nisba word.
 */
export function nisbaInsideOrganisations(ctx: Ctx): void {
  const { c, toks, hits } = ctx;
  const found = hits.length;
  for (let k = 0; k < found; k++) {
    const h = hits[k];
    if (h.dropped || h.entry < 0 || h.ti === h.tj || c.entries.get(h.entry).type !== 'ORG') continue;
    // "وكالة الأنباء الفرنسية": a news agency's nisba is its name, not its state acting
    if (c.entries.get(h.entry).kind === 'agency' || c.entries.get(h.entry).kind === 'media') continue;
    for (let x = h.ti + 1; x <= h.tj; x++) {
      const nisba = c.root.get(toks[x].f)?.pays?.find((p) => p.kind === 'nisba');
      if (!nisba) continue;
      // pushed without claiming the tokens: they stay the organisation's
      hits.push(hit({ ti: x, tj: x, s: toks[x].start, e: toks[x].end, entry: nisba.entry, kind: 'nisba', method: 'nisba', confidence: CONF.nisba }));
    }
  }
}
