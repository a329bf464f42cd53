// Dates: parsers find candidates (month names, numeric dates, years, Hijri dates,
// relative expressions, weekdays, durations, times, decades, English dates, weekdays in
// slashes or in a report), refiners merge and clean them (day words into dates, times onto
// dates, overlaps, year-less datelines), the article date is found,
// and relative and year-less candidates are resolved against it.
import type { AnalyzedText } from '../text/analyze.js';
import type { DateMention } from '../types.js';
import { parseIsoDay } from './calendar.js';
import type { Cand, Ctx } from './candidate.js';
import { parseDecades } from './parsers/decade.js';
import { parseDurations } from './parsers/duration.js';
import { parseEnglishDates } from './parsers/english.js';
import { parseHijri } from './parsers/hijri.js';
import { parseMonthNames } from './parsers/monthName.js';
import { parseNumericDates } from './parsers/numeric.js';
import { parseRelative } from './parsers/relative.js';
import { parseReportWeekdays } from './parsers/reportWeekday.js';
import { parseSlashWeekdays } from './parsers/slashWeekday.js';
import { parseTimes } from './parsers/time.js';
import { parseWeekdays } from './parsers/weekday.js';
import { parseYears } from './parsers/year.js';
import { findPublished } from './published.js';
import { markDatelines } from './refiners/dateline.js';
import { mergeDayWordsIntoDates } from './refiners/merge.js';
import { removeOverlaps } from './refiners/overlap.js';
import { attachTimes } from './refiners/time.js';
import { resolveCand } from './resolve.js';

export interface DateOptions {
  /** Article date from outside (--ref-date, NDJSON `published`), YYYY-MM-DD. */
  refDate?: string | null;
  /**
   * Join a clock time next to a full date into the date's mention (one mention,
   * granularity 'time', value 2021-08-23T15:22). Default false: the time is its own
   * mention with that value and the date keeps its day value.
   */
  joinTimes?: boolean;
}

export interface DateResult {
  dates: DateMention[];
  published: string | null;
  /** Where `published` came from: 'dateline', 'lead', 'ref-date'... */
  publishedBasis: string | null;
  warnings: string[];
}

type Parser = (ctx: Ctx, out: Cand[]) => void;
export const PARSERS: readonly Parser[] = [
  parseMonthNames, parseNumericDates, parseYears, parseHijri, parseRelative, parseWeekdays, parseDurations, parseTimes, parseDecades,
  parseEnglishDates, parseSlashWeekdays, parseReportWeekdays,
];

/** Parsers and refiners without resolution: candidates in text order (normalised offsets). */
export function findCandidates(t: AnalyzedText, options: DateOptions = {}): { ctx: Ctx; cands: Cand[] } {
  const ctx: Ctx = { t, x: t.text, f: t.folded };
  let cands: Cand[] = [];
  for (const p of PARSERS) p(ctx, cands);
  cands = mergeDayWordsIntoDates(cands, ctx.f);
  cands = removeOverlaps(cands);
  cands = attachTimes(cands, ctx.f, options.joinTimes === true);
  cands = markDatelines(cands, ctx.f);
  return { ctx, cands };
}

export function extractDates(t: AnalyzedText, options: DateOptions = {}): DateResult {
  const { ctx, cands } = findCandidates(t, options);
  const warnings: string[] = [];
  let published: string | null = null;
  let publishedBasis: string | null = null;
  let anchor: number | null = null;
  const ref = options.refDate ? parseIsoDay(options.refDate) : null;
  if (options.refDate && ref === null) warnings.push(`ref-date "${options.refDate}" is not a YYYY-MM-DD date; ignored`);
  if (ref !== null) {
    published = options.refDate!.slice(0, 10);
    publishedBasis = 'ref-date';
    anchor = ref;
  } else {
    const p = findPublished(ctx, cands);
    published = p.published;
    publishedBasis = p.basis;
    anchor = p.day;
  }
  const dates: DateMention[] = [];
  for (const c of cands) {
    const r = resolveCand(ctx, c, anchor, warnings);
    const s = t.span(c.start, c.end);
    const m: DateMention = {
      text: s.text,
      start: s.start,
      end: s.end,
      sentence: t.sentenceAt(c.start),
      value: r.value,
      granularity: r.granularity,
      resolved: r.resolved,
      calendar: c.calendar ?? 'gregorian',
      rule: c.rule,
    };
    if (r.anchor !== undefined) m.anchor = r.anchor;
    if (r.relative) m.relative = true;
    if (c.hijri !== undefined) m.hijri = c.hijri;
    dates.push(m);
  }
  return { dates, published, publishedBasis, warnings };
}
