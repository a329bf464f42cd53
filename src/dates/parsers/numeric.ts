// All-digit dates: 17.09.2021, 28-11-2024, 2021/09/17 (day first unless the
// middle number cannot be a month); years 1300-1600 or a هـ suffix make them Hijri.
import { fromDayNumber, hijriToDayNumber, isValidDate, pad } from '../calendar.js';
import type { Cand, Ctx } from '../candidate.js';
import { GREGORIAN_SUFFIX, HIJRI_SUFFIX } from '../lexicon.js';

const DMY_RE = /(?<![\p{N}.\/:-])(?<a>\d{1,2})(?<s>[./-])(?<b>\d{1,2})\k<s>(?<y>\d{4})(?!\p{N}|[./-]\p{N})/gu;
const YMD_RE = /(?<![\p{N}.\/:-])(?<y>\d{4})(?<s>[./-])(?<b>\d{1,2})\k<s>(?<a>\d{1,2})(?!\p{N}|[./-]\p{N})/gu;
const HIJRI_SUFFIX_RE = new RegExp(` *${HIJRI_SUFFIX}`, 'uy');
const GREG_SUFFIX_RE = new RegExp(` *${GREGORIAN_SUFFIX}`, 'uy');

export function parseNumericDates(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  for (const [re, order] of [[DMY_RE, 'dmy'], [YMD_RE, 'ymd']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      const g = m.groups!;
      const y = Number(g.y);
      let d = Number(g.a), mo = Number(g.b);
      if (order === 'dmy' && mo > 12 && d <= 12) [d, mo] = [mo, d]; // 09/17/2021
      let end = m.index + m[0].length;
      HIJRI_SUFFIX_RE.lastIndex = end;
      const hs = HIJRI_SUFFIX_RE.exec(f);
      const hijri = !!hs || (y >= 1300 && y <= 1600);
      if (hijri) {
        const n = hijriToDayNumber(y, mo, d);
        if (n === null) continue;
        if (hs) end += hs[0].length;
        const g2 = fromDayNumber(n);
        out.push({ start: m.index, end, rule: `numeric-${order}-hijri`, kind: 'abs', calendar: 'hijri', hijri: `${y}-${pad(mo)}-${pad(d)}`, y: g2.y, m: g2.m, d: g2.d, granularity: 'day' });
        continue;
      }
      if (y < 1000 || y > 2199 || !isValidDate(y, mo, d)) continue;
      GREG_SUFFIX_RE.lastIndex = end;
      if (GREG_SUFFIX_RE.test(f)) end = GREG_SUFFIX_RE.lastIndex;
      out.push({ start: m.index, end, rule: `numeric-${order}`, kind: 'abs', calendar: 'gregorian', y, m: mo, d, granularity: 'day' });
    }
  }
}
