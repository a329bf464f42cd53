// "وصل بوتين إلى بيشكك بدعوة من نظيره القرغيزي سورونباي جينبيكوف", "سيقوم ميرضيائيف تلبية لدعوة الرئيس إمام علي
// رحمن بزيارة رسمية لطاجيكستان": the one who invites (cue list invitation) hosts the visit: its recipient, set
// before the source rules so that the host is not taken for the visitor. The visitor is its source, not an invited
// guest (roles/participants.ts).
import { pick, type Slots } from '../slots.js';
import type { CueSpan } from '../cues.js';
import type { Ment } from '../doc.js';
import type { Frame } from '../frame.js';
import { wordsBetween } from '../triggers.js';
import { withCoordinated } from './subject.js';

/** The one who invites stands this close after the invitation phrase, in words, a name with its title counting as one ("فخامة الرئيس إمام علي رحمن"). */
const INVITER_WINDOW = 2;

/** The one who invites, right after an invitation phrase of the sentence (cue list invitation), not one of `used`. */
export function inviterAfter(f: Frame, c: CueSpan, used?: ReadonlySet<Ment>): Ment | undefined {
  return f.actors.find((x) => x.t0 >= c.end && !used?.has(x) && wordsBetween(f.doc, f.s, c.end - 1, x.roleStart) <= INVITER_WINDOW);
}

/** A visit or an arrival: a CONSULT trigger whose rule takes a destination (cue list destination_rules). */
export const isVisit = (ev: Slots): boolean => ev.entry.type === 'CONSULT' && ev.f.sets.destinationRules?.has(ev.entry.rule) === true;

export function invitationHost(ev: Slots): void {
  const { f } = ev;
  if (!isVisit(ev) || ev.recipient.length) return;
  for (const c of f.invitationCues) {
    const inviter = inviterAfter(f, c, ev.used);
    if (!inviter) continue;
    for (const x of withCoordinated(ev, inviter)) ev.recipient.push(pick(ev, x));
    ev.basis.push('recipient: the one who invites');
    return;
  }
}
