// "وكالة «تاس» الروسية", "شبكة "إيه بي سي نيوز" الإخبارية الأمريكية", "122 مليون دولار أميركي": the adjective of a
// news outlet or a currency says where it comes from; it does not stand for the state (data/entities/patterns.json:
// outlet_words, outlet_name_words). "وكالة الحدود الأوكرانية" is a state's body: its adjective stays.
import { inSet, removeHit, type Ctx } from '../context.js';
import { patternWordSet } from '../lexicon.js';

/** The outlet word stands this many words before the adjective at most. */
const REACH = 6;
const LATIN = /[a-z]/;

export function outletNisbas(ctx: Ctx): void {
  const { hits } = ctx;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!h.dropped && h.kind === 'nisba' && describesOutlet(ctx, h.ti)) removeHit(ctx, k);
  }
}

/**
 * An outlet word before token i with only the outlet's name between, in one phrase (no comma): its name words, words
 * in quotation marks, Latin letters, or a news agency of the gazetteer.
 */
function describesOutlet(ctx: Ctx, i: number): boolean {
  const { toks, join, quoteGap } = ctx;
  const outlets = patternWordSet('outlet_words'), nameWords = patternWordSet('outlet_name_words');
  let quotes = 0;
  for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
    if (!join[j] && !quoteGap[j]) return false;
    quotes += quoteGap[j];
    const f = toks[j].f;
    if (inSet(ctx, f, outlets)) return true;
    if (quotes % 2 === 0 && !inSet(ctx, f, nameWords) && !LATIN.test(f) && !agencyAt(ctx, j)) return false;
  }
  return false;
}

/** Token j is part of a news agency the gazetteer knows ("نوفوستي"). */
function agencyAt(ctx: Ctx, j: number): boolean {
  const k = ctx.covered[j];
  const entry = k >= 0 ? ctx.hits[k].entry : -1;
  return entry >= 0 && ctx.c.entries.get(entry).kind === 'agency';
}
