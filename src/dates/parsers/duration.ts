// Durations: "خمس سنوات", "عشرة أيام", "48 ساعة", "ثلاثة أشهر", "أحد عشر يوما",
// the duals "يومين", "أسبوعين", "شهرين", "عامين" and "عام واحد" -> P5Y, P10D, PT48H...
import type { Cand, Ctx } from '../candidate.js';
import { key, NUMPHRASE, numberValue, TABLES, UNIT_ALT, UNIT_DUAL_ALT, UNIT_SING_ALT } from '../lexicon.js';

const DURATION_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}.,:/])(?:(?<npre>[وف]?)(?<n>\\d{1,3}(?:[.,]\\d+)?|${NUMPHRASE}) +(?<u>${UNIT_ALT})|(?<pre>[وفبل]?)(?<dual>${UNIT_DUAL_ALT})|(?<one>${UNIT_SING_ALT}) +(?:واحد|واحده))(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

export function isoDuration(n: number, unit: string): string {
  switch (unit) {
    case 'TH': return `PT${n}H`;
    case 'TM': return `PT${n}M`;
    case 'DEC': return `P${n * 10}Y`;
    default: return `P${n}${unit}`;
  }
}

export function parseDurations(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(f); m; m = DURATION_RE.exec(f)) {
    const g = m.groups!;
    let n: number | null, unitWord: string;
    let start = m.index;
    if (g.dual !== undefined) { n = 2; unitWord = g.dual; start += g.pre.length; }
    else if (g.one !== undefined) { n = 1; unitWord = g.one; }
    else { n = numberValue(g.n); unitWord = g.u; start += g.npre.length; }
    const unit = TABLES.relative.units.get(key(unitWord));
    if (!unit || n === null || n <= 0) continue;
    // a bare number word before a singular "عام"/"يوم" is rarely a duration ("خمس عام"), digits are ("48 ساعة", "15 يوما")
    if (g.n !== undefined && unit.form === 'singular' && !/\d/.test(g.n) && n < 11) continue;
    out.push({ start, end: m.index + m[0].length, rule: g.dual !== undefined ? 'duration-dual' : 'duration', kind: 'fixed', calendar: 'gregorian', value: isoDuration(n, unit.unit), granularity: 'duration' });
  }
}
