import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, hijriToDayNumber, isoWeek, toHijri, weekdayOf } from '../../src/dates/calendar.js';

const g = (hy: number, hm: number, hd: number): string | null => {
  const n = hijriToDayNumber(hy, hm, hd);
  if (n === null) return null;
  const d = fromDayNumber(n);
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
};

describe('Umm al-Qura conversion', () => {
  it('1 Ramadan 1445 = 2024-03-11', () => expect(g(1445, 9, 1)).toBe('2024-03-11'));
  it('1 Muharram 1446 = 2024-07-07', () => expect(g(1446, 1, 1)).toBe('2024-07-07'));
  it('1 Shawwal 1445 (Eid al-Fitr) = 2024-04-10', () => expect(g(1445, 10, 1)).toBe('2024-04-10'));
  it('10 Dhu al-Hijja 1444 = 2023-06-28', () => expect(g(1444, 12, 10)).toBe('2023-06-28'));
  it('1 Ramadan 1443 = 2022-04-02', () => expect(g(1443, 9, 1)).toBe('2022-04-02'));
  it('round-trips every month start 1400-1470', () => {
    for (let y = 1400; y <= 1470; y++) for (let m = 1; m <= 12; m++) {
      const n = hijriToDayNumber(y, m, 1);
      expect(n, `${y}-${m}`).not.toBeNull();
      expect(toHijri(n!)).toEqual({ y, m, d: 1 });
    }
  });
  it('rejects days that do not exist', () => {
    expect(hijriToDayNumber(1445, 9, 31)).toBeNull();
    expect(hijriToDayNumber(1445, 13, 1)).toBeNull();
  });
});

describe('calendar helpers', () => {
  it('ISO weeks', () => {
    expect(isoWeek(dayNumber(2021, 10, 28))).toBe('2021-W43');
    expect(isoWeek(dayNumber(2021, 1, 1))).toBe('2020-W53');
    expect(isoWeek(dayNumber(2024, 12, 30))).toBe('2025-W01');
  });
  it('weekdays (0 = Sunday)', () => {
    expect(weekdayOf(dayNumber(2021, 10, 28))).toBe(4);
    expect(weekdayOf(dayNumber(2025, 1, 29))).toBe(3);
  });
});
