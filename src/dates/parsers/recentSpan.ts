// The span just before or after now, named by a definite plural or dual unit and a direction: "السنوات الخمس
// الأخيرة" -> P5Y, "العقود الثلاثة الماضية" -> P30Y, "السنوات الـ25 الأخيرة" -> P25Y, "العامين الماضيين" -> P2Y;
// with no number ("الأشهر الأخيرة", "الأسابيع الماضية") a date mention with no value: the text gives none.
import type { Cand, Ctx } from '../candidate.js';
import { alt, key, NUMWORD_ALT, numberValue, TABLES } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { ARTICLE, cliticClass } from '../../text/clitics.js';
import { isoDuration } from './duration.js';

const R = TABLES.relative;
/** The plural and dual units: "سنوات", "أعوام", "عقود", "أشهر", "عامين" (folded). */
const SPAN_UNITS = [...R.units].filter(([, u]) => u.form === 'plural' || u.form === 'dual').map(([w]) => w);
const SPAN_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<pre>${cliticClass('wa', 'fa', 'bi')}?)${ARTICLE}(?<unit>${alt(SPAN_UNITS)})` +
  `(?: +(?:${ARTICLE})?(?<n>\\d{1,3}|(?:${NUMWORD_ALT})))? +(?:${alt(R.spanModifiers)})(?![\\p{L}\\p{M}])`, 'gu');
/** anchored on the unit word with its article */
const SPAN = new AnchoredScanner(SPAN_RE, { words: SPAN_UNITS.map((w) => ARTICLE + w) }, 1);

export function parseRecentSpans(ctx: Ctx, out: Cand[]): void {
  for (let m = SPAN.first(ctx); m; m = SPAN.next()) {
    const g = m.groups!;
    const unit = R.units.get(key(g.unit))!;
    const n = unit.form === 'dual' ? (g.n === undefined ? 2 : null) : g.n === undefined ? undefined : numberValue(g.n);
    // a number after a dual ("العامين الاثنين") or one that is no count: not this form
    if (n === null || n === 0) continue;
    const start = m.index + g.pre.length;
    out.push({ start, end: m.index + m[0].length, rule: 'recent-span', kind: 'fixed', calendar: 'gregorian', value: n === undefined ? null : isoDuration(n, unit.unit), granularity: 'duration' });
  }
}
