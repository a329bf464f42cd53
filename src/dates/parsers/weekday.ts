// Weekdays: "يوم الثلاثاء", "الخميس", "الجمعة المقبل"; the forms that are also common
// words (الاثنين "the two", الأحد, الجمعة) need يوم, a time-of-day word, a following date, a direction,
// or commas on both sides, as agencies set off the day: "قال الرئيس، الجمعة، إن".
import type { Cand, Ctx } from '../candidate.js';
import { key, MOD_ALT, TABLES, WEEKDAY_ALT } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { cliticClass } from '../../text/clitics.js';

const CLITIC = cliticClass('wa', 'fa', 'bi', 'li');
const WEEKDAY_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?<ypre>${CLITIC}?)(?<yawm>${TABLES.markers.dayWord}) +)?(?<pre>${CLITIC}?)(?<wd>${WEEKDAY_ALT})(?![\\p{L}\\p{M}])(?: +(?<mod>${MOD_ALT})(?![\\p{L}\\p{M}]))?`, 'gu');
/** anchored on the weekday name ("ويوم و" before it) */
const WEEKDAY = new AnchoredScanner(WEEKDAY_RE, { words: TABLES.weekdays.byName.keys() }, 8);
const FOLLOWED_BY_DATE = /^ *,? *\d/u;
const COMMA_BEFORE = /[،,] *$/u;
const COMMA_AFTER = /^ *[،,]/u;

export function parseWeekdays(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  const W = TABLES.weekdays;
  for (let m = WEEKDAY.first(ctx); m; m = WEEKDAY.next()) {
    const g = m.groups!;
    const wdKey = key(g.wd);
    const weekday = W.byName.get(wdKey)!;
    const start = g.yawm ? m.index + g.ypre.length : m.index + g.pre.length;
    const end = m.index + m[0].length;
    if (W.needsContext.has(wdKey) && !g.yawm && !g.mod) {
      const prev = /(\p{L}+) *$/u.exec(f.slice(Math.max(0, start - 16), start))?.[1] ?? '';
      const after = f.slice(end, end + 4);
      const commas = COMMA_BEFORE.test(f.slice(Math.max(0, start - 3), start)) && COMMA_AFTER.test(after);
      if (!W.contextBefore.has(prev) && !FOLLOWED_BY_DATE.test(after) && !commas) continue;
    }
    const dir = g.mod ? TABLES.relative.modifiers.get(key(g.mod)) : undefined;
    out.push({ start, end, rule: g.yawm ? 'yawm-weekday' : 'weekday', kind: 'rel', calendar: 'gregorian', rel: { type: 'weekday', weekday, dir }, weekday, granularity: 'day' });
  }
}
