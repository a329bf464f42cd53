// The spans of an event's sentence the report marks: its trigger, actors, place and date.
import type { DocumentRecord, EventRecord } from '../../types.js';
import { arr, eventActors } from '../aggregate.js';

export type Highlight = [number, number, 'trigger' | 'actor' | 'place' | 'date', string];

const KIND_PRIORITY: Record<Highlight[2], number> = { trigger: 0, actor: 1, place: 2, date: 3 };

/** The marked spans of the event's sentence, relative to it; of overlapping spans the most important is kept. */
export function highlights(doc: DocumentRecord, ev: EventRecord): Highlight[] {
  const sent = ev.sentence;
  if (!sent || typeof sent.text !== 'string') return [];
  const s0 = Number(sent.start) || 0;
  const len = sent.text.length;
  const out: Highlight[] = [];
  const add = (start: number, end: number, kind: Highlight[2], label: string): boolean => {
    const a = start - s0;
    const b = end - s0;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b > len || b <= a) return false;
    out.push([a, b, kind, label]);
    return true;
  };
  const trig = ev.trigger;
  if (trig && !add(trig.start, trig.end, 'trigger', `trigger (${ev.type})`) && trig.text) {
    const i = sent.text.indexOf(trig.text);
    if (i >= 0) add(s0 + i, s0 + i + trig.text.length, 'trigger', `trigger (${ev.type})`);
  }
  const roles = new Map<string, string[]>();
  for (const { actor, role } of eventActors(ev)) {
    if (!actor.entity) continue;
    const r = roles.get(actor.entity) ?? [];
    if (!r.includes(role)) r.push(role);
    roles.set(actor.entity, r);
  }
  const locId = ev.location?.entity ?? null;
  for (const ent of arr(doc.entities)) {
    const r = roles.get(ent.id);
    const isLoc = locId !== null && ent.id === locId;
    if (!r && !isLoc) continue;
    for (const m of arr(ent.mentions)) {
      if (m.start < s0 || m.end > s0 + len) continue;
      if (r) add(m.start, m.end, 'actor', `${r.join('/')}: ${ent.name}`);
      else add(m.start, m.end, 'place', `location: ${ent.name}`);
    }
  }
  if (ev.date) {
    for (const dm of arr(doc.dates)) {
      if (dm.start < s0 || dm.end > s0 + len) continue;
      if ((ev.date.value && dm.value === ev.date.value) || (ev.date.text && dm.text === ev.date.text)) {
        add(dm.start, dm.end, 'date', `date: ${dm.value ?? dm.text}`);
      }
    }
  }
  // Keep the most important of overlapping spans.
  out.sort((x, y) => KIND_PRIORITY[x[2]] - KIND_PRIORITY[y[2]] || x[0] - y[0]);
  const kept: Highlight[] = [];
  for (const h of out) if (!kept.some((k) => h[0] < k[1] && k[0] < h[1])) kept.push(h);
  kept.sort((x, y) => x[0] - y[0]);
  return kept;
}
