// dates/parsers/time.ts: a clock time, marked (الساعة, a time zone, GMT) or not; refiners/time.ts
// gives it the day of a date next to it.
import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

describe('times', () => {
  it('zones', () => {
    expect(one('الساعة 04:15 بتوقيت غرينتش', '2022-01-06')).toMatchObject({ value: '2022-01-06T04:15Z', granularity: 'time', relative: true });
    expect(one('الساعة 04:15 بتوقيت غرينتش')).toMatchObject({ value: null, resolved: false });
    expect(run('في 6 يناير 2022 04:15 بتوقيت موسكو').dates.map((d) => d.value)).toEqual(['2022-01-06', '2022-01-06T04:15+03:00']);
  });
  it('الساعة and a time zone make one marked mention', () => {
    expect(one('الساعة 10:30 صباحا بتوقيت موسكو', '2022-03-09')).toMatchObject({ text: 'الساعة 10:30 صباحا بتوقيت موسكو', value: '2022-03-09T10:30+03:00', granularity: 'time', rule: 'time-marked' });
  });
  it('a bare number pair is not a time (score 2:1)', () => {
    expect(run('فاز الفريق 2:1').dates).toHaveLength(0);
  });
});
