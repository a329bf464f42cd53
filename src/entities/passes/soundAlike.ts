// A person's name spelt as no list foresees, several letters and spaces off ("قرمان بك باقييف",
// "شوكت ميرز ياييف", "قربانغولي بيردي محمدوف"): its sound key is the key of one gazetteer name.
import { WA } from '../../text/clitics.js';
import { foldKey } from '../../text/normalize.js';
import type { Compiled } from '../compile.js';
import { addHit, removeHit, type Ctx } from '../context.js';
import { isNameToken } from '../names.js';
import { soundStep } from '../soundKey.js';

/** The most words a name spans. */
const MAX_WORDS = 5;

const WA_CODE = WA.charCodeAt(0);

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
  const e = c.entries.get(entry);
  return [e.name_ar, ...(e.aliases ?? [])].some((a) => a !== undefined && foldKey(a).startsWith(letter));
}

/** The last word and the person of the longest name from word i, its first word's key read up to `node`. */
function longestFrom(ctx: Ctx, node: number, i: number): { end: number; entry: number } | null {
  const { toks, join } = ctx;
  const { sound } = ctx.c;
  let best: { end: number; entry: number } | null = null;
  for (let j = i + 1; node >= 0 && j < toks.length && j < i + MAX_WORDS && join[j - 1] && isNameToken(ctx, j, false); j++) {
    node = soundStep(sound, node, toks[j].f);
    if (node >= 0 && sound.entry[node] >= 0 && takesOver(ctx, i, j)) best = { end: j, entry: sound.entry[node] };
  }
  return best;
}

/** Names of two words or more whose sound key is one person's, longer than the hits they cover. */
export function soundAlikeNames(ctx: Ctx): void {
  const { c, toks, covered, join } = ctx;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!join[i]) continue;
    // most words begin no name's key: the word table knows it (entities/words.ts)
    const { soundStart: whole, soundStartBare: bare } = toks[i].w;
    if ((whole < 0 && bare < 0) || !isNameToken(ctx, i, true)) continue;
    const f = toks[i].f;
    let cut = 0;
    let best = longestFrom(ctx, whole, i);
    const unglued = longestFrom(ctx, bare, i);
    if (unglued && (!best || unglued.end > best.end)) { best = unglued; cut = 1; }
    if (!best) continue;
    // و is a vowel letter the key drops: glued to a name no spelling of which begins with it, it is the conjunction
    if (cut === 0 && f.charCodeAt(0) === WA_CODE && f.length > 3 && !spelledWith(c, best.entry, WA)) cut = 1;
    for (let x = i; x <= best.end; x++) if (covered[x] >= 0) removeHit(ctx, covered[x]);
    addHit(ctx, { ti: i, tj: best.end, s: toks[i].start + cut, e: toks[best.end].end, entry: best.entry, kind: 'fuzzy', method: 'fuzzy', confidence: 0.7 });
    i = best.end;
  }
}
