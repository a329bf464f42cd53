import { analyze } from '../../src/text/analyze.js';
import { extractDates, type DateResult } from '../../src/dates/index.js';
import type { DateMention } from '../../src/types.js';
import { expect } from 'vitest';

export function run(text: string, refDate: string | null = null, joinTimes = false): DateResult {
  const r = extractDates(analyze(text), { refDate, joinTimes });
  for (const d of r.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  return r;
}
/** The only mention of a text (fails when there are zero or several). */
export function one(text: string, refDate: string | null = null): DateMention {
  const r = run(text, refDate);
  expect(r.dates.map((d) => d.text), text).toHaveLength(1);
  return r.dates[0];
}
export const values = (text: string, refDate: string | null = null): (string | null)[] => run(text, refDate).dates.map((d) => d.value);
/** The text's first day or time mention is `span`, a resolved Gregorian `value`. */
export function fullDate(text: string, span: string, value: string): void {
  const d = run(text).dates.find((x) => x.granularity === 'day' || x.granularity === 'time')!;
  expect(d.text).toBe(span);
  expect(d.value).toBe(value);
  expect(d.resolved).toBe(true);
  expect(d.calendar).toBe('gregorian');
}
