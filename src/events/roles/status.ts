// The status of an event (reported, planned, negated), and background clauses.
import { near } from '../frame.js';
import type { Slots } from '../slots.js';

/**
 * Negated by a negation word just before a trigger, or before the support verb that carries it
 * ("ولم تشارك القوات الأرمينية في المناورات"); planned by a future marker near one.
 */
export function eventStatus(ev: Slots): void {
  const { f, g, carrier } = ev;
  const all = [g.head, ...g.extra];
  const { negation, future } = f.sets;
  if (all.some((h) => near(f, negation, h.k - 2, h.k - 1)) || (carrier >= 0 && near(f, negation, carrier - 2, carrier - 1))) ev.status = 'negated';
  else if (all.some((h) => h.hit.future) || all.some((h) => near(f, future, h.k - 3, h.k + 3))) ev.status = 'planned';
  else ev.status = 'reported';
}

/** A background word just before the trigger: what happened before the story. */
export function background(ev: Slots): void {
  ev.background = near(ev.f, ev.f.sets.background, ev.k - 3, ev.k - 1);
}
