// "وتم اعتماد هذا القرار في اجتماع مجلس الأمن الجماعي الذي عقد في أستانا": a decision no one is named taking, at a
// meeting its sentence names right after it (cue list `decided_at` before the meeting's word), is taken by the body
// that meets there, at the meeting's place and date. A step before the story completes its events, which drops those
// with no actor.
import { tokIs } from '../cues.js';
import { actorWithBasis, hasActor } from '../record.js';
import { placeAndDateOf } from './occasion.js';
import type { Story } from './story.js';

/** How far after the decision's word the meeting's word may stand ("تم اعتماد هذا القرار في اجتماع"). */
const MEETING_AFTER = 5;

export function decidedAtMeeting(st: Story): void {
  const { doc } = st;
  for (const r of st.raws) {
    const e = r.rec;
    if (e.type !== 'AGREE' || e.status !== 'reported' || r.background || hasActor(e)) continue;
    const at = st.raws.find((m) => m.rec.type === 'CONSULT' && m.rec.status === 'reported' && m.rec.source.length > 0 &&
      m.rec.sentence.index === e.sentence.index && m.tok.i > r.tok.i && m.tok.i - r.tok.i <= MEETING_AFTER && tokIs(doc.toks[m.tok.i - 1], doc.sets.decidedAt));
    if (!at) continue;
    const note = 'the meeting it was taken at';
    e.source = at.rec.source.map((a) => actorWithBasis(a, `coreference: ${note}`));
    e.basis.push(`source: ${note}`);
    placeAndDateOf(e, at.rec, note);
  }
}
