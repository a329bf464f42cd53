// "الهجمات التي ينفذها تنظيم داعش ضد طالبان", "الاتفاقية التي وقعتها روسيا": a noun trigger (no finite verb) with a
// relative clause right after it is done by the subject of that clause.
import { tokIs } from '../cues.js';
import type { Ment } from '../doc.js';
import { pick, type Slots } from '../slots.js';
import { agreement } from './agreement.js';
import { inPP, withCoordinated } from './subject.js';

/** The subject follows the relative clause's verb this close. */
const SUBJECT_WINDOW = 3;
/** Adjectives between the trigger and the relative ("العمليات الأمنية التي تشنها السلطات الطاجيكية"), at most. */
const ADJECTIVES = 2;

export function relativeClauseSource(ev: Slots): void {
  const { f } = ev;
  // a meeting's relative clause names its host or place ("قمتهم التي استضافتها العاصمة"), and a
  // possessive suffix ("هجماته") the actor already
  if (ev.source.length || agreement(ev) !== null || ev.entry.type === 'CONSULT' || ev.g.head.hit.suffixed) return;
  const toks = f.doc.toks;
  const rel = relativeAfter(ev);
  if (rel < 0 || rel + 1 >= f.b) return;
  const verb = rel + 1;
  const m = f.actors.find((x) => x.roleStart > verb && x.roleStart - verb <= SUBJECT_WINDOW && !ev.used.has(x) && !inPP(f, x));
  if (!m || toks.slice(verb + 1, m.roleStart).some((tk) => tokIs(tk, f.sets.preps))) return;
  for (const x of withCoordinated(ev, m)) ev.source.push(pick(ev, x));
  ev.basis.push('source: the subject of the relative clause on the trigger');
}

/** The relative right after the trigger or its adjectives (words that are no name, preposition or trigger, nothing between but a comma before the relative: "الهجوم، الذي شنته حركة طالبان"). */
function relativeAfter(ev: Slots): number {
  const { f, k } = ev;
  const toks = f.doc.toks;
  for (let i = k + 1; i <= Math.min(k + 1 + ADJECTIVES, f.b - 1); i++) {
    const gap = f.doc.t.text.slice(toks[i - 1].end, toks[i].start).trim();
    // the text is normalised: ، is ","
    if (gap && !(gap === ',' && tokIs(toks[i], f.sets.relative))) return -1;
    if (tokIs(toks[i], f.sets.relative)) return i;
    if (endsAName(f.actors, i) || tokIs(toks[i], f.sets.preps) || toks[i].w.trig !== undefined) return -1;
  }
  return -1;
}

/** Token i is the first or last word of an actor's mention (a loop over the few actors, not a set made for every event). */
function endsAName(actors: Ment[], i: number): boolean {
  for (const m of actors) if (m.t0 === i || m.t1 - 1 === i) return true;
  return false;
}
