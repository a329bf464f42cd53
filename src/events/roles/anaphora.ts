// Anaphoric triggers: "خلال الجلسة", "في هذه القمة" recall a meeting already reported, whose
// actors, date and place the story gives the event (story/antecedent.ts).
import type { Slots } from '../slots.js';

/** A trigger right after an anaphora cue, when the sentence names no body of its own nor a chair. */
export function anaphora(ev: Slots): void {
  const { f, g } = ev;
  ev.anaphoric = [g.head, ...g.extra].some((h) => f.anaphora.some((x) => x.end - 1 === h.k) && !h.hit.suffixed) && !ev.ofFound && !ev.chair.length;
}
