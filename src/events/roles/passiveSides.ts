// "اتفاقية الإطار الثلاثية بين أوزبكستان وأفغانستان وباكستان، تم توقيعها في 17 يوليو": a verbal noun
// after a passive auxiliary, with a pronoun for what it acts on, names no actor of its own; its sides
// are those of the thing the pronoun stands for, "بين A و B" before it in the sentence.
import { thirdPersonSuffix } from '../../text/clitics.js';
import { tokIs } from '../cues.js';
import { loadFrames } from '../frames.js';
import type { Slots } from '../slots.js';
import { takeSides } from './between.js';
import { withCoordinated } from './subject.js';

/** بين stands this many tokens before the passive auxiliary at most. */
const WINDOW = 12;

export function passiveSides(ev: Slots): void {
  const { f, k } = ev;
  if (ev.source.length || ev.isVerb || !thirdPersonSuffix(f.doc.toks[k].f)) return;
  const aux = k - 1;
  if (aux < f.a || !tokIs(f.doc.toks[aux], f.sets.passive)) return;
  const preps = loadFrames().byRule.get(ev.entry.rule)?.preps;
  if (!preps) return;
  for (let p = aux - 1; p >= Math.max(f.a, aux - WINDOW); p--) {
    if (preps.get(f.doc.toks[p].w.c) !== 'sides') continue;
    const first = f.actors.find((x) => x.roleStart > p && x.t1 <= aux && !ev.used.has(x));
    if (!first) return;
    const sides = withCoordinated(ev, first);
    if (sides.length < 2) return;
    takeSides(ev, sides, true, 'sides: بين A و B before the passive');
    return;
  }
}
