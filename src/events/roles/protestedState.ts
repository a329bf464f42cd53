// "اندلعت احتجاجات في كاراكلباكستان", "فرقت الشرطة احتجاجا في الما آتا": a protest against no one named (cue list
// protested_state_rules) is against the state where it takes place. Not where a dateline puts the report.
import { stateOfEventPlace, type Slots } from '../slots.js';

export function protestedState(ev: Slots): void {
  if (ev.recipient.length || !ev.f.sets.protestedStateRules?.has(ev.entry.rule)) return;
  const state = stateOfEventPlace(ev, 'recipient: the state where the protest takes place');
  if (!state) return;
  ev.recipient.push(state);
  ev.basis.push('recipient: the state where a protest against no one named takes place');
}
