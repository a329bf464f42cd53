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
  // in sentence order, as the events are, each with its sides worked out once: a long document has thousands
  const meetings = st.events
    .filter((m) => m.type === 'CONSULT' && m.location?.basis === 'sentence' && m.status !== 'negated' && !background.has(m))
    .map((m) => ({ m, sides: sidesOf(m) }));
  if (!meetings.length) return;
  for (const e of st.events) {
    // ... and a meeting of the same sides with no place of its own is that meeting again ("واجتمع ... الاجتماع")
    if (e.location || !(meetingOutcomes.has(e.type) || e.type === 'CONSULT') || e.status === 'negated' || background.has(e)) continue;
    const meeting = nearest(meetings, e.sentence.index, ({ m, sides }) => sameTime(e, m) && sharesSide(e, sides));
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

interface Meeting { m: EventRecord; sides: Set<string> }

/** The fitting meeting whose sentence is nearest to sentence s, the earlier one on a tie (as a scan of the list
 *  would find): searched outwards from s over meetings in sentence order, so a long document's near meeting is
 *  found without trying every other. */
function nearest(meetings: Meeting[], s: number, fits: (m: Meeting) => boolean): EventRecord | undefined {
  const at = (i: number): number => meetings[i].m.sentence.index;
  let after = 0;
  for (let hi = meetings.length; after < hi; ) {
    const mid = (after + hi) >> 1;
    if (at(mid) < s) after = mid + 1;
    else hi = mid;
  }
  let before = after; // meetings[before..after) have been tried
  while (before > 0 || after < meetings.length) {
    if (after === meetings.length || (before > 0 && s - at(before - 1) <= at(after) - s)) {
      // the sentence before, its meetings in list order
      let first = before - 1;
      while (first > 0 && at(first - 1) === at(before - 1)) first--;
      for (let i = first; i < before; i++) if (fits(meetings[i])) return meetings[i].m;
      before = first;
    } else if (fits(meetings[after++])) return meetings[after - 1].m;
  }
  return undefined;
}

/** A meeting's sides: its source, recipient, chair and participants, and the state a capital among them stands for ("استضافت يريفان": Armenia). */
function sidesOf(meeting: EventRecord): Set<string> {
  return new Set([...meeting.source, ...meeting.recipient, ...meeting.chair, ...meeting.participants]
    .flatMap((a) => (a.type === 'PLACE' && a.affiliation ? [a.entity, a.affiliation.entity] : [a.entity])));
}

const sharesSide = (e: EventRecord, sides: Set<string>): boolean => [...e.source, ...e.recipient].some((a) => sides.has(a.entity));

/** An actor of the event is a side of the meeting. */
export const sidesShared = (e: EventRecord, meeting: EventRecord): boolean => sharesSide(e, sidesOf(meeting));
