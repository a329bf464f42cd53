// "أُوقف قيادي معارض لشهرين في كازاخستان": an act only a state carries out (an arrest, a detention, a sentence, a
// state of emergency: cue list state_only_rules) with no doer named is the state's where it takes place. Not where a
// dateline puts the report, nor a state it is done to.
import { hostCountry } from '../doc.js';
import type { Slots } from '../slots.js';

export function stateActs(ev: Slots): void {
  const { f, entry, loc } = ev;
  if (ev.source.length || !loc?.country || loc.basis === 'dateline' || !f.sets.stateOnlyRules?.has(entry.rule)) return;
  const state = hostCountry(f.doc, loc.country, f.s, 'source: the state where the act takes place');
  if (!state || ev.recipient.some((m) => m.ent.id === state.ent.id)) return;
  ev.source.push(state);
  ev.stateOfPlace = true;
  ev.basis.push('source: the state where an act only a state carries out takes place');
}
