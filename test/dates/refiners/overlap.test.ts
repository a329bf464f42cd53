// dates/refiners/overlap.ts: no overlapping mentions; the longest wins, ties go to absolute dates, then
// relative ones, then fixed values, then times.
import { describe, expect, it } from 'vitest';
import type { Cand } from '../../../src/dates/candidate.js';
import { removeOverlaps } from '../../../src/dates/refiners/overlap.js';
import { one } from '../helpers.js';

const cand = (start: number, end: number, kind: Cand['kind'], rule: string): Cand => ({ start, end, kind, rule, calendar: 'gregorian' }) as Cand;

describe('overlapping candidates', () => {
  it('"قبل عامين" (ago) wins over the duration "عامين" inside it', () => {
    expect(one('قبل عامين', '2021-10-28')).toMatchObject({ text: 'قبل عامين', value: '2019', rule: 'ago' });
  });
  it('"10 ذو الحجة 1444 للهجرة" (a Hijri day) wins over its Hijri year', () => {
    expect(one('في 10 ذو الحجة 1444 للهجرة')).toMatchObject({ text: '10 ذو الحجة 1444 للهجرة', rule: 'hijri-day' });
  });
  it('longest first, then absolute before relative before fixed before time, kept in text order', () => {
    const kept = removeOverlaps([cand(4, 9, 'fixed', 'duration'), cand(0, 9, 'rel', 'ago'), cand(12, 16, 'time', 'time'), cand(12, 16, 'abs', 'year'), cand(20, 20, 'abs', 'empty')]);
    expect(kept.map((c) => c.rule)).toEqual(['ago', 'year']);
  });
});
