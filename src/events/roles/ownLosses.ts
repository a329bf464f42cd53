// "أعلنت طالبان مقتل 5 من عناصرها في هجوم لداعش", "أعلنت أذربيجان مقتل جنديين من جنودها بنيران أرمينية": the side that
// reports what was done to its own members (a member noun with its pronoun, "عناصرها", "جنودها", right after the
// verbal noun of a verb of what is done to people: cue list counted_patient_rules) is the one it was done to; the other
// side named is the one who did it, however it is marked (roles/clashSides.ts: losses in clashes with a side after مع).
import { thirdPersonSuffix } from '../../text/clitics.js';
import type { Slots } from '../slots.js';

/** The member noun stands this close after the verbal noun ("مقتل جنديين من جنودها"). */
const OWN_MEMBERS_WINDOW = 4;

export function ownLosses(ev: Slots): void {
  const { f, k } = ev;
  if (ev.isVerb || !f.sets.countedPatientRules?.has(ev.entry.rule) || !ev.source.length || ev.source.some((m) => m.t0 > k)) return;
  const toks = f.doc.toks;
  let own = false;
  for (let i = k + 1; i < f.b && i <= k + OWN_MEMBERS_WINDOW && !own; i++) {
    const suffix = thirdPersonSuffix(toks[i].f);
    own = suffix !== null && !!f.sets.members?.has(toks[i].f.slice(0, -suffix.form.length));
  }
  if (!own) return;
  const reporters = ev.source;
  ev.source = ev.recipient.filter((m) => !reporters.some((r) => r.ent.id === m.ent.id));
  ev.recipient = reporters;
  ev.basis.push('recipient: the side that reports what was done to its own members; source: the other side');
}
