// Dates: parsers find candidates (month names, numeric dates, years, Hijri dates,
// relative expressions, weekdays, durations, times, decades, English dates, weekdays in
// slashes or in a report), refiners merge and clean them (day words into dates, a Hijri day by its weekday,
// times onto dates, overlaps, year-less datelines), the article date is found,
// and relative and year-less candidates are resolved against it.
import type { AnalyzedText } from '../text/analyze.js';
import type { DateMention } from '../types.js';
import { parseIsoDay } from './calendar.js';
import type { Cand, Ctx } from './candidate.js';
import { parseDecades } from './parsers/decade.js';
import { parseDurations } from './parsers/duration.js';
import { parseRecentSpans } from './parsers/recentSpan.js';
import { parseSeasons } from './parsers/season.js';
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
import { hijriBySighting } from './refiners/hijriSighting.js';
import { removeOverlaps } from './refiners/overlap.js';
import { attachTimes } from './refiners/time.js';
import { resolveCand } from './resolve.js';

export interface DateOptions {
  /**
   * Article date from outside (NDJSON `published`, --ref-date), YYYY-MM-DD: used only when the
   * text gives no date of its own (a mixed corpus must not have every article re-dated).
   */
  refDate?: string | null;
  /** Where `refDate` came from, for `publishedBasis` (default 'ref-date'). */
  refBasis?: string;
  /** Article date that wins over the text's own (--force-ref-date): the caller knows better. */
  forceDate?: string | null;
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
  parseMonthNames, parseNumericDates, parseYears, parseHijri, parseRelative, parseWeekdays, parseDurations, parseRecentSpans, parseSeasons, parseTimes, parseDecades,
  parseEnglishDates, parseSlashWeekdays, parseReportWeekdays,
];

/** Parsers and refiners without resolution: candidates in text order (normalised offsets). */
export function findCandidates(t: AnalyzedText, options: DateOptions = {}): { ctx: Ctx; cands: Cand[] } {
  const ctx: Ctx = { t, x: t.text, f: t.folded };
  let cands: Cand[] = [];
  for (const p of PARSERS) p(ctx, cands);
  cands = mergeDayWordsIntoDates(cands, ctx.f);
  cands = hijriBySighting(cands);
  cands = removeOverlaps(cands);
  cands = attachTimes(cands, ctx.f, options.joinTimes === true);
  cands = markDatelines(cands, ctx.f);
  return { ctx, cands };
}

export function extractDates(t: AnalyzedText, options: DateOptions = {}): DateResult {
  const { ctx, cands } = findCandidates(t, options);
  const warnings: string[] = [];
  const forced = outsideDate(options.forceDate, '--force-ref-date', warnings);
  const own = forced === null ? findPublished(ctx, cands) : null;
  const ref = own?.published ? null : outsideDate(options.refDate, 'ref-date', warnings);
  let published: string | null = own?.published ?? null;
  let publishedBasis: string | null = own?.basis ?? null;
  let anchor: number | null = own?.day ?? null;
  if (forced !== null) [published, publishedBasis, anchor] = [options.forceDate!.slice(0, 10), 'force-ref-date', forced];
  else if (ref !== null) [published, publishedBasis, anchor] = [options.refDate!.slice(0, 10), options.refBasis ?? 'ref-date', ref];
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

/** The day number of a date given from outside, or null (with a warning when it is not a date). */
function outsideDate(value: string | null | undefined, what: string, warnings: string[]): number | null {
  if (!value) return null;
  const day = parseIsoDay(value);
  if (day === null) warnings.push(`${what} "${value}" is not a YYYY-MM-DD date; ignored`);
  return day;
}
