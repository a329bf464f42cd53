// "ووقعت دول المنظمة -التي تضم كلا من ...- أكثر من 20 وثيقة": a remark set off by dashes or put in
// parentheses interrupts a phrase without being part of it; a word the trigger needs after it (the
// signed document) is still the trigger's next word.
import type { Tok } from '../doc.js';

/** The longest remark looked for, in words: a dash further on closes something else. */
const MAX_REMARK = 30;
/** Fewer words in parentheses gloss the name before them ("(CSTO)", "(حكومة طالبان)"): part of the phrase. */
const MIN_REMARK = 3;
const OPEN_PAREN = 40;
const DASH = 45;

/**
 * If a remark of MIN_REMARK words or more opens right before token k (a dash after a space, or "("), the
 * index of its last token, closed before token `limit`: by a dash before a space or by ")". Otherwise null.
 */
export function remarkEnd(text: string, toks: readonly Tok[], k: number, limit: number): number | null {
  // most tokens: not right after "(" or "-"
  const before = text.charCodeAt(toks[k].start - 1);
  if (k < 1 || (before !== OPEN_PAREN && before !== DASH)) return null;
  const open = text.slice(toks[k - 1].end, toks[k].start);
  const paren = open.endsWith('(');
  if (!paren && !/\s-$/u.test(open)) return null;
  const close = paren ? /\)/u : /^-\s/u;
  for (let j = k; j < limit && j - k < MAX_REMARK; j++) {
    if (close.test(text.slice(toks[j].end, toks[j + 1].start))) return j - k + 1 >= MIN_REMARK ? j : null;
  }
  return null;
}
