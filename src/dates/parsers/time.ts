// Clock times: "15:22", "19:04 GMT", "04:15 بتوقيت غرينتش", "الساعة 10:30 صباحا".
import type { Cand, Ctx } from '../candidate.js';
import { alt, key, TABLES, TZ_ALT } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { ARTICLE, cliticClass, PREPOSITIONS } from '../../text/clitics.js';

const CLOCK = TABLES.markers.clock;
/** "ت غ" (UTC), written with or without its space */
const UTC = CLOCK.utc.replace(/ /g, ' *');
const TIME_RE = new RegExp(
  `(?<![\\p{N}:.,/])(?:(?<pre>(?:${cliticClass('wa', 'fa')}?(?:${alt(CLOCK.at)}) +)?(?:${ARTICLE})?${CLOCK.hour}) +)?(?<h>\\d{1,2}):(?<mi>\\d{2})(?::\\d{2})?(?!\\p{N}|:\\d)` +
  `(?: *(?<ampm>${alt([...CLOCK.am, ...CLOCK.pm])})(?![\\p{L}\\p{M}]))?` +
  `(?: *(?<zone>gmt|utc|(?:${PREPOSITIONS.bi})?${CLOCK.zone} +(?:${TZ_ALT})|${UTC})(?: *(?<off>[+-] *\\d{1,2}))?)?`, 'gu');
const ZONE_LEAD = new RegExp(`^(?:${PREPOSITIONS.bi})?${CLOCK.zone} `, 'u');
/** the ":" of the clock time; before it "في الساعه 10" (14 characters) */
const TIME = new AnchoredScanner(TIME_RE, ':', 16);

export function parseTimes(ctx: Ctx, out: Cand[]): void {
  for (let m = TIME.first(ctx); m; m = TIME.next()) {
    const g = m.groups!;
    let hh = Number(g.h);
    const mi = Number(g.mi);
    if (hh > 24 || mi > 59) continue;
    if (g.ampm && CLOCK.pm.has(g.ampm) && hh < 12) hh += 12;
    let zone: string | undefined;
    if (g.zone) {
      const z = key(g.zone).replace(ZONE_LEAD, '');
      zone = z.replace(/ /g, '') === CLOCK.utc.replace(/ /g, '') ? 'Z' : TABLES.relative.tz.get(z) ?? undefined;
      if (zone === 'Z' && g.off) {
        const o = Number(g.off.replace(/ +/g, ''));
        zone = o === 0 ? 'Z' : `${o < 0 ? '-' : '+'}${String(Math.abs(o)).padStart(2, '0')}:00`;
      }
    }
    const marked = !!(g.pre || g.ampm || g.zone);
    out.push({ start: m.index, end: m.index + m[0].length, rule: marked ? 'time-marked' : 'time', kind: 'time', calendar: 'gregorian', hh, mi, zone, granularity: 'time' });
  }
}
