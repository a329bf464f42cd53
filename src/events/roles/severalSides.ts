// "تدريبات قوات منظمة معاهدة الأمن الجماعي", "مناورات روسية بيلاروسية": what one side does alone
// (its own drills: MOBILIZE) is joint work when its sides are several states or an alliance
// (COOPERATE). The trigger entry names the rule it then reads as (several_sides in triggers.json).
// The sides are its source, its participants and a partner its frame marks ("مناورات مع طاجيكستان");
// a head of state stands for his state ("أجرى الرئيسان بوتين ولوكاشينكو مناورات").
import type { Doc, Ment, Tok } from '../doc.js';
import type { TriggerEntry } from '../lexicon/types.js';
import { loadFrames } from '../frames.js';
import type { Slots } from '../slots.js';

export function severalSides(ev: Slots): void {
  const { f, entry, k } = ev;
  if (entry.several_sides === undefined) return;
  const preps = loadFrames().byRule.get(entry.rule)?.preps;
  const partner = (m: Ment): boolean => m.roleStart > f.a && preps?.get(f.doc.toks[m.roleStart - 1].w.c) === 'partner';
  // "مناورات بين روسيا وأوزبكستان": betweenSides has put the other sides in the recipient
  const sides = [...ev.source, ...ev.participants, ...(ev.sides ? ev.recipient : ev.recipient.filter(partner))];
  // a state's forces and ministries stand for it ("القوات الروسية والأوزبكية")
  const states = new Set(sides.map((m) => (m.isCountry || m.ent.type === 'PERSON' || orgOfKind(m, f.sets.stateKinds) ? m.ent.country : undefined))
    .filter((c) => c !== undefined));
  const alliance = sides.some((m) => orgOfKind(m, f.sets.jointKinds));
  if (states.size < 2 && !alliance) return;
  const joint = jointEntry(f.doc, f.doc.toks[k], entry);
  if (!joint) return;
  ev.entry = joint;
  ev.basis.push('type: the sides are several states or an alliance');
}

/** The entry a trigger word reads as when its sides are several (its several_sides rule), if any. */
export function jointEntry(doc: Doc, tok: Tok, entry: TriggerEntry): TriggerEntry | undefined {
  if (entry.several_sides === undefined) return undefined;
  return doc.lex.triggers.get(tok.f)?.find((h) => h.entry.rule === entry.several_sides)?.entry;
}

const orgOfKind = (m: Ment, kinds: Set<string> | undefined): boolean => m.ent.type === 'ORG' && m.ent.kind !== undefined && !!kinds?.has(m.ent.kind);
