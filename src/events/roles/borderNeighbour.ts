// "أمر رحمن بتجنيد 20 ألف جندي احتياطي لتعزيز الحدود مع أفغانستان", "نشرت طاجيكستان قوات على الحدود مع
// أفغانستان": forces sent to, or raised for, the border with a country face that country, the recipient
// (cue list border_rules; the phrases "الحدود مع" in border_with).
import { findCue } from '../cues.js';
import type { Slots } from '../slots.js';

/** "الحدود مع" stands this close after the trigger. */
const WINDOW = 8;

export function borderNeighbour(ev: Slots): void {
  const { f, k, entry } = ev;
  if (ev.recipient.length || !f.sets.borderRules?.has(entry.rule)) return;
  const cue = findCue(f.doc, f.s, 'border_with').find((c) => c.at > k && c.at - k <= WINDOW);
  const neighbour = cue && f.actors.find((x) => x.roleStart === cue.end && x.isCountry && !ev.source.some((s) => s.ent.id === x.ent.id));
  if (!neighbour) return;
  ev.recipient.push(neighbour);
  ev.basis.push('recipient: the country across the border the forces go to');
}
