// "أُوقف قيادي معارض لشهرين في كازاخستان": an act only a state carries out (an arrest, a detention, a sentence, a
// state of emergency: cue list state_only_rules) with no doer named is the state's where it takes place. Not where a
// dateline puts the report, nor a state it is done to. So is an act of force by the police, the security forces or
// the authorities of no named state ("احتجزت شرطة الحدود", "قوات الأمن من اعتقاله": cue list authorities). When
// the sentence gives no place, the story names the state of the place it gives (story/authorities.ts).
import { findCue } from '../cues.js';
import { thatBetween } from '../frame.js';
import { stateOfEventPlace, type Slots } from '../slots.js';

/** The acts a state's forces carry out. */
const FORCE: ReadonlySet<string> = new Set(['COERCE', 'ASSAULT', 'MOBILIZE']);
/** The authorities stand this many words before the act at most ("قوات الأمن من اعتقاله") ... */
const BEFORE = 4;
/** ... or this close after its verb ("احتجزت شرطة الحدود"). */
const AFTER = 1;

export function stateActs(ev: Slots): void {
  if (ev.source.length) return;
  const stateOnly = !!ev.f.sets.stateOnlyRules?.has(ev.entry.rule);
  ev.byState = stateOnly ? 'act' : byAuthorities(ev) ? 'forces' : null;
  const state = stateOnly ? stateOfEventPlace(ev, 'source: the state where the act takes place') : null;
  if (!state) return;
  ev.source.push(state);
  ev.stateOfPlace = true;
  ev.basis.push('source: the state where an act only a state carries out takes place');
}

/**
 * The authorities of no named state stand right by an act of force, in its clause: not when they report the act of
 * people the report does not name ("قالت السلطات إن مسلحين اقتحموا").
 */
function byAuthorities(ev: Slots): boolean {
  const { f, k } = ev;
  if (!FORCE.has(ev.entry.type)) return false;
  return findCue(f.doc, f.s, 'authorities').some((c) => (c.end <= k && k - c.end < BEFORE && !thatBetween(f.doc, f.rd, f.sets, c.end - 1, k)) || (c.at > k && c.at - k <= AFTER));
}
