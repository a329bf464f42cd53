// "وقع الرئيس الروسي X ونظيره القيرغيزي Y مذكرة", "اشتبكت قوات طاجيكستان وقيرغيزستان": the sides of a
// two-sided act named together as its subject are its parties, read as "بين A و B" is (roles/between.ts):
// the first the source, the others the recipient. Two-sided: the act's frame marks a partner (مع) and
// is directed; a symmetric act (a meeting, an agreement) keeps its sides together.
import { affiliation } from '../affiliation.js';
import type { Doc, Ment } from '../doc.js';
import { loadFrames } from '../frames.js';
import type { Slots } from '../slots.js';

export function coordinatedSides(ev: Slots): void {
  if (ev.source.length < 2 || ev.recipient.length || ev.sides) return;
  const frame = loadFrames().byRule.get(ev.entry.rule);
  if (!frame || frame.symmetric || ![...frame.preps.values()].includes('partner')) return;
  // "الرئيس الروسي ووزير خارجيته": two people of one state are one side
  const doc = ev.f.doc;
  const first = sideOf(doc, ev.source[0]);
  const others = ev.source.filter((m) => sideOf(doc, m) !== first);
  if (!others.length) return;
  ev.source = ev.source.filter((m) => sideOf(doc, m) === first);
  ev.recipient.push(...others);
  ev.sides = true;
  ev.basis.push('sides: the subjects of a two-sided act');
}

/** The state a person, a country or a state body stands for; else the actor itself. */
const sideOf = (doc: Doc, m: Ment): string => m.ent.country ?? (m.ent.type === 'PERSON' ? affiliation(doc, m)?.ent.country : undefined) ?? m.ent.id;
