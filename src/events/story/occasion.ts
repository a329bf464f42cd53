// "اتفق قادة منظمة شنغهاي على ... . جاء ذلك في القمة ... التي عقدت الأربعاء في أستانا": a sentence
// opening with an occasion cue (triggers.json "occasion") says where and when the events of the
// sentence before happened: at the meeting it reports.
import { findCue } from '../cues.js';
import { setLocation, type Raw } from '../record.js';
import type { EventRecord } from '../../types.js';
import type { Story } from './story.js';

/** The occasion cue stands this close to the start of its sentence. */
const OPENING = 1;

/** The step: the events of the sentence before an occasion sentence take its meeting's place and date. */
export function occasionOfSentenceBefore(st: Story): void {
  for (const meeting of st.raws) {
    const s = meeting.rec.sentence.index;
    if (meeting.rec.type !== 'CONSULT' || meeting.rec.status !== 'reported' || meeting.background) continue;
    if (!meeting.rec.location && !meeting.rec.date) continue;
    const cue = findCue(st.doc, s, 'occasion')[0];
    if (!cue || cue.at - st.doc.sentTok[s][0] > OPENING || meeting.tok.i < cue.end) continue;
    for (const r of st.raws) if (r.rec.sentence.index === s - 1) atOccasion(r, meeting);
  }
}

function atOccasion(r: Raw, meeting: Raw): void {
  if (r.background || r.rec.status !== 'reported') return;
  placeAndDateOf(r.rec, meeting.rec, `sentence ${meeting.rec.sentence.index} (occasion)`);
}

/** A record with no place or date of its own takes those of the meeting it happened at, the note as their basis. */
export function placeAndDateOf(e: EventRecord, m: EventRecord, note: string): void {
  if (!e.location && m.location) setLocation(e, m.location, `location: ${note}`, note);
  if (!e.date && m.date) {
    e.date = { ...m.date, basis: note };
    e.date_precision = m.date_precision;
    e.date_basis = note;
    e.basis.push(`date: ${note}`);
  }
}
