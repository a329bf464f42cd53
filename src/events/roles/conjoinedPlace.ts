// "التقى الرئيسان ... على هامش قمة ... في أوزبكستان، واتفقا على وقف إطلاق النار": a verb joined by و to the
// event before it, with that event's subject and no place of its own, happened where that event did.
import type { Slots } from '../slots.js';
import { conjoined } from './agreement.js';

export function conjoinedPlace(ev: Slots): void {
  const { f } = ev;
  if (ev.loc || !f.lastLoc || !ev.isVerb || !conjoined(ev) || !ev.source.length) return;
  // its subject, or the two sides of a dual verb ("واتفقا"), are the event before's
  const before = [...f.lastSource, ...f.lastSides];
  if (!ev.source.every((x) => before.some((y) => y.ent === x.ent))) return;
  ev.loc = f.lastLoc;
  ev.basis.push('location: the event before, whose subject this verb joined to it shares');
}
