// "تظاهر ... في العاصمة الجورجية تبليس نحو خمسين الفا ... مطالبين رئيس البلاد بالتنحي": a circumstantial
// participle tells what the doers of the event before it did meanwhile, there: with no place of its own it has
// that event's place.
import type { Slots } from '../slots.js';
import { circumstantial } from './source.js';

export function circumstantialPlace(ev: Slots): void {
  if (ev.loc || !ev.f.lastLoc || !circumstantial(ev)) return;
  ev.loc = ev.f.lastLoc;
  ev.basis.push('location: the event before, which this circumstantial participle goes with');
}
