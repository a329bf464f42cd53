// "اندلعت احتجاجات في كاراكلباكستان", "فرقت الشرطة احتجاجا في الما آتا": a protest against no one named (cue list
// protested_state_rules) is against the state where it takes place. Not where a dateline puts the report.
import { hostCountry } from '../doc.js';
import type { Slots } from '../slots.js';

export function protestedState(ev: Slots): void {
  const { f, entry, loc } = ev;
  if (ev.recipient.length || !loc?.country || loc.basis === 'dateline' || !f.sets.protestedStateRules?.has(entry.rule)) return;
  const state = hostCountry(f.doc, loc.country, f.s, 'recipient: the state where the protest takes place');
  if (!state || ev.source.some((m) => m.ent.id === state.ent.id)) return;
  ev.recipient.push(state);
  ev.basis.push('recipient: the state where a protest against no one named takes place');
}
