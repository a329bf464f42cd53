// "اوقف 70 ناشطاً في حزب التحرير": a count right after a verb of the acts a state does to people (COERCE: arrest,
// detain, sentence), counting members of a group named after it, counts those it is done to (the passive reading
// the unvocalised verb allows): the group is no subject, but the recipient the verb's object gives.
import type { Slots } from '../slots.js';
import { isCount } from '../triggers.js';
import { memberOf } from './subject.js';

/** The group stands this close after the verb ("اوقف 70 ناشطاً في "حزب التحرير""). */
const GROUP_WINDOW = 5;

export function countedPatients(ev: Slots): void {
  const { f, k } = ev;
  if (!ev.isVerb || ev.entry.type !== 'COERCE' || ev.source.length || ev.nounSubject || ev.subjectBefore) return;
  if (k + 1 >= f.b || !isCount(f.doc, k + 1)) return;
  if (!f.actors.some((x) => x.roleStart > k && x.roleStart - k <= GROUP_WINDOW && memberOf(f, x))) return;
  ev.nounSubject = true;
  ev.basis.push('subject: none after the verb; the count after it is those it is done to');
}
