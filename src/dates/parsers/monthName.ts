// Gregorian month names (all regional spellings, alone or paired "سبتمبر / أيلول",
// "13 كانون الثاني (يناير)") with an optional day before ("16 سبتمبر", "04/يونيو/2024", "الأول من
// أكتوبر"), or a range of days dated by its first ("10 – 11 يونيو"), a day and year after ("أغسطس 23, 2021"), a year after ("نوفمبر 2024",
// "سبتمبر من عام 2021", "1991م") or a direction ("يونيو الماضي").
import { isValidDate } from '../calendar.js';
import type { Cand, Ctx, Direction } from '../candidate.js';
import { alt, GREG_ALT, GREGORIAN_SUFFIX, HIJRI_SUFFIX, key, MOD_ALT, ORDINAL_ALT, SINGLE_YEAR_KEYWORD_ALT, TABLES } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { ARTICLE, cliticClass } from '../../text/clitics.js';

const MONTH_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?<pre>${cliticClass('wa', 'bi', 'li')}?)(?<mon>${GREG_ALT})(?![\\p{L}\\p{M}])`, 'gu');
/** anchored on the month name (a clitic before it) */
const MONTH = new AnchoredScanner(MONTH_RE, { words: TABLES.months.gregorian.keys() }, 2);
const PAIR_RE = new RegExp(`(?: *[/|\\\\-] *| *\\( *| +)(?<mon>${GREG_ALT})(?![\\p{L}\\p{M}])(?<close> *\\))?`, 'uy');
const { of: OF, monthWord: MONTH_WORD, monthParts, monthWordParts, dayRangeJoiners } = TABLES.markers;
const DAY_BEFORE_RE = new RegExp(`(?:(?<![\\p{N}:./])(?<d>\\d{1,2}) *(?:\\/ *|(?:${OF} +)?(?:${MONTH_WORD} +)?)|(?<![\\p{L}\\p{M}])(?<ord>${ORDINAL_ALT}) +${OF} +(?:${MONTH_WORD} +)?)$`, 'u');
/** The first day of a range before the day found ("10 – 11 يونيو", "10 و11 يونيو", "24 إلى 29 أغسطس"). */
const RANGE_START_RE = new RegExp(`(?<![\\p{N}:./])(?<d>\\d{1,2}) *(?:${alt(dayRangeJoiners)}) *$`, 'u');
const MDY_RE = new RegExp(` *(?<d>\\d{1,2})(?!\\p{N}) *,? *(?<y>[12]\\d{3})(?!\\p{N})(?<suf> *${GREGORIAN_SUFFIX})?`, 'uy');
const YEAR_AFTER_RE = new RegExp(`(?: *, *| *[-/] *| +|(?=\\d))(?:(?:${OF} +)?(?:${ARTICLE})?(?:${SINGLE_YEAR_KEYWORD_ALT}) +)?(?<y>[12]\\d{3})(?!\\p{N})(?<suf> *${GREGORIAN_SUFFIX})?`, 'uy');
const HIJRI_SUFFIX_RE = new RegExp(` *${HIJRI_SUFFIX}`, 'uy');
const MOD_AFTER_RE = new RegExp(` +(?<mod>${MOD_ALT})(?![\\p{L}\\p{M}])`, 'uy');
const MODIFIER_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:${cliticClass('wa', 'fa', 'bi')}?(?:${alt([...monthParts, ...monthWordParts])}) +)?(?:${cliticClass('wa', 'fa', 'bi', 'li')}?${MONTH_WORD} +)|${cliticClass('wa', 'fa', 'bi')}?(?:${alt(monthParts)}) +)$`, 'u');
/** A clitic before the part of a month or the month word, left out of the mention ("ومطلع شهر"), unless the letter starts the part itself ("بداية"). */
const CLITIC_FIRST_RE = new RegExp(`^${cliticClass('wa', 'fa', 'bi')}`, 'u');
const PART_WORDS = [...monthParts, ...monthWordParts, MONTH_WORD];
/** Written words that fold to a month's name but are none (أب, father). */
const OTHER_WORDS = TABLES.months.otherWords;
const cliticBefore = (s: string): boolean => CLITIC_FIRST_RE.test(s) && !PART_WORDS.some((p) => s.startsWith(p));

export function parseMonthNames(ctx: Ctx, out: Cand[]): void {
  const { f, x } = ctx;
  const G = TABLES.months.gregorian;
  let consumed = -1;
  for (let m = MONTH.first(ctx); m; m = MONTH.next()) {
    const g = m.groups!;
    const ms = m.index + g.pre.length;
    let end = m.index + m[0].length;
    if (ms < consumed) continue;
    const monKey = key(g.mon);
    const month = G.get(monKey)!;
    // "أب" (father) is never August; آب / اب may be
    if (OTHER_WORDS.has(x.slice(ms, ms + g.mon.length))) continue;
    let ambiguous = TABLES.months.ambiguous.has(monKey);
    // paired spelling of the same month
    PAIR_RE.lastIndex = end;
    const pm = PAIR_RE.exec(f);
    let paired = false;
    if (pm && G.get(key(pm.groups!.mon)) === month) {
      const partner = key(pm.groups!.mon);
      const partnerAt = end + pm[0].indexOf(pm.groups!.mon);
      if (!OTHER_WORDS.has(x.slice(partnerAt, partnerAt + pm.groups!.mon.length))) {
        end += pm[0].length;
        paired = true;
        if (!TABLES.months.ambiguous.has(partner)) ambiguous = false;
      }
    }
    let rule = 'month-name';
    // day before
    let start = ms;
    let day: number | undefined;
    const before = f.slice(Math.max(0, ms - 30), ms);
    const dm = DAY_BEFORE_RE.exec(before);
    if (dm) {
      const v = dm.groups!.d !== undefined ? Number(dm.groups!.d) : TABLES.numbers.ordinals.get(key(dm.groups!.ord));
      if (v !== undefined && v >= 1 && v <= 31) { day = v; start = ms - dm[0].length; }
      // a range of days is dated by its first
      const rm = day !== undefined && dm.groups!.d !== undefined ? RANGE_START_RE.exec(f.slice(Math.max(0, start - 12), start)) : null;
      if (rm && Number(rm.groups!.d) >= 1 && Number(rm.groups!.d) < day!) { day = Number(rm.groups!.d); start -= rm[0].length; rule = 'day-range'; }
    }
    let year: number | undefined;
    if (day === undefined) {
      MDY_RE.lastIndex = end;
      const md = MDY_RE.exec(f);
      if (md && Number(md.groups!.d) >= 1 && Number(md.groups!.d) <= 31) {
        day = Number(md.groups!.d); year = Number(md.groups!.y); end = MDY_RE.lastIndex; rule = 'month-day-year';
      }
    }
    if (year === undefined) {
      YEAR_AFTER_RE.lastIndex = end;
      const ym = YEAR_AFTER_RE.exec(f);
      if (ym) {
        HIJRI_SUFFIX_RE.lastIndex = YEAR_AFTER_RE.lastIndex;
        if (!HIJRI_SUFFIX_RE.test(f)) { year = Number(ym.groups!.y); end = YEAR_AFTER_RE.lastIndex; }
      }
    }
    // "مارس 5 ضغوط": an ambiguous month needs a day before, a year or a direction after ("مارس الماضي"), not a bare number after
    if (ambiguous && day === undefined && year === undefined && !paired) {
      MOD_AFTER_RE.lastIndex = end;
      if (!MOD_AFTER_RE.test(f)) continue;
    }
    consumed = end;
    const c: Cand = { start, end, rule, kind: 'abs', calendar: 'gregorian' };
    if (year !== undefined && day !== undefined) {
      if (!isValidDate(year, month, day)) continue;
      Object.assign(c, { y: year, m: month, d: day, granularity: 'day', rule: rule === 'month-name' ? 'day-month-year' : rule });
    } else if (year !== undefined) {
      Object.assign(c, { y: year, m: month, granularity: 'month', rule: 'month-year' });
    } else {
      let dir: Direction | undefined;
      MOD_AFTER_RE.lastIndex = end;
      const mod = MOD_AFTER_RE.exec(f);
      if (mod) { dir = TABLES.relative.modifiers.get(key(mod.groups!.mod)); c.end = end = MOD_AFTER_RE.lastIndex; }
      c.kind = 'rel';
      if (day !== undefined) {
        if (!isValidDate(2024, month, day)) continue;
        c.rel = { type: 'dayMonth', day, month };
        c.granularity = 'day';
        c.rule = rule === 'day-range' ? rule : 'day-month';
      } else {
        const mb = MODIFIER_BEFORE_RE.exec(f.slice(Math.max(0, start - 24), start));
        if (mb) c.start = start - mb[0].length + (cliticBefore(mb[0]) ? 1 : 0);
        c.rel = { type: 'monthName', month, dir };
        c.granularity = 'month';
        c.rule = dir ? 'month-name-relative' : 'month-name';
      }
    }
    out.push(c);
  }
}
