// A weekday set off by slashes, as SANA and Xinhua write it: "اليوم /الاثنين/" (today, stated to be a
// Monday) and "أعلن الرئيس /الاثنين/" (a bare weekday, which the slashes make one).
import type { Cand, Ctx } from '../candidate.js';
import { alt, key, TABLES, WEEKDAY_ALT } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { cliticClass } from '../../text/clitics.js';

/** اليوم, the day word of kind "today" (relative.json) */
const TODAY_ALT = alt(TABLES.relative.days.filter((d) => d.today).map((d) => d.form));
const SLASH_WEEKDAY_RE = new RegExp(`(?:(?<![\\p{L}\\p{M}])(?<pre>${cliticClass('wa', 'fa')}?)(?<today>${TODAY_ALT}) *)?/ *(?<wd>${WEEKDAY_ALT}) */`, 'gu');
/** anchored on the first slash, rare in Arabic prose: "واليوم /" before it */
const SLASH_WEEKDAY = new AnchoredScanner(SLASH_WEEKDAY_RE, '/', 8);

export function parseSlashWeekdays(ctx: Ctx, out: Cand[]): void {
  for (let m = SLASH_WEEKDAY.first(ctx); m; m = SLASH_WEEKDAY.next()) {
    const g = m.groups!;
    const weekday = TABLES.weekdays.byName.get(key(g.wd))!;
    const start = g.today ? m.index + g.pre.length : m.index;
    const end = m.index + m[0].length;
    if (g.today) {
      out.push({ start, end, rule: 'today+slash-weekday', kind: 'rel', calendar: 'gregorian', rel: { type: 'day', offset: 0 }, weekday, granularity: 'day' });
    } else {
      out.push({ start, end, rule: 'slash-weekday', kind: 'rel', calendar: 'gregorian', rel: { type: 'weekday', weekday }, weekday, granularity: 'day' });
    }
  }
}
