// "اوقف 70 ناشطاً في حزب التحرير", "قتل ثلاثة جنود روس": a count right after a verb of what is done to people
// (cue list counted_patient_rules: arrest, detain, sentence, kill), counting members of a group named after it,
// counts those it is done to (the passive reading the unvocalised verb allows): the group is no subject, but the
// recipient the verb's object gives.
import type { Ment } from '../doc.js';
import type { Slots } from '../slots.js';
import { isNumber } from '../triggers.js';
import { memberOf } from './subject.js';

/** The group stands this close after the verb ("اوقف 70 ناشطاً في "حزب التحرير""). */
const GROUP_WINDOW = 5;
/** ... or is the nisba of the counted noun, this close after the verb ("قتل ثلاثة جنود روس"). */
const NISBA_WINDOW = 3;

export function countedPatients(ev: Slots): void {
  const { f, k } = ev;
  if (!ev.isVerb || !f.sets.countedPatientRules?.has(ev.entry.rule) || ev.source.length || ev.nounSubject || ev.subjectBefore) return;
  if (k + 1 >= f.b || !isNumber(f.doc, k + 1)) return;
  const counted = (x: Ment): boolean => x.roleStart > k && ((x.roleStart - k <= GROUP_WINDOW && memberOf(f, x)) ||
    // "قتل ثلاثة جنود روس": the nisba of the counted noun
    (x.m.method === 'nisba' && x.t0 - k <= NISBA_WINDOW));
  if (!f.actors.some(counted)) return;
  ev.nounSubject = true;
  ev.basis.push('subject: none after the verb; the count after it is those it is done to');
}
