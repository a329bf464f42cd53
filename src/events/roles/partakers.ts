// "سيشارك 2.5 ألف عسكري روسي في مناورات منظمة معاهدة الأمن الجماعي": who takes part in a joint act
// another side holds is one of its parties (COOPERATE keeps its sides together). Meetings have their own
// participant rules (roles/participants.ts).
import { pick, type Slots } from '../slots.js';
import { subjectBefore } from './preverbal.js';
import { subjectOf } from './subject.js';

export function partakers(ev: Slots): void {
  if (ev.entry.type !== 'COOPERATE' || !ev.source.length) return;
  for (const c of ev.f.partCues) {
    if (c.at > ev.k || ev.f.sets.participantLists?.has(ev.f.doc.toks[c.at].w.c)) continue;
    for (const x of subjectBefore(ev, c.at) ?? subjectOf(ev, c.at)) if (!ev.used.has(x)) ev.participants.push(pick(ev, x));
  }
}
