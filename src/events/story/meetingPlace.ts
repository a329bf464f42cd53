// "وتعتزم الدول الأعضاء في المنظمة توقيع عدد من الوثائق" after "اجتماع ... في مينسك", "بورديوجا: خروج
// أوزبكستان سينعكس سلبا" before "قال بورديوجا عقب لقائه مع لوكاشينكو في مينسك": what a side of a meeting
// the article reports says, signs or agrees, with no place of its own, it does at that meeting, wherever the
// article reports the meeting, and on its date when it has none (story/complete.ts gives the main meeting's
// place to what follows it).
import type { EventRecord } from '../../types.js';
import { setLocation, takeDate } from '../record.js';
import type { Story } from './story.js';

export function placeOfMeeting(st: Story): void {
  const { meetingOutcomes } = st.doc.lex;
  const background = new Set(st.raws.filter((r) => r.background).map((r) => r.rec));
  const meetings = st.events.filter((m) => m.type === 'CONSULT' && m.location?.basis === 'sentence' && m.status !== 'negated' && !background.has(m));
  if (!meetings.length) return;
  for (const e of st.events) {
    // ... and a meeting of the same sides with no place of its own is that meeting again ("واجتمع ... الاجتماع")
    if (e.location || !(meetingOutcomes.has(e.type) || e.type === 'CONSULT') || e.status === 'negated' || background.has(e)) continue;
    const meeting = nearest(meetings.filter((m) => sameTime(e, m) && sidesShared(e, m)), e.sentence.index);
    if (!meeting) continue;
    const where = `sentence ${meeting.sentence.index}`;
    setLocation(e, meeting.location!, `location: the meeting of ${where}`, where);
    // ... and then: "منظمة معاهدة الأمن الجماعي توقع 22 وثيقة" over "عقد رؤساء الدول الأعضاء، الثلاثاء 23/12/2014، اجتماعاً"
    if (!e.date && meeting.date && e.status === 'reported') takeDate(e, meeting, `the meeting of ${where}`, `the meeting of ${where}`);
  }
}

/** Both planned or both not, and no two different dates. */
const sameTime = (e: EventRecord, m: EventRecord): boolean =>
  (e.status === 'planned') === (m.status === 'planned') && (!e.date || !m.date || e.date.value === m.date.value);

/** The meeting whose sentence is nearest; the earlier one on a tie. */
function nearest(meetings: EventRecord[], s: number): EventRecord | undefined {
  let best: EventRecord | undefined;
  for (const m of meetings) if (!best || Math.abs(m.sentence.index - s) < Math.abs(best.sentence.index - s)) best = m;
  return best;
}

/** An actor of the event is a side of the meeting (its source, recipient, chair or participants), or the state a capital among them stands for ("استضافت يريفان": Armenia). */
export function sidesShared(e: EventRecord, meeting: EventRecord): boolean {
  const sides = new Set([...meeting.source, ...meeting.recipient, ...meeting.chair, ...meeting.participants]
    .flatMap((a) => (a.type === 'PLACE' && a.affiliation ? [a.entity, a.affiliation.entity] : [a.entity])));
  return [...e.source, ...e.recipient].some((a) => sides.has(a.entity));
}
