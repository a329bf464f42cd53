// Turns refined candidates into values: absolute ones directly, relative and year-less
// ones against the anchor (the article date) and the tense of their clause.
import type { Granularity } from '../types.js';
import { addMonths, dayNumber, fromDayNumber, isoDay, isoMonth, isoWeek, isValidDate, pad, weekdayOf } from './calendar.js';
import type { Cand, Ctx } from './candidate.js';
import { TABLES } from './lexicon.js';
import { tenseAt } from './tense.js';

export interface Resolved {
  value: string | null;
  granularity: Granularity;
  resolved: boolean;
  anchor?: string;
  relative?: boolean;
  /** day number the value falls on, when it is a single day */
  day?: number;
}

/** A weekday's name in warnings: its first in data/dates/weekdays.json. */
const WEEKDAY_NAMES = TABLES.weekdays.names;
/** Days a past-tense year-less date may lie after the anchor (late or misdated articles). */
const PAST_MARGIN_DAYS = 7;

export function resolveCand(ctx: Ctx, c: Cand, anchor: number | null, warnings: string[]): Resolved {
  const gran = c.granularity ?? 'day';
  if (c.kind === 'fixed') return { value: c.value ?? null, granularity: gran, resolved: c.value != null };
  if (c.kind === 'abs') {
    if (c.d !== undefined) {
      const n = dayNumber(c.y!, c.m!, c.d);
      if (c.weekday !== undefined && weekdayOf(n) !== c.weekday) {
        warnings.push(`weekday ${WEEKDAY_NAMES[c.weekday]} does not match ${isoDay(c.y!, c.m!, c.d)} (a ${WEEKDAY_NAMES[weekdayOf(n)]})`);
      }
      return { value: withTime(isoDay(c.y!, c.m!, c.d), c), granularity: c.hh !== undefined ? 'time' : 'day', resolved: true, day: n };
    }
    if (c.m !== undefined) return { value: isoMonth(c.y!, c.m), granularity: 'month', resolved: true };
    return { value: String(c.y), granularity: 'year', resolved: true };
  }
  if (c.kind === 'time') {
    const host = c.attachedTo;
    if (host) {
      const r = resolveCand(ctx, host, anchor, []);
      const date = r.day !== undefined ? fromDayNumber(r.day) : null;
      return { value: date ? withTime(isoDay(date.y, date.m, date.d), c) : null, granularity: 'time', resolved: !!date, ...(host.kind === 'rel' && anchor !== null ? { anchor: anchorIso(anchor), relative: true } : {}) };
    }
    if (anchor === null) return { value: null, granularity: 'time', resolved: false, relative: true };
    const a = fromDayNumber(anchor);
    return { value: withTime(isoDay(a.y, a.m, a.d), c), granularity: 'time', resolved: true, anchor: anchorIso(anchor), relative: true };
  }
  // relative
  const rel = c.rel!;
  if (anchor === null) return { value: null, granularity: gran, resolved: false, relative: true };
  const base: Pick<Resolved, 'anchor' | 'relative' | 'resolved'> = { anchor: anchorIso(anchor), relative: true, resolved: true };
  const A = fromDayNumber(anchor);
  const day = (n: number): Resolved => {
    const d = fromDayNumber(n);
    if (c.weekday !== undefined && weekdayOf(n) !== c.weekday) {
      warnings.push(`weekday ${WEEKDAY_NAMES[c.weekday]} does not match ${isoDay(d.y, d.m, d.d)} (a ${WEEKDAY_NAMES[weekdayOf(n)]}), the day "${ctx.x.slice(c.start, c.end)}" refers to`);
    }
    return { ...base, value: withTime(isoDay(d.y, d.m, d.d), c), granularity: c.hh !== undefined ? 'time' : 'day', day: n };
  };
  switch (rel.type) {
    case 'day': return day(anchor + rel.offset);
    case 'week': return { ...base, value: isoWeek(anchor + 7 * rel.offset), granularity: 'week' };
    case 'month': { const m = addMonths(A.y, A.m, rel.offset); return { ...base, value: isoMonth(m.y, m.m), granularity: 'month' }; }
    case 'year': return { ...base, value: String(A.y + rel.offset), granularity: 'year' };
    case 'time': return { ...base, value: withTime(isoDay(A.y, A.m, A.d), c), granularity: 'time' };
    case 'weekday': {
      const wd = weekdayOf(anchor);
      const future = rel.dir === 'next' || (rel.dir === undefined && tenseAt(ctx, c.start, c.end) === 'future');
      let n: number;
      // "سيستقبل ... يوم الأربعاء" in a Wednesday's report is that day; "الأربعاء المقبل" is the week after
      if (future) n = anchor + (((rel.weekday - wd + 7) % 7) || (rel.dir === 'next' ? 7 : 0));
      else if (rel.dir === 'past') n = anchor - (((wd - rel.weekday + 7) % 7) || 7);
      else n = anchor - ((wd - rel.weekday + 7) % 7);
      return day(n);
    }
    case 'dayOfMonth': {
      const m = addMonths(A.y, A.m, rel.monthOffset);
      if (!isValidDate(m.y, m.m, rel.day)) return { value: null, granularity: 'day', resolved: false, relative: true, anchor: anchorIso(anchor) };
      return day(dayNumber(m.y, m.m, rel.day));
    }
    case 'dayMonth': {
      const tense = c.dateline ? 'past' : tenseAt(ctx, c.start, c.end);
      const years = [A.y - 1, A.y, A.y + 1].filter((y) => isValidDate(y, rel.month, rel.day));
      const ns = years.map((y) => dayNumber(y, rel.month, rel.day));
      // no tense cue ("تدريبات ... تجري يوم 22 أكتوبر" in an article of 13 October): the nearest such day
      const pick = tense === 'future' ? ns.find((n) => n >= anchor)
        : tense === 'unmarked' ? nearest(ns, anchor)
        : [...ns].reverse().find((n) => n <= anchor + PAST_MARGIN_DAYS);
      if (pick === undefined) return { value: null, granularity: 'day', resolved: false, relative: true, anchor: anchorIso(anchor) };
      return day(pick);
    }
    case 'monthName': {
      const dir = rel.dir ?? (tenseAt(ctx, c.start, c.end) === 'future' ? 'future' : 'pastTense');
      const am = A.y * 12 + A.m - 1;
      let y: number;
      if (dir === 'current') y = A.y;
      else if (dir === 'next') y = A.y * 12 + rel.month - 1 > am ? A.y : A.y + 1;
      else if (dir === 'future') y = A.y * 12 + rel.month - 1 >= am ? A.y : A.y + 1;
      else if (dir === 'past') y = A.y * 12 + rel.month - 1 < am ? A.y : A.y - 1;
      else y = A.y * 12 + rel.month - 1 <= am ? A.y : A.y - 1;
      return { ...base, value: isoMonth(y, rel.month), granularity: 'month' };
    }
  }
}

function withTime(date: string, c: Cand): string {
  if (c.hh === undefined || c.mi === undefined) return date;
  return `${date}T${pad(c.hh)}:${pad(c.mi)}${c.zone ?? ''}`;
}

const anchorIso = (n: number): string => { const d = fromDayNumber(n); return isoDay(d.y, d.m, d.d); };

/** The day number nearest to the anchor (the earlier one on a tie). */
function nearest(ns: number[], anchor: number): number | undefined {
  let best: number | undefined;
  for (const n of ns) if (best === undefined || Math.abs(n - anchor) < Math.abs(best - anchor)) best = n;
  return best;
}
