// "يشار إلى أن العاصمة الأرمينية يريفان استضافت أمس اجتماع قمة منظمة ...": a place that hosts a meeting (a trigger
// of the cue list host_rules in its group), its source, is where it is held.
import { locFromMention } from '../doc.js';
import type { Slots } from '../slots.js';

export function hostVenue(ev: Slots): void {
  const { f, g } = ev;
  if (ev.loc || ev.entry.type !== 'CONSULT' || ![g.head, ...g.extra].some((h) => f.sets.hostRules?.has(h.hit.entry.rule))) return;
  const place = ev.source.find((m) => m.ent.type === 'PLACE');
  if (!place) return;
  ev.loc = locFromMention(f.doc, place, 'sentence', place.t0, place.t0);
  ev.basis.push('location: the place that hosts it');
}
