// "أكدت طاجيكستان أن اثنين من مواطنيها قتلا خلال اشتباكات مع قرغيزستان", "أعلن باشينيان مقتل جنود
// من القوات الأرمينية خلال اشتباكات مع الجيش الأذربيجاني": a side that reports its losses in
// clashes with another was attacked by it. The one the clashes were with (after مع) is the source;
// the reporting side, as its country where the sentence names it, the recipient.
import { tokIs } from '../cues.js';
import type { Ment } from '../doc.js';
import { pick, type Slots } from '../slots.js';
import { subjectBefore } from './preverbal.js';
import { speakerAfter, speechVerbAt } from './speech.js';

export function clashSides(ev: Slots): void {
  const { f, entry } = ev;
  if (entry.type !== 'ASSAULT' || !ev.recipient.length) return;
  const toks = f.doc.toks;
  const opponents = ev.recipient;
  // "مع قرغيزستان", a nisba on the force named ("مع الجيش الأذربيجاني"), or its forces ("مع قوات طاجيكستان")
  const afterMarker = (m: Ment): boolean => tokIs(toks[m.roleStart - 1], f.sets.recipientMarkers) ||
    ((m.m.method === 'nisba' || tokIs(toks[m.roleStart - 1], f.sets.members)) && tokIs(toks[m.roleStart - 2], f.sets.recipientMarkers));
  if (!opponents.every(afterMarker)) return;
  const reporter = reporterBefore(ev);
  if (!reporter) return;
  const side = countryOf(ev, reporter);
  if (opponents.some((m) => m.ent.country === side.ent.country || m === side)) return;
  if (ev.source.some((m) => m !== reporter)) return;
  ev.source = [...opponents];
  ev.recipient = [pick(ev, side)];
  ev.basis.push('sides: the reporting side was attacked by the one the clashes were with');
}

/** The speaker of the speech verb before the trigger in its sentence (VSO after it, SVO before it). */
function reporterBefore(ev: Slots): Ment | null {
  const { f, k } = ev;
  for (let i = k - 1; i >= f.a; i--) {
    if (!speechVerbAt(f, i)) continue;
    return speakerAfter(f, i, k) ?? subjectBefore(ev, i)?.[0] ?? null;
  }
  return null;
}

/** The reporter's country as named in the sentence ("القوات الأرمينية" for باشينيان), else the reporter. */
function countryOf(ev: Slots, reporter: Ment): Ment {
  if (reporter.isCountry) return reporter;
  return ev.f.actors.find((m) => m.isCountry && m.ent.country === reporter.ent.country && !ev.used.has(m)) ?? reporter;
}
