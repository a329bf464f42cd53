// English dates in Arabic pages, as site headers print them: "5th, March 2022 GMT", "5 March 2022",
// "March 5, 2022", "Mar. 5 2022". Only full dates (day, month, year): an English month name alone is
// too often part of an English title or name.
import { isValidDate } from '../calendar.js';
import type { Cand, Ctx } from '../candidate.js';
import { alt, TABLES } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';

const MON = alt(TABLES.months.english.keys());
const DAY = '(?<!\\p{N})\\d{1,2}(?:st|nd|rd|th)?';
const ENGLISH_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<d1>${DAY}) *,? +(?:of +)?(?<m1>${MON})|(?<m2>${MON})\\.? *,? +(?<d2>${DAY}))(?![\\p{L}]) *,? *(?<y>[12]\\d{3})(?![\\p{L}\\p{N}])`, 'gu');
/** anchored on the month name; a day with its suffix, a comma and "of" may come before it */
const ENGLISH = new AnchoredScanner(ENGLISH_RE, { words: TABLES.months.english.keys() }, 10);

/** Most Arabic pages have no Latin letter: one cheap scan spares the month-name search. */
const LATIN_RE = /[a-z]/;

export function parseEnglishDates(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  if (!LATIN_RE.test(f)) return;
  for (let m = ENGLISH.first(ctx); m; m = ENGLISH.next()) {
    const g = m.groups!;
    const month = TABLES.months.english.get(g.m1 ?? g.m2)!;
    const day = parseInt(g.d1 ?? g.d2, 10);
    const year = Number(g.y);
    if (!isValidDate(year, month, day)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'english-date', kind: 'abs', calendar: 'gregorian', y: year, m: month, d: day, granularity: 'day' });
  }
}
