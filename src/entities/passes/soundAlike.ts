// A person's name spelt as no list foresees, several letters and spaces off ("قرمان بك باقييف",
// "شوكت ميرز ياييف", "قربانغولي بيردي محمدوف"): its sound key is the key of one gazetteer name.
import { PREPOSITIONS, WA } from '../../text/clitics.js';
import { foldKey } from '../../text/normalize.js';
import type { Compiled } from '../compile.js';
import { addHit, removeHit, type Ctx } from '../context.js';
import { isNameToken } from '../names.js';
import { keyBegins, soundTable, wordSoundKey } from '../soundKey.js';

/** The most words a name spans. */
const MAX_WORDS = 5;

/** The one-letter clitics a name's first word is also tried without. */
const CLITICS = new Set([WA, PREPOSITIONS.bi, PREPOSITIONS.li]);

/**
 * Whether the name on words i..end takes over the hits there: only hits inside it, shorter than it (a surname, a
 * place glued to a clitic, "بيردي محمدوف" of "قربانغولي بيردي محمدوف") or a guess of the fuzzy pass.
 */
function takesOver(ctx: Ctx, i: number, end: number): boolean {
  for (let x = i; x <= end; x++) {
    const k = ctx.covered[x];
    if (k < 0) continue;
    const h = ctx.hits[k];
    if (h.ti < i || h.tj > end || (h.tj - h.ti >= end - i && h.kind !== 'fuzzy')) return false;
  }
  return true;
}

/** Whether some spelling of a gazetteer entry's name begins with `letter`. */
function spelledWith(c: Compiled, entry: number, letter: string): boolean {
  const e = c.entries[entry];
  return [e.name_ar, ...(e.aliases ?? [])].some((a) => a !== undefined && foldKey(a).startsWith(letter));
}

/** Names of two words or more whose sound key is one person's, longer than the hits they cover. */
export function soundAlikeNames(ctx: Ctx): void {
  const { c, toks, covered, join } = ctx;
  const table = soundTable(c);
  if (!table.byKey.size) return;
  const n = toks.length;
  for (let i = 0; i + 1 < n; i++) {
    if (!join[i] || !isNameToken(ctx, i, true)) continue;
    const f = toks[i].f;
    let best: { end: number; entry: number; cut: number } | null = null;
    for (const cut of CLITICS.has(f[0]) && f.length > 3 ? [0, 1] : [0]) {
      let key = wordSoundKey(f.slice(cut));
      for (let j = i + 1; j < n && j < i + MAX_WORDS && join[j - 1] && isNameToken(ctx, j, false); j++) {
        key += wordSoundKey(toks[j].f);
        if (!keyBegins(table, key)) break;
        const entry = table.byKey.get(key);
        if (entry !== undefined && key.length >= table.minLetters && (!best || j > best.end) && takesOver(ctx, i, j)) best = { end: j, entry, cut };
      }
    }
    if (!best) continue;
    // و is a vowel letter the key drops: glued to a name no spelling of which begins with it, it is the conjunction
    if (best.cut === 0 && f[0] === WA && f.length > 3 && !spelledWith(c, best.entry, WA)) best.cut = 1;
    for (let x = i; x <= best.end; x++) if (covered[x] >= 0) removeHit(ctx, covered[x]);
    addHit(ctx, { ti: i, tj: best.end, s: toks[i].start + best.cut, e: toks[best.end].end, entry: best.entry, kind: 'fuzzy', method: 'fuzzy', confidence: 0.7 });
    i = best.end;
  }
}
