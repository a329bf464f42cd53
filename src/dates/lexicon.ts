// Patterns compiled once at module load from the date tables.
import { ARTICLE, WA } from '../text/clitics.js';
import { loadDateTables } from './data.js';

export const TABLES = loadDateTables();

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Regex alternation of folded words, longest first, inner spaces as  + (or as `space`). */
export const alt = (words: Iterable<string>, space = ' +'): string =>
  [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, space)).join('|');
/** Lookup key for a matched phrase (inner whitespace collapsed). */
export const key = (s: string): string => s.replace(/\s+/g, ' ');

/** Left/right word boundaries for Arabic (JS \b is ASCII-only). */
export const LB = '(?<![\\p{L}\\p{M}\\p{N}])';
export const RB = '(?![\\p{L}\\p{M}\\p{N}])';
export const RBL = '(?![\\p{L}\\p{M}])';

const R = TABLES.relative;
const wordsOf = <K>(m: Map<string, K>, pred: (v: K) => boolean = () => true): string[] => [...m].filter(([, v]) => pred(v)).map(([k]) => k);

export const GREG_ALT = alt(TABLES.months.gregorian.keys());
export const HIJRI_ALT = alt(TABLES.months.hijri.keys());
export const WEEKDAY_ALT = alt(TABLES.weekdays.byName.keys());
export const MOD_ALT = alt(R.modifiers.keys());
export const NUMWORD_ALT = alt(TABLES.numbers.words.keys());
/** A number in words: "خمس", "أحد عشر", "خمسة وعشرين", "مئة وعشرين". */
export const NUMPHRASE = `(?:${NUMWORD_ALT})(?: +(?:${WA} *)?(?:${NUMWORD_ALT}))*`;
export const ORDINAL_ALT = alt(TABLES.numbers.ordinals.keys());
export const UNIT_ALT = alt(wordsOf(R.units));
export const UNIT_DUAL_ALT = alt(wordsOf(R.units, (u) => u.form === 'dual'));
export const UNIT_SING_ALT = alt(wordsOf(R.units, (u) => u.form === 'singular'));
/** Period words without their article: عام, سنه, شهر, اسبوع. */
/** Folded words without their article: "العام" -> "عام". */
export const withoutArticle = (words: Iterable<string>): string[] => [...words].map((w) => (w.startsWith(ARTICLE) ? w.slice(ARTICLE.length) : w));
export const PERIOD_STEM_WORDS = withoutArticle(R.periods.keys());
export const PERIOD_STEMS = alt(PERIOD_STEM_WORDS);
export const TZ_ALT = alt(R.tz.keys());

const M = TABLES.markers;
/** A year's keyword, single or dual: عام, سنه, عامي, سنتي. */
export const YEAR_KEYWORD_ALT = alt([...M.yearKeywords, ...M.yearDualKeywords]);
/** A year's single keyword before a year after a month: عام, سنه. */
export const SINGLE_YEAR_KEYWORD_ALT = alt(M.yearKeywords);
/** The era suffixes after a year: هـ (and its spellings), م. */
export const HIJRI_SUFFIX = `(?:${alt(M.eraSuffixes.hijri)})(?![\\p{L}\\p{M}])`;
export const GREGORIAN_SUFFIX = `(?:${alt(M.eraSuffixes.gregorian)})(?![\\p{L}\\p{M}])`;
/** "one" after a unit: عام واحد. */
export const ONE_ALT = alt(M.one);

/** Value of a number written in digits or words; null if not understood. */
export function numberValue(s: string): number | null {
  const t = s.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const words = t.split(/\s+/).filter((w) => w && w !== WA);
  let total = 0;
  let i = 0;
  while (i < words.length) {
    let w = words[i];
    if (!TABLES.numbers.words.has(w) && w.startsWith(WA)) w = w.slice(WA.length);
    const v = TABLES.numbers.words.get(w);
    if (v === undefined) return null;
    const next = words[i + 1];
    if (v < 10 && next !== undefined && TABLES.numbers.ten.has(next)) { total += 10 + v; i += 2; continue; }
    total += v;
    i++;
  }
  return total || null;
}
