// Clitic variants of a folded word: the word, and the word without a proclitic ("وبموسكو" → "موسكو").
import { ARTICLE, hasConjunction, PROCLITICS } from '../text/clitics.js';
import type { Compiled } from './compile.js';

/** The proclitics a name can stand behind: no article of their own (the name's key keeps it) and no future prefix. */
const NAME_PROCLITICS = PROCLITICS.filter((p) => p.article !== 'written' && !p.future);

export interface Variant {
  key: string;
  /** Characters of the token before the name starts. */
  cut: number;
}

export function variants(f: string, stop: Set<string>, minRest = 3): Variant[] {
  const out: Variant[] = [{ key: f, cut: 0 }];
  if (stop.has(f)) return out;
  for (const { form, article } of NAME_PROCLITICS) {
    if (f.length - form.length < minRest || !f.startsWith(form)) continue;
    const rest = f.slice(form.length);
    out.push({ key: article === 'absorbed' ? ARTICLE + rest : rest, cut: form.length });
  }
  return out;
}

/** The shortest rest a clitic may leave when a pass looks a token up in a word set (context.ts variantIn). */
export const LOOKUP_MIN_REST = 2;

/**
 * The first of variants(f, stop, minRest) whose key is in `set`, as variants().find would give it,
 * without making the others: passes ask this of every token.
 */
export function variantInSet(f: string, stop: Set<string>, minRest: number, set: Set<string>): Variant | undefined {
  if (set.has(f)) return { key: f, cut: 0 };
  if (stop.has(f)) return undefined;
  for (const { form, article } of NAME_PROCLITICS) {
    if (f.length - form.length < minRest || !f.startsWith(form)) continue;
    const rest = f.slice(form.length);
    const key = article === 'absorbed' ? ARTICLE + rest : rest;
    if (set.has(key)) return { key, cut: form.length };
  }
  return undefined;
}

export function isStop(c: Compiled, f: string): boolean {
  if (c.stop.has(f)) return true;
  if (hasConjunction(f) && f.length > 3 && c.stop.has(f.slice(1))) return true;
  return false;
}
