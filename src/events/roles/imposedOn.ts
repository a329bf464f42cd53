// "أعلن الرئيس الأوزبكي حالة الطوارئ في جمهورية كاراكلباكستان", "فرض حظر تجول دائم في اوش": a measure
// imposed on a city or a region bears on it, so the place is also the recipient (cue list imposed_on_rules).
// A whole country is not: the state that imposes it is the source ("أعلنت السلطات حالة الطوارئ في عموم البلاد").
import type { Slots } from '../slots.js';

export function imposedOn(ev: Slots): void {
  const { f, entry, loc } = ev;
  if (ev.recipient.length || !loc?.ment || loc.ment.isCountry || !f.sets.imposedOnRules?.has(entry.rule)) return;
  ev.recipient.push(loc.ment);
  ev.basis.push('recipient: the place the measure is imposed on');
}
