// "وصل بوتين إلى بيشكك بدعوة من نظيره القرغيزي سورونباي جينبيكوف", "سيقوم ميرضيائيف تلبية لدعوة الرئيس إمام علي
// رحمن بزيارة رسمية لطاجيكستان": the one who invites (cue list invitation) hosts the visit: its recipient, set
// before the source rules so that the host is not taken for the visitor. The visitor is its source, not an invited
// guest (roles/participants.ts).
import { pick, type Slots } from '../slots.js';
import { wordsBetween } from '../triggers.js';
import { withCoordinated } from './subject.js';

/** The one who invites stands this close after the invitation phrase, in words, a name with its title counting as one ("فخامة الرئيس إمام علي رحمن"). */
export const INVITER_WINDOW = 2;

/** A visit or an arrival: a CONSULT trigger whose rule takes a destination (cue list destination_rules). */
export const isVisit = (ev: Slots): boolean => ev.entry.type === 'CONSULT' && ev.f.sets.destinationRules?.has(ev.entry.rule) === true;

export function invitationHost(ev: Slots): void {
  const { f } = ev;
  if (!isVisit(ev) || ev.recipient.length) return;
  for (const c of f.invitationCues) {
    const inviter = f.actors.find((x) => x.t0 >= c.end && !ev.used.has(x) && wordsBetween(f.doc, f.s, c.end - 1, x.roleStart) <= INVITER_WINDOW);
    if (!inviter) continue;
    for (const x of withCoordinated(ev, inviter)) ev.recipient.push(pick(ev, x));
    ev.basis.push('recipient: the one who invites');
    return;
  }
}
