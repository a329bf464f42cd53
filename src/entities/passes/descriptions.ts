// "المنظمة", "دول المنظمة", "التكتل الذي تقوده موسكو": descriptions that stand for the organisation the article is about.
import { addHit, hit, variantIn, type Ctx } from '../context.js';
import { loadDescriptions, type DescriptionPhrase } from '../descriptions.js';

/**
 * A description of an organisation becomes a mention of the organisation the article is about
 * (its most mentioned organisation of an organisation kind, earliest on ties); with none named,
 * only a description marked default ("التكتل الذي تقوده موسكو") names the default one, the CSTO.
 */
export function descriptionsOfOrganisations(ctx: Ctx): void {
  const { c, toks, covered, join } = ctx;
  const d = loadDescriptions();
  const subject = articleOrganisation(ctx, d.kinds);
  const fallback = c.entries.findIndex((e) => e.id === d.defaultId);
  const firsts = new Set(d.phrases.map((p) => p.words[0]));
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    if (covered[i] >= 0) continue;
    const v = variantIn(ctx, toks[i].f, firsts);
    if (!v) continue;
    const p = longestAt(ctx, i, v.key, d.phrases);
    if (!p) continue;
    const entry = subject >= 0 ? subject : p.fallback ? fallback : -1;
    const tj = i + p.words.length - 1;
    if (entry < 0) { i = tj; continue; }
    // "المنظمة الدولية للهجرة": an adjective after a bare description makes it another organisation
    const nx = tj + 1;
    if (p.words.length === 1 && nx < n && join[tj] && covered[nx] < 0 && /^ال.{2,}(يه|ي)$/u.test(toks[nx].f)) continue;
    addHit(ctx, { ti: i, tj, s: toks[i].start + v.cut, e: toks[tj].end, entry, kind: 'pattern', method: 'description', confidence: 0.7 });
    i = tj;
  }
}

/**
 * "الجانبين", "الطرفين" stand for the two sides named last before them: two people named in this
 * sentence or the two before (the sides of a meeting), else two actors in this sentence or the one
 * before; "البلدين" for the two countries. A mention each, on the same words; none with fewer than two.
 */
export function descriptionsOfSides(ctx: Ctx): void {
  const { toks, covered } = ctx;
  const d = loadDescriptions();
  const firsts = new Set(d.sides.map((p) => p.words[0]));
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] >= 0) continue;
    const v = variantIn(ctx, toks[i].f, firsts);
    if (!v) continue;
    const p = longestAt(ctx, i, v.key, d.sides);
    if (!p) continue;
    const tj = i + p.words.length - 1;
    const both = (p.countries ? null : lastTwoPeople(ctx, i)) ?? lastTwo(ctx, i, p.countries, d.notSides);
    if (both) {
      const s = toks[i].start + v.cut, e = toks[tj].end;
      addHit(ctx, { ti: i, tj, s, e, entry: both[0], kind: 'pattern', method: 'description', confidence: 0.6 });
      // pushed without claiming the words, which the first side holds
      ctx.hits.push(hit({ ti: i, tj, s, e, entry: both[1], kind: 'pattern', method: 'description', confidence: 0.6 }));
    }
    i = tj;
  }
}

/** The entries of the last two distinct people before token i, in its sentence or the two before, earlier first. */
function lastTwoPeople(ctx: Ctx, i: number): [number, number] | null {
  const { c, toks, covered, hits } = ctx;
  const found: number[] = [];
  for (let x = i - 1; x >= 0 && toks[x].sentence >= toks[i].sentence - 2 && found.length < 2; x--) {
    const k = covered[x];
    if (k < 0) continue;
    const h = hits[k];
    x = h.ti;
    if (h.entry >= 0 && h.method !== 'description' && c.entries[h.entry].type === 'PERSON' && !found.includes(h.entry)) found.push(h.entry);
  }
  return found.length === 2 ? [found[1], found[0]] : null;
}

/**
 * The entries of the last two distinct actors before token i (in its sentence or the one before),
 * earlier first: countries, organisations and people holding their own words (not a nisba inside
 * an organisation's name), a country not when a person follows it (his title: "نظيره الطاجيكي إمام
 * علي رحمن"); only countries when `countries`. Sides other than "البلدين" are no country
 * named by a nisba adjective ("الساحة الأفغانية") or as a place ("في أفغانستان", "بأفغانستان", "مع أفغانستان").
 */
function lastTwo(ctx: Ctx, i: number, countries: boolean, notSides: Set<string>): [number, number] | null {
  const { c, toks, covered, hits } = ctx;
  const sentence = toks[i].sentence;
  const found: number[] = [];
  let person = -1; // first token of the person found last, going back
  for (let x = i - 1; x >= 0 && toks[x].sentence >= sentence - 1 && found.length < 2; x--) {
    const k = covered[x];
    if (k < 0) continue;
    const h = hits[k];
    x = h.ti;
    if (h.entry < 0 || h.method === 'description') continue;
    const e = c.entries[h.entry];
    const country = e.type === 'PLACE' && e.kind === 'country';
    const side = countries ? country
      : e.type === 'PLACE' ? country && h.method !== 'nisba' && !locative(ctx, h.ti, h.s) && !(person >= 0 && person - h.tj <= 3)
      : !(e.type === 'ORG' && e.kind && notSides.has(e.kind));
    if (e.type === 'PERSON') person = h.ti;
    if (side && !found.includes(h.entry)) found.push(h.entry);
  }
  return found.length === 2 ? [found[1], found[0]] : null;
}

/** A place after في, ب or مع ("حدودها مع أفغانستان"): where, not who. */
function locative(ctx: Ctx, ti: number, s: number): boolean {
  const { toks } = ctx;
  const f = toks[ti].f;
  if (s > toks[ti].start && /^و?ب/u.test(f)) return true;
  return ti > 0 && toks[ti - 1].sentence === toks[ti].sentence && /^و?(?:في|مع)$/u.test(toks[ti - 1].f);
}

/** The longest description starting at token i, whose first word (clitics off) is `first`. */
function longestAt(ctx: Ctx, i: number, first: string, phrases: DescriptionPhrase[]): DescriptionPhrase | null {
  const { toks, join } = ctx;
  for (const p of phrases) {
    if (p.words[0] !== first || i + p.words.length > toks.length) continue;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = join[i + k - 1] === 1 && toks[i + k].f === p.words[k];
    if (ok) return p;
  }
  return null;
}

/** The entry of the most mentioned organisation of the given kinds, earliest on ties; -1 if none. */
function articleOrganisation(ctx: Ctx, kinds: Set<string>): number {
  const count = new Map<number, number>();
  const first = new Map<number, number>();
  for (const h of ctx.hits) {
    if (h.dropped || h.entry < 0) continue;
    const e = ctx.c.entries[h.entry];
    if (e.type !== 'ORG' || !e.kind || !kinds.has(e.kind)) continue;
    count.set(h.entry, (count.get(h.entry) ?? 0) + 1);
    if (!first.has(h.entry) || h.s < first.get(h.entry)!) first.set(h.entry, h.s);
  }
  let best = -1;
  for (const [entry, k] of count) {
    const b = best < 0 ? -1 : count.get(best)!;
    if (k > b || (k === b && first.get(entry)! < first.get(best)!)) best = entry;
  }
  return best;
}
