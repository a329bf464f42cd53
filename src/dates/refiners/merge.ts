// "اليوم الأربعاء 29 يناير 2025", "الخميس ٠٦ يناير ٢٠٢٢", "أمس الثلاثاء 16 سبتمبر", "اليوم الإثنين (5 ديسمبر 2016)":
// a day word or weekday right before a date, or before the date in brackets, becomes part of that date's mention.
import { type Cand, isFullDay } from '../candidate.js';

const GAP_RE = /^[ ,\-]*\(? *$/u;

export function mergeDayWordsIntoDates(cands: Cand[], f: string): Cand[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const dropped = new Set<Cand>();
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (a.kind !== 'rel' || (a.rel?.type !== 'day' && a.rel?.type !== 'weekday')) continue;
    if (a.rel.type === 'day' && a.rel.offset !== 0 && a.weekday === undefined) continue; // "أمس 16 سبتمبر" is rare and unclear
    // the nearest date starting after a's end within a few characters
    let best: Cand | undefined;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (dropped.has(b) || b.start < a.end) continue;
      if (b.start - a.end > 4) break;
      if (!GAP_RE.test(f.slice(a.end, b.start))) break;
      if (isFullDay(b) || b.rel?.type === 'dayMonth') { best = b; break; }
    }
    if (!best) continue;
    best.start = a.start;
    // the bracket the date opened with closes the mention
    if (f.slice(a.end, best.end).includes('(') && f[best.end] === ')') best.end += 1;
    best.rule = `${a.rule}+${best.rule}`;
    if (a.weekday !== undefined) best.weekday = a.weekday;
    dropped.add(a);
  }
  return cands.filter((c) => !dropped.has(c));
}
