// "الهجمات التي ينفذها تنظيم داعش ضد طالبان", "الاتفاقية التي وقعتها روسيا": a noun trigger (no finite verb) with a
// relative clause right after it is done by the subject of that clause.
import { tokIs } from '../cues.js';
import { pick, type Slots } from '../slots.js';
import { agreement } from './agreement.js';
import { inPP, withCoordinated } from './subject.js';

/** The subject follows the relative clause's verb this close. */
const SUBJECT_WINDOW = 3;

export function relativeClauseSource(ev: Slots): void {
  const { f, k } = ev;
  // a meeting's relative clause names its host or place ("قمتهم التي استضافتها العاصمة"), and a
  // possessive suffix ("هجماته") the actor already
  if (ev.source.length || agreement(ev) !== null || ev.entry.type === 'CONSULT' || ev.g.head.hit.suffixed) return;
  const toks = f.doc.toks;
  const rel = k + 1;
  if (rel + 1 >= f.b || !tokIs(toks[rel], f.sets.relative)) return;
  const verb = rel + 1;
  const m = f.actors.find((x) => x.roleStart > verb && x.roleStart - verb <= SUBJECT_WINDOW && !ev.used.has(x) && !inPP(f, x));
  if (!m || toks.slice(verb + 1, m.roleStart).some((tk) => tokIs(tk, f.sets.preps))) return;
  for (const x of withCoordinated(ev, m)) ev.source.push(pick(ev, x));
  ev.basis.push('source: the subject of the relative clause on the trigger');
}
