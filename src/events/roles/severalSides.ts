// "تدريبات قوات منظمة معاهدة الأمن الجماعي", "مناورات روسية بيلاروسية": what one side does alone
// (its own drills: MOBILIZE) is joint work when its sides are several states or an alliance
// (COOPERATE). The trigger entry names the rule it then reads as (several_sides in triggers.json).
import type { Slots } from '../slots.js';

export function severalSides(ev: Slots): void {
  const { f, entry, k } = ev;
  if (entry.several_sides === undefined) return;
  const sides = [...ev.source, ...ev.participants];
  const states = new Set(sides.filter((m) => m.isCountry).map((m) => m.ent.id));
  const alliance = sides.some((m) => m.ent.type === 'ORG' && m.ent.kind !== undefined && f.sets.jointKinds?.has(m.ent.kind));
  if (states.size < 2 && !alliance) return;
  const joint = f.doc.lex.triggers.get(f.doc.toks[k].f)?.find((h) => h.entry.rule === entry.several_sides);
  if (!joint) return;
  ev.entry = joint.entry;
  ev.basis.push('type: the sides are several states or an alliance');
}
