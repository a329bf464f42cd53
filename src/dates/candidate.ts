// What parsers produce and refiners rewrite before a candidate becomes a DateMention.
import type { Granularity } from '../types.js';
import type { AnalyzedText } from '../text/analyze.js';

export type Direction = 'past' | 'current' | 'next';

export type RelSpec =
  /** اليوم / أمس / غدا / قبل ثلاثة أيام */
  | { type: 'day'; offset: number }
  /** هذا الأسبوع / الشهر الماضي / العام المقبل / بعد أسبوعين */
  | { type: 'week' | 'month' | 'year'; offset: number }
  /** يوم الثلاثاء (المقبل) */
  | { type: 'weekday'; weekday: number; dir?: Direction }
  /** الـ 19 من الشهر الجاري */
  | { type: 'dayOfMonth'; day: number; monthOffset: number }
  /** 16 سبتمبر (no year) */
  | { type: 'dayMonth'; day: number; month: number }
  /** يونيو الماضي / في سبتمبر (no year) */
  | { type: 'monthName'; month: number; dir?: Direction }
  /** a clock time with no date next to it */
  | { type: 'time' };

export interface Cand {
  /** normalised offsets */
  start: number;
  end: number;
  rule: string;
  kind: 'abs' | 'rel' | 'fixed' | 'time';
  /** absolute Gregorian components (abs) */
  y?: number;
  m?: number;
  d?: number;
  calendar?: 'gregorian' | 'hijri';
  hijri?: string;
  rel?: RelSpec;
  /** weekday the text states next to the date (اليوم الخميس, الأربعاء 29 يناير) */
  weekday?: number;
  /** fixed value and granularity (durations, decades, Hijri years) */
  value?: string | null;
  granularity?: Granularity;
  /** clock time (kind 'time', or a date a time was joined to) */
  hh?: number;
  mi?: number;
  zone?: string;
  /** for times: the day the time belongs to, when attached to a date */
  attachedTo?: Cand;
  /** a year-less dateline: the day the article was filed, never a future one */
  dateline?: boolean;
}

export interface Ctx {
  t: AnalyzedText;
  /** normalised text */
  x: string;
  /** folded text, same offsets */
  f: string;
}

/** An absolute candidate with a full day (y, m, d). */
export const isFullDay = (c: Cand): boolean => c.kind === 'abs' && c.y !== undefined && c.m !== undefined && c.d !== undefined;
