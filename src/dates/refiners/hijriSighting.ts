// "الجمعة 1422/8/23 هـ", "الثلاثاء 1423/9/22 هـ": where the new moon was seen, a Hijri month may begin a day
// earlier or later than in the Umm al-Qura calendar the parsers convert with. A weekday written with the Hijri
// day, one day off the converted date, says which Gregorian day is meant. After the day words are merged.
import { dayNumber, fromDayNumber, weekdayOf } from '../calendar.js';
import type { Cand } from '../candidate.js';

export function hijriBySighting(cands: Cand[]): Cand[] {
  for (const c of cands) {
    if (c.calendar !== 'hijri' || c.kind !== 'abs' || c.d === undefined || c.weekday === undefined) continue;
    const n = dayNumber(c.y!, c.m!, c.d);
    if (weekdayOf(n) === c.weekday) continue;
    const shift = [1, -1].find((d) => weekdayOf(n + d) === c.weekday);
    if (shift === undefined) continue;
    const g = fromDayNumber(n + shift);
    c.y = g.y; c.m = g.m; c.d = g.d;
  }
  return cands;
}
