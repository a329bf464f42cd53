// "السياسة الخارجية الروسية" is Russian foreign policy, not the ministry "الخارجية الروسية": a word with the
// article that is a nisba, right after another word with the article, is that word's adjective.
import type { Ctx } from './context.js';
import { patternWordSet } from './lexicon.js';
import { hasArticle } from '../text/clitics.js';
import { NISBA } from '../text/morphology.js';

/**
 * Token i, a nisba with the article (and no proclitic before it), describes the word before it: that word has the article
 * and is no word an adjective never follows (patterns.json article_non_nouns: "أعلنت اليوم الخارجية الروسية");
 * "بيان الخارجية الروسية", "أعلنت الخارجية الروسية" name the ministry.
 */
export function describesWordBefore(ctx: Ctx, i: number): boolean {
  if (i === 0 || ctx.join[i - 1] !== 1) return false;
  const f = ctx.toks[i].f, before = ctx.toks[i - 1].f;
  return hasArticle(f) && f.endsWith(NISBA.feminine) && hasArticle(before) && !patternWordSet('article_non_nouns').has(before);
}
