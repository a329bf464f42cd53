// A weekday set off by slashes, as SANA and Xinhua write it: "اليوم /الاثنين/" (today, stated to be a
// Monday) and "أعلن الرئيس /الاثنين/" (a bare weekday, which the slashes make one); or in brackets after
// the day word, as Xinhua also writes it: "اليوم (الإثنين)". A bare weekday in brackets may be a gloss.
import type { Cand, Ctx } from '../candidate.js';
import { alt, key, TABLES, WEEKDAY_ALT } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { cliticClass } from '../../text/clitics.js';

/** اليوم, the day word of kind "today" (relative.json) */
const TODAY_ALT = alt(TABLES.relative.days.filter((d) => d.today).map((d) => d.form));
const TODAY = `(?<![\\p{L}\\p{M}])(?<pre>${cliticClass('wa', 'fa')}?)(?<today>${TODAY_ALT}) *`;
const SLASH_WEEKDAY_RE = new RegExp(`(?:${TODAY})?/ *(?<wd>${WEEKDAY_ALT}) */`, 'gu');
const BRACKET_WEEKDAY_RE = new RegExp(`${TODAY}\\( *(?<wd>${WEEKDAY_ALT}) *\\)`, 'gu');
/** anchored on the first slash or bracket: "واليوم /", "اليوم (" before it */
const SLASH_WEEKDAY = new AnchoredScanner(SLASH_WEEKDAY_RE, '/', 8);
const BRACKET_WEEKDAY = new AnchoredScanner(BRACKET_WEEKDAY_RE, '\\(', 8);

export function parseSlashWeekdays(ctx: Ctx, out: Cand[]): void {
  for (const [scanner, marks] of [[SLASH_WEEKDAY, 'slash'], [BRACKET_WEEKDAY, 'bracket']] as const) {
    for (let m = scanner.first(ctx); m; m = scanner.next()) {
      const g = m.groups!;
      const weekday = TABLES.weekdays.byName.get(key(g.wd))!;
      const start = g.today ? m.index + g.pre.length : m.index;
      const end = m.index + m[0].length;
      if (g.today) {
        out.push({ start, end, rule: `today+${marks}-weekday`, kind: 'rel', calendar: 'gregorian', rel: { type: 'day', offset: 0 }, weekday, granularity: 'day' });
      } else {
        out.push({ start, end, rule: `${marks}-weekday`, kind: 'rel', calendar: 'gregorian', rel: { type: 'weekday', weekday }, weekday, granularity: 'day' });
      }
    }
  }
}
