// Seasons: "الصيف", "خريف 2021", "الربيع الماضي" -> the year when the text gives it
// ("خريف 2021" -> "2021"), else a date the text gives no value for; "الربيع العربي" is none.
import type { Cand, Ctx } from '../candidate.js';
import { alt, MOD_ALT, TABLES, withoutArticle } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { ARTICLE, cliticClass } from '../../text/clitics.js';

const R = TABLES.relative;
const SEASON_WORDS = withoutArticle(R.seasons);
const SEASON_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<pre>${cliticClass('wa', 'fa', 'bi')}?)(?:${ARTICLE})?(?:${alt(SEASON_WORDS)})(?![\\p{L}\\p{M}])` +
  `(?: +(?<y>[12]\\d{3})(?!\\p{N})| +(?:${MOD_ALT})(?![\\p{L}\\p{M}]))?(?! +(?:${alt(R.seasonBlockers)})(?![\\p{L}\\p{M}]))`, 'gu');
/** anchored on the season word */
const SEASON = new AnchoredScanner(SEASON_RE, { words: SEASON_WORDS }, 3);

export function parseSeasons(ctx: Ctx, out: Cand[]): void {
  for (let m = SEASON.first(ctx); m; m = SEASON.next()) {
    const g = m.groups!;
    const start = m.index + g.pre.length;
    out.push({ start, end: m.index + m[0].length, rule: 'season', kind: 'fixed', calendar: 'gregorian', value: g.y ?? null, granularity: 'year' });
  }
}
