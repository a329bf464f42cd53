// Entity records from the hits of the passes: one record per entity, mentions in text order,
// offsets in the original text.
import type { EntityRecord, Mention } from '../types.js';
import type { Ctx } from './context.js';

/** Rounded confidences: few distinct values, and toFixed is slow. */
const rounded = new Map<number, number>();

function round2(x: number): number {
  let r = rounded.get(x);
  if (r === undefined) {
    r = +x.toFixed(2);
    if (rounded.size < 4096) rounded.set(x, r);
  }
  return r;
}

export function build(ctx: Ctx): EntityRecord[] {
  const { c, t, toks, hits } = ctx;
  const byId = new Map<string, EntityRecord>();
  const live = hits.filter((h) => !h.dropped && (h.entry >= 0 || h.unknown)).sort((a, b) => a.s - b.s);
  for (const h of live) {
    let id: string;
    let rec: EntityRecord | undefined;
    if (h.entry >= 0) {
      const e = c.entries.get(h.entry);
      id = e.id;
      rec = byId.get(id);
      if (!rec) {
        // absent fields are undefined rather than missing, in output order, so that every record
        // (and every mention below) has one object shape; JSON leaves them out all the same
        rec = {
          id, type: e.type, name: e.name, name_ar: e.name_ar ?? e.aliases?.[0] ?? e.name, aliases_en: e.aliases_en?.length ? e.aliases_en : undefined, linked: true, mentions: [],
          country: e.country || undefined, iso3: e.iso3 || undefined, kind: e.kind || undefined, parent: e.parent || undefined,
        };
        byId.set(id, rec);
      }
    } else {
      const u = h.unknown!;
      const d = u.derived;
      id = d ? d.id : `unlinked:${u.type}:${u.key}`;
      rec = byId.get(id);
      if (!rec) {
        rec = {
          id, type: u.type, name: d ? d.name : u.surface, name_ar: u.surface, aliases_en: undefined, linked: false, mentions: [],
          country: d?.country, iso3: d?.iso3 || undefined, kind: d?.kind, parent: undefined,
        };
        byId.set(id, rec);
      }
    }
    const sp = t.span(h.s, h.e);
    const m: Mention = {
      text: sp.text, start: sp.start, end: sp.end, sentence: toks[h.ti].sentence, method: h.method, confidence: round2(h.confidence), role: h.role || undefined,
    };
    rec.mentions.push(m);
  }
  const out = [...byId.values()];
  // hits come in normalised order, which original offsets keep: both sorts (stable) are nearly
  // always no-ops, and sorting anyway cost a copy of each array
  for (const r of out) if (!ascending(r.mentions, mentionStart)) r.mentions.sort((a, b) => a.start - b.start);
  if (!ascending(out, firstStart)) out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return out;
}

const mentionStart = (m: Mention): number => m.start;
const firstStart = (r: EntityRecord): number => r.mentions[0].start;

function ascending<T>(list: T[], key: (x: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (key(list[i]) < key(list[i - 1])) return false;
  return true;
}
