// Clock times: "15:22", "19:04 GMT", "04:15 بتوقيت غرينتش", "الساعة 10:30 صباحا".
import type { Cand, Ctx } from '../candidate.js';
import { key, TABLES, TZ_ALT } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';

const TIME_RE = new RegExp(
  `(?<![\\p{N}:.,/])(?:(?<pre>(?:[وف]?(?:عند|في) +)?(?:ال)?ساعه) +)?(?<h>\\d{1,2}):(?<mi>\\d{2})(?::\\d{2})?(?!\\p{N}|:\\d)` +
  `(?: *(?<ampm>صباحا|صباح|مساء|مساءا|ص|م)(?![\\p{L}\\p{M}]))?` +
  `(?: *(?<zone>gmt|utc|(?:ب)?توقيت +(?:${TZ_ALT})|ت *غ)(?: *(?<off>[+-] *\\d{1,2}))?)?`, 'gu');
/** the ":" of the clock time; before it "في الساعه 10" (14 characters) */
const TIME = new AnchoredScanner(TIME_RE, ':', 16);

export function parseTimes(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  for (let m = TIME.first(f); m; m = TIME.next()) {
    const g = m.groups!;
    let hh = Number(g.h);
    const mi = Number(g.mi);
    if (hh > 24 || mi > 59) continue;
    if (g.ampm && /^(?:مساء|مساءا|م)$/u.test(g.ampm) && hh < 12) hh += 12;
    let zone: string | undefined;
    if (g.zone) {
      const z = key(g.zone).replace(/^ب?توقيت /u, '');
      zone = z === 'ت غ' || z === 'تغ' ? 'Z' : TABLES.relative.tz.get(z) ?? undefined;
      if (zone === 'Z' && g.off) {
        const o = Number(g.off.replace(/ +/g, ''));
        zone = o === 0 ? 'Z' : `${o < 0 ? '-' : '+'}${String(Math.abs(o)).padStart(2, '0')}:00`;
      }
    }
    const marked = !!(g.pre || g.ampm || g.zone);
    out.push({ start: m.index, end: m.index + m[0].length, rule: marked ? 'time-marked' : 'time', kind: 'time', calendar: 'gregorian', hh, mi, zone, granularity: 'time' });
  }
}
