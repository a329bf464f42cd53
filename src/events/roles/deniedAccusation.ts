// "اتهمت جورجيا روسيا باطلاق صاروخ ...، لكن موسكو نفت ذلك", "جورجيا تتهم روسيا ... وموسكو تنفي": the accused who
// denies (cue list denial_rules) an accusation of its sentence or the one before denies it to the accuser, its recipient.
import type { Ment } from '../doc.js';
import type { Slots } from '../slots.js';
import { fromSentenceBefore } from './subject.js';

/** The sides of the last accusation of the article that named both, for a denial to answer. */
export function rememberAccusation(ev: Slots): void {
  if (ev.entry.type !== 'ACCUSE' || !ev.source.length || !ev.recipient.length || ev.status === 'negated') return;
  ev.f.doc.lastAccusation = { accuser: ev.source, accused: ev.recipient };
}

export function deniedAccusation(ev: Slots): void {
  const { f } = ev;
  const last = f.doc.lastAccusation;
  if (!last || ev.recipient.length || !ev.source.length || !f.sets.denialRules?.has(ev.entry.rule)) return;
  if (last.accuser[0].sentence < f.s - 1) return;
  // the one who denies is the accused, or of its state (Moscow for Russia, Russia's foreign minister)
  const state = (m: Ment): string => m.ent.country ?? m.ent.id;
  const accused = new Set(last.accused.flatMap((m) => [m.ent.id, state(m)]));
  if (!ev.source.every((m) => accused.has(m.ent.id) || accused.has(state(m)))) return;
  if (last.accuser.some((m) => ev.source.some((x) => state(x) === state(m)))) return;
  for (const m of last.accuser) ev.recipient.push(m.sentence === f.s ? m : fromSentenceBefore(m));
  ev.basis.push('recipient: the accuser whose accusation the accused denies');
}
