// Decades: "التسعينيات", "تسعينات القرن الماضي", "في الثمانينيات من القرن العشرين" -> "199", "198".
import type { Cand, Ctx } from '../candidate.js';
import { alt, key, TABLES } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { ABSORBED_ARTICLE, ARTICLE, cliticClass } from '../../text/clitics.js';

const { decade: DEC, of: OF } = TABLES.markers;
/** A decade's tens word (the number table's tens in -ين: تسعين) -> its digit (9). */
const TENS = new Map([...TABLES.numbers.words].filter(([w, v]) => v >= 20 && v <= 90 && w.endsWith(DEC.tensEnding)).map(([w, v]) => [w, v / 10]));
/** The decade words: a tens word and an ending. */
const DECADE_WORDS = [...TENS.keys()].flatMap((t) => DEC.endings.map((e) => t + e));
const DECADE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<pre>${cliticClass('wa', 'fa', 'bi')}?(?:${ARTICLE})?|${ABSORBED_ARTICLE})(?<dec>${alt(TENS.keys())})(?:${alt(DEC.endings)})(?![\\p{L}\\p{M}])(?: +(?:${OF} +)?(?:${ARTICLE})?${DEC.centuryWord} +(?<c>${alt(DEC.centuries.keys())}))?`, 'gu');
/** anchored on the decade word ("وال" / "لل" before it) */
const DECADE = new AnchoredScanner(DECADE_RE, { words: DECADE_WORDS }, 4);

export function parseDecades(ctx: Ctx, out: Cand[]): void {
  for (let m = DECADE.first(ctx); m; m = DECADE.next()) {
    const g = m.groups!;
    const century = g.c === undefined ? DEC.defaultLeadingDigits : DEC.centuries.get(key(g.c))!;
    const pre = g.pre;
    // the clitics و ف ب stay out of the mention, the article stays in: "التسعينيات", "والتسعينيات" -> "التسعينيات"
    const start = m.index + (pre.length === 1 || (pre.length === 1 + ARTICLE.length && pre.endsWith(ARTICLE)) ? 1 : 0);
    out.push({ start, end: m.index + m[0].length, rule: 'decade', kind: 'fixed', calendar: 'gregorian', value: `${century}${TENS.get(g.dec)}`, granularity: 'decade' });
  }
}
