// A weekday set off by slashes, as SANA and Xinhua write it: "اليوم /الاثنين/" (today, stated to be a
// Monday) and "أعلن الرئيس /الاثنين/" (a bare weekday, which the slashes make one); or in brackets after
// a day word, as Xinhua and Al-Hayat write it: "اليوم (الإثنين)", "أمس (الأحد)". A bare weekday in
// brackets is reportWeekday.ts's.
import type { Cand, Ctx } from '../candidate.js';
import { alt, key, TABLES, WEEKDAY_ALT } from '../lexicon.js';
import { AnchoredScanner, maxLen } from '../scan.js';
import { cliticClass } from '../../text/clitics.js';

/** the day words (relative.json): اليوم, أمس, غدا */
const DAYS = new Map(TABLES.relative.days.map((d) => [d.form, d]));
const DAY = `(?<![\\p{L}\\p{M}])(?<pre>${cliticClass('wa', 'fa')}?)(?<day>${alt([...DAYS.keys()])}) *`;
const SLASH_WEEKDAY_RE = new RegExp(`(?:${DAY})?/ *(?<wd>${WEEKDAY_ALT}) */`, 'gu');
const BRACKET_WEEKDAY_RE = new RegExp(`${DAY}\\( *(?<wd>${WEEKDAY_ALT}) *\\)`, 'gu');
/** anchored on the first slash or bracket: "واليوم /", "أول من أمس (" before it */
const BACK = maxLen([...DAYS.keys()]) + 4;
const SLASH_WEEKDAY = new AnchoredScanner(SLASH_WEEKDAY_RE, '/', BACK);
const BRACKET_WEEKDAY = new AnchoredScanner(BRACKET_WEEKDAY_RE, '\\(', BACK);

export function parseSlashWeekdays(ctx: Ctx, out: Cand[]): void {
  for (const [scanner, marks] of [[SLASH_WEEKDAY, 'slash'], [BRACKET_WEEKDAY, 'bracket']] as const) {
    for (let m = scanner.first(ctx); m; m = scanner.next()) {
      const g = m.groups!;
      const weekday = TABLES.weekdays.byName.get(key(g.wd))!;
      const start = g.day ? m.index + g.pre.length : m.index;
      const end = m.index + m[0].length;
      if (g.day) {
        const day = DAYS.get(key(g.day))!;
        out.push({ start, end, rule: `${day.today ? 'today' : 'day-word'}+${marks}-weekday`, kind: 'rel', calendar: 'gregorian', rel: { type: 'day', offset: day.offset }, weekday, granularity: 'day' });
      } else {
        out.push({ start, end, rule: `${marks}-weekday`, kind: 'rel', calendar: 'gregorian', rel: { type: 'weekday', weekday }, weekday, granularity: 'day' });
      }
    }
  }
}
