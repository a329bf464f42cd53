// "لن يتمكن باشينيان من المشاركة في اجتماع رؤساء دول منظمة معاهدة الأمن الجماعي", "عدم مشاركة باشينيان في القمة": one
// whom a negation (cue list negation) keeps from taking part (cue list participants) in a meeting stays away from it,
// which PLOVER codes as REJECT: from the one who stays away to the body that meets. The meeting is then the occasion
// of the news, not the news.
import { actorOf } from '../actors.js';
import type { Ment } from '../doc.js';
import { near, type Frame } from '../frame.js';
import { QUAD_CLASS } from '../lexicon/types.js';
import type { Raw } from '../record.js';
import { inPP } from '../roles/subject.js';
import type { Derived } from './reportedAccusation.js';

/** The negation stands this close before the participation word ("لن يتمكن من المشاركة"), in tokens. */
const NEGATION_BEFORE = 3;
/** The meeting's word follows the participation word this closely ("المشاركة في اجتماع"), in tokens. */
const MEETING_AFTER = 3;
/** Who stays away is named right after the participation word ("عدم مشاركة باشينيان"), or this close before the negation. */
const ABSENT_BEFORE = 8;

export const stayedAway: Derived = (f: Frame, raws: Raw[]) => {
  const out: Raw[] = [];
  const doc = f.doc;
  for (const c of f.partCues) {
    if (!near(f, f.sets.negation, c.at - NEGATION_BEFORE, c.at - 1)) continue;
    const meeting = raws.find((r) => r.rec.type === 'CONSULT' && r.tok.i >= c.end && r.tok.i - c.end < MEETING_AFTER);
    const absent = meeting && absentOne(f, c.at, c.end, meeting.tok.i);
    if (!meeting || !absent) continue;
    meeting.occasion = true;
    const e = meeting.rec;
    out.push({
      ...meeting,
      occasion: false,
      rec: {
        ...e,
        id: '', // setEventId
        type: 'REJECT', quad_class: QUAD_CLASS.REJECT, subtype: 'non-attendance', rule: 'reject.non-attendance',
        trigger: doc.t.span(doc.toks[c.at].start, doc.toks[c.end - 1].end), status: 'reported',
        source: [actorOf(doc, absent)], recipient: e.source.map((a) => ({ ...a })), participants: [], chair: [], invited: [],
        basis: ['source: the one a negation keeps from taking part', 'recipient: the body whose meeting it is'],
      },
    });
  }
  return out;
};

/** Who stays away: the actor right after the participation word, or the last one before the negation that no preposition governs. */
function absentOne(f: Frame, at: number, end: number, meeting: number): Ment | null {
  const after = f.actors.find((x) => x.roleStart >= end && x.roleStart < meeting);
  if (after) return after;
  const before = f.actors.filter((x) => x.t1 <= at - 1 && at - x.t1 <= ABSENT_BEFORE + NEGATION_BEFORE && !inPP(f, x));
  return before.at(-1) ?? null;
}
