// Chair, invited and participants of a meeting.
import { commaBetween, type Ment } from '../doc.js';
import { pick, type Slots } from '../slots.js';
import { wordsBetween } from '../triggers.js';
import { biGlued, subjectOf, withCoordinated } from './subject.js';
import { isVisit } from './invitation.js';

/** Chair, invited and participants of a meeting, from their cue phrases. */
export function meetingCueRoles(ev: Slots): void {
  if (ev.entry.type !== 'CONSULT') return;
  const { f, used } = ev;
  const actors = f.actors;
  for (const c of f.chairCues) {
    const m = actors.find((x) => x.t0 >= c.end && x.t0 - c.end <= 25 && x.ent.type === 'PERSON' && !used.has(x))
      ?? actors.find((x) => x.t0 >= c.end && x.t0 - c.end <= 6 && !used.has(x));
    if (m) ev.chair.push(pick(ev, m));
  }
  for (const c of f.invitedCues) {
    // "وصل بوتين إلى بيشكك بدعوة من نظيره": a visitor comes at the invitation, invited to no meeting (roles/invitation.ts)
    if (isVisit(ev) && f.invitationCues.some((x) => x.at === c.at)) continue;
    const before = actors.filter((x) => x.t1 <= c.at && !used.has(x));
    const m = before[before.length - 1];
    if (m) ev.invited.push(pick(ev, m));
  }
  // "لقاء قمة ثلاثية يضم الرئيس الروسي ... ونظيريه ...، و...", "لقاء جمع بوتين وأردوغان": those the meeting's word
  // brings together, right after it
  for (const c of f.gatheredCues) {
    // a name or a date between counts as one word ("قمة رباعية امس الاربعاء جمعت")
    if (c.at <= ev.k || wordsBetween(f.doc, f.s, ev.k, c.at) > GATHERED_AFTER) continue;
    const first = actors.find((x) => x.roleStart >= c.end && x.roleStart - c.end <= BEFORE_TAKERS && !used.has(x));
    if (!first) continue;
    const gathered = withCoordinated(ev, first);
    // "جمعت الرئيس الروسي ديمتري مدفيديف بنظيريه الأفغاني والباكستاني": and those it brings them together with (ب)
    const last = gathered[gathered.length - 1];
    const withWhom = actors.find((x) => x.roleStart >= last.t1 && x.roleStart - last.t1 <= 1 && !used.has(x) && !gathered.includes(x) && biGlued(ev, x));
    if (withWhom) gathered.push(...withCoordinated(ev, withWhom));
    for (const x of gathered) if (!used.has(x)) ev.participants.push(pick(ev, x));
  }
  for (const c of f.partCues) {
    // "يجتمع رؤساء دول المنظمة في بيشكيك لحضور جلسة": who meets after a meeting's verb is its source, not a participant
    if (ev.isVerb && c.at > ev.k) continue;
    if (f.sets.participantLists?.has(f.doc.toks[c.at].w.c)) {
      // "حضر الجلسة A، B و C", "بمشاركة A و B": every one listed after; an organisation only after a cue that follows
      // the meeting ("عقدت الجلسة بمشاركة وفد من حركة طالبان"), not the meeting's own ("مشاركة ميرزويان في قمة المنظمة")
      for (const m of actors) if (m.t0 >= c.end && !used.has(m) && (m.ent.type !== 'ORG' || c.at > ev.k)) ev.participants.push(pick(ev, m));
    } else {
      for (const x of takersAfterMeeting(ev, c.end) ?? subjectOf(ev, c.at)) if (!used.has(x)) ev.participants.push(pick(ev, x));
    }
  }
}

/** A participation verb's preposition and the meeting it opens: "شارك في القمة" (tokens from the verb's next token to the trigger). */
const VERB_TO_MEETING = 1;
/** Words such as "كل من" before the first of those who take part, in tokens. */
const BEFORE_TAKERS = 4;
/** The verb that says who a meeting brings together follows its word this close ("لقاء قمة ثلاثية يضم"). */
const GATHERED_AFTER = 3;

/**
 * "وشارك في القمة كل من الرئيس الروسي فلاديمير بوتين، ورئيس كازاخستان قاسم جومارت توكاييف، ...": the verb's
 * subject follows the meeting it takes part in, a whole list of people.
 */
function takersAfterMeeting(ev: Slots, cueEnd: number): Ment[] | null {
  const { f, k, used } = ev;
  if (k < cueEnd || k - cueEnd > VERB_TO_MEETING) return null;
  const first = f.actors.find((x) => x.t0 > k && !used.has(x));
  // "لن يشارك في الاجتماع، فيما صرح رئيس الوزراء ...": past a comma, another clause's
  return first && first.ent.type === 'PERSON' && first.roleStart - k <= BEFORE_TAKERS && !commaBetween(f.doc, f.doc.toks[k].end, f.doc.toks[first.roleStart].start)
    ? withCoordinated(ev, first) : null;
}

/**
 * The organisations and people of the sentence near a meeting's trigger take part, unless the
 * meeting is only recalled beside another event ("ووقع القادة في ختام القمة على وثائق بشأن قوات الرد السريع").
 */
export function meetingParticipants(ev: Slots): void {
  const { f, entry, k } = ev;
  if (entry.type !== 'CONSULT' || (ev.anaphoric && f.groups.length > 1)) return;
  for (const m of f.actors) {
    if (ev.used.has(m) || (m.ent.type !== 'ORG' && m.ent.type !== 'PERSON') || m.coref) continue;
    if (m.ent.kind && f.sets.excludedKinds?.has(m.ent.kind.toLowerCase())) continue;
    if (Math.abs(k - m.t0) <= 10 || Math.abs(k - (m.t1 - 1)) <= 10) ev.participants.push(pick(ev, m));
  }
}
