// "الدبلوماسيون الروس", "جنود طاجيك": a broken plural names the state only as the adjective of a noun.
import { hasArticle, hasConjunction, withoutConjunction } from '../../text/clitics.js';
import { NISBA } from '../../text/morphology.js';
import { foldKey } from '../../text/normalize.js';
import type { Compiled } from '../compile.js';
import { removeHit, type Ctx } from '../context.js';
import { knownVerbs } from '../nonNames.js';

/**
 * A country's broken plural (a nisba form of the gazetteer not ending in ي: "روس", "أوزبك") stands for
 * the state only right after the noun it describes, both with the article or both without ("العسكريين
 * الأمريكان", "جنود طاجيك"). On its own it names people of a nation ("أعمال عنف بين الأوزبك والقرغيز",
 * "أن الأوزبك يخشون"), and is dropped; so is one joined by و to a dropped one.
 */
export function brokenPluralsAsAdjectives(ctx: Ctx): void {
  const { c, toks, hits, join } = ctx;
  const verbs = knownVerbs();
  const dropped = new Set<number>();
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.dropped || h.kind !== 'nisba' || h.ti !== h.tj || h.entry < 0) continue;
    const f = toks[h.ti].f;
    if (!brokenPlurals(c, h.entry).some((b) => f.endsWith(b))) continue;
    const prev = h.ti > 0 && join[h.ti - 1] ? toks[h.ti - 1] : null;
    const coordinated = hasConjunction(f);
    const adjective = prev !== null && !coordinated && !c.stop.has(prev.f) && !verbs.has(withoutConjunction(prev.f)) &&
      hasArticle(prev.f) === hasArticle(f);
    if (adjective || (coordinated && prev !== null && !dropped.has(h.ti - 1) && hits.some((x) => !x.dropped && x.kind === 'nisba' && x.tj === h.ti - 1))) continue;
    dropped.add(h.ti);
    removeHit(ctx, k);
  }
}

const BROKEN = new WeakMap<Compiled, Map<number, string[]>>();

/** The folded broken plurals among an entry's nisba forms. */
function brokenPlurals(c: Compiled, entry: number): string[] {
  let byEntry = BROKEN.get(c);
  if (!byEntry) BROKEN.set(c, (byEntry = new Map()));
  let list = byEntry.get(entry);
  if (!list) byEntry.set(entry, (list = (c.entries.get(entry).nisba ?? []).map(foldKey).filter((b) => b && !b.endsWith(NISBA.masculine))));
  return list;
}
