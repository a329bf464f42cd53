// "أُوقف قيادي معارض لشهرين في كازاخستان": an act only a state carries out (an arrest, a detention, a sentence, a
// state of emergency: cue list state_only_rules) with no doer named is the state's where it takes place. Not where a
// dateline puts the report, nor a state it is done to.
import { stateOfEventPlace, type Slots } from '../slots.js';

export function stateActs(ev: Slots): void {
  if (ev.source.length || !ev.f.sets.stateOnlyRules?.has(ev.entry.rule)) return;
  const state = stateOfEventPlace(ev, 'source: the state where the act takes place');
  if (!state) return;
  ev.source.push(state);
  ev.stateOfPlace = true;
  ev.basis.push('source: the state where an act only a state carries out takes place');
}
