// "وتبادلت أرمينيا وأذربيجان الاتهامات بخرق الهدنة": what the sides do to each other, a noun a reciprocal verb
// (cue list reciprocal_verbs) carries, has the side named first as its source and the others as its recipient.
import { near } from '../frame.js';
import type { Slots } from '../slots.js';

/** The reciprocal verb stands this many words at most before the noun ("تبادلت أرمينيا وأذربيجان الاتهامات"). */
const WINDOW = 6;

export function reciprocalSides(ev: Slots): void {
  const { f, k } = ev;
  if (ev.isVerb || ev.recipient.length || ev.source.length < 2) return;
  if (!near(f, f.sets.reciprocalVerbs, k - WINDOW, k - 1)) return;
  const [first, ...others] = [...ev.source].sort((a, b) => a.t0 - b.t0);
  ev.source = [first];
  ev.recipient.push(...others);
  ev.basis.push('sides: a reciprocal act, the side named first its source');
}
