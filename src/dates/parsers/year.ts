// Years: "عام 2025", "العام 2019", "سنة 2020" (the keyword is part of the mention),
// "في 2021", "منذ 2014" (the preposition is not; after منذ whatever follows: "منذ 1994 بجذب"), "1991م"; "عامي 2021
// و2022" gives both years.
import type { Cand, Ctx } from '../candidate.js';
import { alt, GREGORIAN_SUFFIX, HIJRI_SUFFIX, TABLES, YEAR_KEYWORD_ALT } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { ABSORBED_ARTICLE, ARTICLE, CONJUNCTIONS, cliticClass, letterClass, PRESENT_PREFIX, WA, withoutConjunction } from '../../text/clitics.js';

const M = TABLES.markers;

const YEAR_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:(?<kwpre>${cliticClass('wa', 'fa', 'bi', 'li')}?(?:${ARTICLE})?|${ABSORBED_ARTICLE})(?<kw>${YEAR_KEYWORD_ALT}) *|(?<prep>${cliticClass('wa', 'fa')}?(?:${alt(M.yearPrepositions)})) +)?` +
  `(?<y>[12]\\d{3})(?!\\p{N}|[.\\/:-]\\p{N}| *[.\\/:-] *\\p{N})(?<suf> *${GREGORIAN_SUFFIX})?`, 'gu');
/** anchored on the four digits; before them at most "والسنه " / "وبحلول " */
const YEAR = new AnchoredScanner(YEAR_RE, '[12]\\d\\d\\d', 10);
/** the second year after a dual keyword: "عامي 2021 و2022", "بين عامي 1992 و 1994" */
const COORDINATED_RE = new RegExp(` *${WA} *(?<y>[12]\\d{3})(?![\\p{N}\\p{L}])(?<suf> *${GREGORIAN_SUFFIX})?`, 'uy');
const HIJRI_SUFFIX_RE = new RegExp(` *${HIJRI_SUFFIX}`, 'uy');
/** Words that may follow a year introduced only by a preposition ("في 2021، ..."). */
const AFTER_PREP_OK = new RegExp(
  `^(?: *(?:[,.;:)"'\\n-]|$)| +(?:${alt(M.afterYear)}|${ARTICLE}\\p{L}+|${letterClass(CONJUNCTIONS)}\\p{L}{3,}|${letterClass([PRESENT_PREFIX.ta, PRESENT_PREFIX.ya])}\\p{L}{2,})(?![\\p{L}\\p{M}]))`, 'u');

export function parseYears(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  for (let m = YEAR.first(ctx); m; m = YEAR.next()) {
    const g = m.groups!;
    const y = Number(g.y);
    const yEnd = m.index + m[0].length - (g.suf?.length ?? 0);
    HIJRI_SUFFIX_RE.lastIndex = yEnd;
    if (HIJRI_SUFFIX_RE.test(f)) continue;
    let start = m.index;
    let rule: string;
    if (g.kw !== undefined) {
      if (y < 1000) continue;
      // the clitics و ف ب ل stay out of the mention, the article stays in: "العام 2019", "وعام" -> "عام"
      const pre = g.kwpre;
      start += pre.length === 1 || (pre.length === 1 + ARTICLE.length && pre.endsWith(ARTICLE)) ? 1 : 0;
      rule = 'year-keyword';
    } else if (g.prep !== undefined) {
      if (y < 1800 || y > 2100) continue;
      if (!g.suf && !M.since.has(withoutConjunction(g.prep)) && !AFTER_PREP_OK.test(f.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      start = m.index + m[0].length - g.y.length - (g.suf?.length ?? 0);
      rule = 'year-preposition';
    } else if (g.suf) {
      rule = 'year-suffix';
    } else continue;
    out.push({ start, end: m.index + m[0].length, rule, kind: 'abs', calendar: 'gregorian', y, granularity: 'year' });
    if (M.yearDualKeywords.has(g.kw)) {
      COORDINATED_RE.lastIndex = m.index + m[0].length;
      const second = COORDINATED_RE.exec(f);
      if (second) {
        const end = second.index + second[0].length;
        out.push({ start: end - second.groups!.y.length - (second.groups!.suf?.length ?? 0), end, rule: 'year-coordinated', kind: 'abs', calendar: 'gregorian', y: Number(second.groups!.y), granularity: 'year' });
      }
    }
  }
}
