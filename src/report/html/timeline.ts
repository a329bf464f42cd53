// The timeline: the events placed in weekly or monthly bins by type, stacked by hand, and the
// order of the event types.
import { PLOVER_TYPES } from '../../events/lexicon/types.js';
import { cmp, dayNumber, isoDay, isoWeekStart } from '../aggregate.js';
import type { ReportEvent } from './events.js';

export interface TimelineRow {
  /** Period start as a string; `period` itself is parsed to a date by Vega-Lite. */
  key: string;
  period: string;
  end: string;
  label: string;
  type: string;
  count: number;
  y0: number;
  y1: number;
}

function periodOf(start: string, unit: 'week' | 'month'): { period: string; end: string; label: string } {
  const [y, m] = start.split('-').map(Number);
  if (unit === 'month') {
    const next = m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
    return { period: `${start.slice(0, 7)}-01`, end: next, label: start.slice(0, 7) };
  }
  const day = dayNumber(start);
  const dow = (new Date(day * 86400000).getUTCDay() + 6) % 7;
  const monday = new Date((day - dow) * 86400000);
  // ISO week label: the week belongs to the year of its Thursday.
  const thursday = new Date(monday.getTime() + 3 * 86400000);
  const wy = thursday.getUTCFullYear();
  const week = Math.round((monday.getTime() - isoWeekStart(wy, 1).getTime()) / (7 * 86400000)) + 1;
  return {
    period: isoDay(monday),
    end: isoDay(new Date(monday.getTime() + 7 * 86400000)),
    label: `${wy}-W${String(week).padStart(2, '0')}`,
  };
}

export interface EventTimeline {
  unit: 'week' | 'month';
  timeline: TimelineRow[];
  types: string[];
  /** Events with no date finer than about two months. */
  offTimeline: number;
}

/** Bins the events (and sets each placed event's `period`). */
export function eventTimeline(events: ReportEvent[]): EventTimeline {
  // Timeline: weekly bins for spans up to half a year, monthly beyond.
  const placeable = events.filter((e) => e.start !== null && e.end !== null && dayNumber(e.end) - dayNumber(e.start) < 62);
  let unit: 'week' | 'month' = 'month';
  if (placeable.length) {
    const lo = Math.min(...placeable.map((e) => dayNumber(e.start!)));
    const hi = Math.max(...placeable.map((e) => dayNumber(e.start!)));
    unit = hi - lo <= 183 ? 'week' : 'month';
  }
  const bins = new Map<string, TimelineRow>();
  for (const e of placeable) {
    const p = periodOf(e.start!, unit);
    e.period = p.period;
    const key = `${p.period}|${e.type}`;
    const row = bins.get(key) ?? { key: p.period, period: p.period, end: p.end, label: p.label, type: e.type, count: 0, y0: 0, y1: 0 };
    row.count++;
    bins.set(key, row);
  }
  const typeOrder = (t: string): number => {
    const i = (PLOVER_TYPES as readonly string[]).indexOf(t);
    return i < 0 ? PLOVER_TYPES.length : i;
  };
  const types = [...new Set(events.map((e) => e.type))].sort((a, b) => typeOrder(a) - typeOrder(b) || cmp(a, b));
  const timeline = [...bins.values()].sort((a, b) => cmp(a.period, b.period) || typeOrder(a.type) - typeOrder(b.type));
  // Stack by hand so the chart needs no stacking rules.
  let cur = '';
  let acc = 0;
  for (const r of timeline) {
    if (r.period !== cur) {
      cur = r.period;
      acc = 0;
    }
    r.y0 = acc;
    acc += r.count;
    r.y1 = acc;
  }
  return { unit, timeline, types, offTimeline: events.length - placeable.length };
}
