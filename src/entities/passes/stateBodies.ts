// "الحكومة الأفغانية", "وزارة الصحة في قرغيزستان", "مجلس الأمن الأرميني": a national body that no
// gazetteer entry names, from its head phrase (data/entities/state_bodies.json) and its country.
import { addHit, type Ctx, type Hit } from '../context.js';
import { hasArticle } from '../../text/clitics.js';
import { NISBA, NOUN } from '../../text/morphology.js';
import type { LoadedEntry } from '../gazetteer.js';
import { loadStateBodies, type BodyPhrase } from '../stateBodies.js';
import { describesWordBefore } from '../adjectivePhrase.js';
import { foldKey } from '../../text/normalize.js';

/**
 * The pass: each head phrase followed by its country's nisba, its name or its capital's, or في and one of those; a body
 * marked alone with no country ("وأفادت اللجنة الانتخابية"), the country named last before it.
 */
export function stateBodies(ctx: Ctx): void {
  const { byFirst, inWords } = loadStateBodies();
  const { toks, covered } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] >= 0) continue;
    const v = toks[i].w.bodyStart;
    if (!v) continue;
    for (const p of byFirst.get(v.key)!) {
      const j = headEnd(ctx, i, p);
      // "السياسة الخارجية الروسية": an adjective, not the ministry
      if (j < 0 || (p.words.length === 1 && v.cut === 0 && describesWordBefore(ctx, i))) continue;
      const country = countryAfter(ctx, j + 1, inWords, p.words[p.words.length - 1]);
      if (!country) {
        // a country right after it that it does not take ("حكومة أفغانية شاملة") says it is no such body of another
        const before = p.alone && !countryHitAt(ctx, j + 1) ? countryBefore(ctx, i) : null;
        if (!before) continue;
        addBody(ctx, i, v.cut, p, before.entry, j);
        i = j;
        break;
      }
      // "حرس الحدود القرغيزيين والطاجيكيين": the bodies of two countries, left to their nisbas
      if (coordinatedNisba(ctx, country.tj + 1)) continue;
      addBody(ctx, i, v.cut, p, country.entry, country.tj);
      i = country.tj;
      break;
    }
  }
}

/**
 * The country named last before token i, by its name: a nisba describes more often what is not the
 * state's ("نقلت وكالات الأنباء الروسية عن اللجنة الانتخابية" after an election in Belarus).
 */
function countryBefore(ctx: Ctx, i: number): Hit | null {
  for (let k = i - 1; k >= 0; k--) {
    const h = countryHitAt(ctx, k) ?? bodyCountryAt(ctx, k);
    if (h && h.kind !== 'nisba') return h;
  }
  return null;
}

/** A national body found before, ending at token k ("أعلنت المعارضة في قيرغيزستان"): its hit covers its country's, with that country's entry. */
function bodyCountryAt(ctx: Ctx, k: number): Hit | null {
  const h = ctx.covered[k] >= 0 ? ctx.hits[ctx.covered[k]] : null;
  const iso2 = h?.tj === k ? h.unknown?.derived?.country : undefined;
  const entry = iso2 === undefined ? undefined : ctx.c.countryByIso.get(iso2);
  return entry === undefined ? null : { ...h!, entry };
}

/** The last token of the phrase's words from token i, or -1. */
function headEnd(ctx: Ctx, i: number, p: BodyPhrase): number {
  for (let x = 1; x < p.words.length; x++) {
    const k = i + x;
    if (k >= ctx.toks.length || !ctx.join[k - 1] || ctx.covered[k] >= 0 || ctx.toks[k].f !== p.words[x]) return -1;
  }
  return i + p.words.length - 1;
}

/** A nisba after a feminine head is feminine. */
const agrees = (head: string, nisba: string): boolean => !head.endsWith(NOUN.feminine) || nisba.endsWith(NISBA.feminine);

/**
 * The country hit right after the head, or after في. The phrase is definite as "الحكومة الأفغانية",
 * "وزارة الصحة في قرغيزستان" (a nisba agrees with it, في follows it) or "حكومة أفغانستان" (the name
 * makes it definite); "حكومة أفغانية شاملة" is an Afghan government, not the Government of Afghanistan.
 * After a feminine head the nisba is feminine: "الخارجية الروسية" is the ministry, "(وزير) الخارجية الروسي"
 * the minister's title.
 */
function countryAfter(ctx: Ctx, k: number, inWords: Set<string>, head: string): Hit | null {
  const { toks, join } = ctx;
  if (k >= toks.length || !join[k - 1]) return null;
  // the article behind a conjunction too ("والصناعة" of "وزارة التجارة والصناعة")
  const headDefinite = hasArticle(head);
  const at = countryHitAt(ctx, k) ?? capitalStateAt(ctx, k);
  if (at?.kind === 'nisba') return headDefinite && hasArticle(toks[k].f) && agrees(head, toks[k].f) ? at : null;
  if (at) return headDefinite ? (inWords.has(proclitic(ctx, k, at)) ? at : null) : at;
  return headDefinite && inWords.has(toks[k].f) && k + 1 < toks.length && join[k] ? countryHitAt(ctx, k + 1) ?? capitalStateAt(ctx, k + 1) : null;
}

/** A capital standing for its state ("شرطة يريفان", "الحكومة في كابول"): its hit, with its country's entry. */
function capitalStateAt(ctx: Ctx, k: number): Hit | null {
  const h = ctx.covered[k] >= 0 ? ctx.hits[ctx.covered[k]] : null;
  if (!h || h.ti !== k || h.entry < 0) return null;
  const e = ctx.c.entries.get(h.entry);
  const country = e.type === 'PLACE' && e.kind === 'capital' && e.country ? ctx.c.countryByIso.get(e.country) : undefined;
  return country === undefined ? null : { ...h, entry: country };
}

/** The folded letters of token k before the hit that starts in it ("ب" of "بقرغيزستان"; "" when none). */
function proclitic(ctx: Ctx, k: number, h: Hit): string {
  const start = ctx.toks[k].start;
  return h.s > start ? foldKey(ctx.t.span(start, h.s).text) : '';
}

/** A country nisba with a conjunction on it ("والطاجيكيين"). */
function coordinatedNisba(ctx: Ctx, k: number): boolean {
  const h = k < ctx.toks.length ? countryHitAt(ctx, k) : null;
  return h !== null && h.kind === 'nisba' && h.s > ctx.toks[k].start;
}

function countryHitAt(ctx: Ctx, k: number): Hit | null {
  const h = ctx.covered[k] >= 0 ? ctx.hits[ctx.covered[k]] : null;
  if (!h || h.ti !== k || h.entry < 0) return null;
  const e = ctx.c.entries.get(h.entry);
  return e.type === 'PLACE' && e.kind === 'country' && e.country ? h : null;
}

/**
 * The body's hit over the head and the country (tokens i to last); the country's own hit stays a mention of it. A body
 * the gazetteer has under that English name ("State Committee for National Security of Tajikistan")
 * is its entry.
 */
function addBody(ctx: Ctx, i: number, cut: number, p: BodyPhrase, country: number, last: number): void {
  const { toks, t } = ctx;
  const e = ctx.c.entries.get(country);
  const iso2 = e.country!;
  const name = bodyName(p, e);
  if (name === null) return;
  const s = toks[i].start + cut;
  const span = { ti: i, tj: last, s, e: toks[last].end, kind: 'pattern' as const, method: 'pattern' as const, confidence: 0.7 };
  const entry = ctx.c.orgByName.get(name);
  if (entry !== undefined) { addHit(ctx, { ...span, entry }); return; }
  const surface = t.span(s, toks[last].end).text;
  addHit(ctx, { ...span, entry: -1, unknown: { type: 'ORG', key: `${p.id}:${iso2}`, surface, derived: { id: `org:${p.id}:${iso2.toLowerCase()}`, name, kind: p.kind, country: iso2, iso3: e.iso3 } } });
}

/** The body's English name for the country: {country} its name, {demonym} its adjective; null when it has none. */
function bodyName(p: BodyPhrase, e: LoadedEntry): string | null {
  if (p.name.includes('{demonym}') && !e.demonym) return null;
  return p.name.replace('{country}', e.name).replace('{demonym}', e.demonym ?? '');
}
