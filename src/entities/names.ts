// Whether a word can be part of a person's or an organisation's name.
import { ABSORBED_ARTICLE, ARTICLE } from '../text/clitics.js';
import type { Ctx } from './context.js';

export function isNameToken(ctx: Ctx, i: number, first: boolean): boolean {
  const { c, toks } = ctx;
  const f = toks[i].f;
  // the given name علي, spelt with ي, is not the preposition على, which folding makes the same word
  const written = c.stopwordNames.get(f);
  const name = written !== undefined && ctx.t.text.slice(toks[i].start, toks[i].end) === written;
  if (f.length < 2 || (toks[i].w.stop && !name) || /[0-9]/.test(f)) return false;
  // "للصحفيين": ل + the article is "for the ...", never a name
  if (f.startsWith(ABSORBED_ARTICLE)) return false;
  // the article; but أليكسي, ألكسندر (a hamza on the alef) start foreign given names
  if (first && f.startsWith(ARTICLE) && !c.nameParts.has(f) && !c.articleLookalikes.some((a) => ctx.t.text.startsWith(a, toks[i].start))) return false;
  if (first && c.nameParts.has(f) && !c.leadingNameParts.has(f)) return false;
  if (c.titles.has(f) || c.complements.has(f)) return false;
  // inside a name, the article as written (not the آ of "آلن", nor فال of "فالون") only after عبد, أبو ... ("عبد
  // الرشيد") or in a part such as الدين: "إحدى الجمهوريات", "قيادة المناورات" are no names
  if (!first && ctx.t.text.startsWith(ARTICLE, toks[i].start) && !c.nameParts.has(f) && !c.leadingNameParts.has(toks[i - 1].f)) return false;
  return true;
}

/** The words of the name on tokens a..b that count toward its length: not its parts (عبد, الدين). */
export function nameWordCount(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  for (let x = a; x <= b; x++) if (!ctx.c.nameParts.has(ctx.toks[x].f)) n++;
  return n;
}

/** The folded key of the name on tokens a..b. */
export function nameKey(ctx: Ctx, a: number, b: number): string {
  let key = ctx.toks[a].f;
  for (let x = a + 1; x <= b; x++) key += ' ' + ctx.toks[x].f;
  return key;
}
