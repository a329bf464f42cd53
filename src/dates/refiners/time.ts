// A clock time right before or after a full date belongs to it ("أغسطس 23, 2021 15:22",
// "19:04 GMT28 أكتوبر 2021", "الخميس ٠٦ يناير ٢٠٢٢ - ٠٤:١٥"). By default the time stays its
// own mention whose value carries the date (2021-08-23T15:22) and the date keeps its day
// value; with join the two become one mention of granularity 'time'. Unmarked times with no
// date next to them (scores, ratios) are dropped.
import type { Cand } from '../candidate.js';

const GAP_RE = /^[ ,\-|]*$/u;

export function attachTimes(cands: Cand[], f: string, join: boolean): Cand[] {
  const dates = cands.filter((c) => (c.kind === 'abs' && c.d !== undefined) || c.rel?.type === 'dayMonth' || c.rel?.type === 'day');
  const byEnd = new Map<number, Cand>(), byStart = new Map<number, Cand>();
  for (const d of dates) { byEnd.set(d.end, d); byStart.set(d.start, d); }
  const drop = new Set<Cand>();
  const joined = new Set<Cand>();
  for (const c of cands) {
    if (c.kind !== 'time') continue;
    let host: Cand | undefined;
    for (let k = 0; k <= 5 && !host; k++) {
      const d = byEnd.get(c.start - k);
      if (d && GAP_RE.test(f.slice(d.end, c.start))) host = d;
    }
    for (let k = 0; k <= 5 && !host; k++) {
      const d = byStart.get(c.end + k);
      if (d && GAP_RE.test(f.slice(c.end, d.start))) host = d;
    }
    if (host && join && !joined.has(host)) {
      host.start = Math.min(host.start, c.start);
      host.end = Math.max(host.end, c.end);
      Object.assign(host, { hh: c.hh, mi: c.mi, zone: c.zone, granularity: 'time', rule: `${host.rule}+time` });
      joined.add(host);
      drop.add(c);
    } else if (host) {
      c.attachedTo = host;
      c.rule = 'time+date';
    } else if (c.rule === 'time-marked') {
      c.rel = { type: 'time' };
    } else {
      drop.add(c);
    }
  }
  return cands.filter((c) => !drop.has(c));
}
