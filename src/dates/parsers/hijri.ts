// Hijri dates: "24 شوال 1445 هـ", "رمضان 1443", "1445/10/24 هـ" (numeric, see numeric.ts),
// "1445 هـ"; converted to Gregorian with the Umm al-Qura calendar.
import { fromDayNumber, hijriMonthStart, hijriToDayNumber, isoMonth, pad } from '../calendar.js';
import type { Cand, Ctx } from '../candidate.js';
import { HIJRI_ALT, HIJRI_SUFFIX, key, SINGLE_YEAR_KEYWORD_ALT, TABLES } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { ARTICLE, cliticClass } from '../../text/clitics.js';

const { of: OF, monthWord: MONTH_WORD } = TABLES.markers;
const HIJRI_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:(?<d>\\d{1,2}) *(?:${OF} +)?(?:${MONTH_WORD} +)?)?(?<pre>${cliticClass('wa', 'bi', 'li')}?)(?<mon>${HIJRI_ALT})(?![\\p{L}\\p{M}])` +
  `(?: *,? *(?:${OF} +)?(?:(?:${ARTICLE})?(?:${SINGLE_YEAR_KEYWORD_ALT}) +)?(?<y>1[3-6]\\d{2})(?!\\p{N}))?(?<suf> *${HIJRI_SUFFIX})?`, 'gu');
const HIJRI_YEAR_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:(?<kw>(?:${ARTICLE})?(?:${SINGLE_YEAR_KEYWORD_ALT})) +)?(?<y>1[3-6]\\d{2}) *${HIJRI_SUFFIX}`, 'gu');
/** anchored on the month name (a day "24 من شهر و" before it) and on the year */
const HIJRI = new AnchoredScanner(HIJRI_RE, { words: TABLES.months.hijri.keys() }, 13);
const HIJRI_YEAR = new AnchoredScanner(HIJRI_YEAR_RE, '1[3-6]\\d\\d', 8);

export function parseHijri(ctx: Ctx, out: Cand[]): void {
  for (let m = HIJRI.first(ctx); m; m = HIJRI.next()) {
    const g = m.groups!;
    if (g.y === undefined) continue; // "رمضان" alone (also a name: رمضان قديروف) is not dated
    const hy = Number(g.y), hm = TABLES.months.hijri.get(key(g.mon))!;
    const start = g.d === undefined ? m.index + g.pre.length : m.index;
    const end = m.index + m[0].length;
    if (g.d !== undefined) {
      const hd = Number(g.d);
      const n = hijriToDayNumber(hy, hm, hd);
      if (n === null) continue;
      const { y, m: mo, d } = fromDayNumber(n);
      out.push({ start, end, rule: 'hijri-day', kind: 'abs', calendar: 'hijri', hijri: `${hy}-${pad(hm)}-${pad(hd)}`, y, m: mo, d, granularity: 'day' });
    } else {
      const n = hijriMonthStart(hy, hm);
      if (n === null) continue;
      const { y, m: mo } = fromDayNumber(n);
      out.push({ start, end, rule: 'hijri-month', kind: 'fixed', calendar: 'hijri', hijri: `${hy}-${pad(hm)}`, value: isoMonth(y, mo), granularity: 'month' });
    }
  }
  for (let m = HIJRI_YEAR.first(ctx); m; m = HIJRI_YEAR.next()) {
    const hy = Number(m.groups!.y);
    const n = hijriMonthStart(hy, 1);
    if (n === null) continue;
    // the Gregorian year holding most of the Hijri year (its middle)
    const mid = fromDayNumber(n + 177);
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'hijri-year', kind: 'fixed', calendar: 'hijri', hijri: String(hy), value: String(mid.y), granularity: 'year' });
  }
}
