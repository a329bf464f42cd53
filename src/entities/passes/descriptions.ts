// "المنظمة", "دول المنظمة", "التكتل الذي تقوده موسكو": descriptions that stand for the organisation the article is about;
// "الحركة": for the movement it names.
import { addHit, type Ctx } from '../context.js';
import { loadDescriptions, type DescriptionPhrase, type LedBy } from '../descriptions.js';
import type { LoadedEntry } from '../gazetteer.js';
import { ARTICLE } from '../../text/clitics.js';
import { NISBA } from '../../text/morphology.js';

/** A definite nisba adjective, masculine or feminine ("الدولية", "الأطلسي"). */
const DEFINITE_NISBA = new RegExp(`^${ARTICLE}.{2,}(?:${NISBA.feminine}|${NISBA.masculine})$`, 'u');

/**
 * A description of an organisation becomes a mention of the organisation the article is about
 * (its most mentioned organisation of an organisation kind, earliest on ties); with none named,
 * only a description marked default ("التكتل الذي تقوده موسكو") names the default one, the CSTO. A
 * description whose words name one ("دول الأمن الجماعي") is that one, whatever the article is about; one that
 * stands for one of several ("الحركة": the Taliban, Hamas ...) is the one of them the article mentions most.
 */
export function descriptionsOfOrganisations(ctx: Ctx): void {
  const { c, toks, covered, join } = ctx;
  const d = loadDescriptions();
  const subject = mostMentioned(ctx, (e) => e.type === 'ORG' && !!e.kind && d.kinds.has(e.kind));
  // the one a description of several stands for, found once per description, as the subject is
  const chosen = new Map<DescriptionPhrase, number>();
  const oneOf = (p: DescriptionPhrase, among: Set<string>): number => {
    let entry = chosen.get(p);
    if (entry === undefined) chosen.set(p, (entry = mostMentioned(ctx, (e) => among.has(e.id))));
    return entry;
  };
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    if (covered[i] >= 0) continue;
    const v = toks[i].w.descriptionStart;
    if (!v) continue;
    const phrase = longestAt(ctx, i, d.byFirst.get(v.key) ?? []);
    const led = d.ledBy?.heads.has(v.key) ? ledByLength(ctx, i, d.ledBy) : 0;
    const p = led > (phrase?.words.length ?? 0) ? LED_BY : phrase;
    if (!p) continue;
    // the default organisation is looked for among the entries only in the rare article that needs it
    const entry = p.names ? c.entries.indexOf(p.names)
      : p.among ? oneOf(p, p.among)
      : subject >= 0 ? subject : p.fallback ? c.entries.indexOf(d.defaultId) : -1;
    const tj = i + (p === LED_BY ? led : p.words.length) - 1;
    if (entry < 0) { i = tj; continue; }
    // "المنظمة الدولية للهجرة": an adjective after a bare description makes it another organisation
    const nx = tj + 1;
    if (tj === i && nx < n && join[tj] && covered[nx] < 0 && DEFINITE_NISBA.test(toks[nx].f)) continue;
    addHit(ctx, { ti: i, tj, s: toks[i].start + v.cut, e: toks[tj].end, entry, kind: 'pattern', method: 'description', confidence: 0.7 });
    i = tj;
  }
}

/** A bloc by who leads it ("تحالفا أمنيا تقوده روسيا", data led_by) is a description marked default. */
const LED_BY: DescriptionPhrase = { words: [], fallback: true, names: undefined, among: undefined };

/** How many tokens from i a bloc by who leads it takes (its head at i, then an adjective and a relative pronoun if any, then a leader); 0 if none. */
function ledByLength(ctx: Ctx, i: number, led: LedBy): number {
  const { toks, join } = ctx;
  const n = toks.length;
  let j = i + 1;
  if (j < n && join[j - 1] === 1 && led.adjectives.has(toks[j].f)) j++;
  if (j < n && join[j - 1] === 1 && led.relatives.has(toks[j].f)) j++;
  for (const words of led.leaders) {
    let k = 0;
    while (k < words.length && j + k < n && join[j + k - 1] === 1 && toks[j + k].f === words[k]) k++;
    if (k === words.length) return j + k - i;
  }
  return 0;
}

/** The longest description starting at token i, among those of its first word (clitics off), longest first. */
function longestAt(ctx: Ctx, i: number, phrases: DescriptionPhrase[]): DescriptionPhrase | null {
  const { toks, join } = ctx;
  for (const p of phrases) {
    if (i + p.words.length > toks.length) continue;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = join[i + k - 1] === 1 && toks[i + k].f === p.words[k];
    if (ok) return p;
  }
  return null;
}

/** The entry `is` holds for that the article mentions most, earliest on ties; -1 if none. */
function mostMentioned(ctx: Ctx, is: (e: LoadedEntry) => boolean): number {
  const count = new Map<number, number>();
  const first = new Map<number, number>();
  for (const h of ctx.hits) {
    if (h.dropped || h.entry < 0 || !is(ctx.c.entries.get(h.entry))) continue;
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
