// "سيطرت القوات الروسية على جزء من عاصمة إقليم أوسيتيا الجنوبية", "هجوم على مدينة قندوز": with no place phrase of
// its own, an attack takes place where the preposition its frame gives the target (على, ضد) names a place that is no
// country (a country is an actor, the target itself).
import { tokIs } from '../cues.js';
import { locFromMention } from '../doc.js';
import { loadFrames } from '../frames.js';
import type { Slots } from '../slots.js';

/** The preposition stands this close after the trigger, its subject between ("سيطرت القوات الروسية على"), in tokens. */
const PREP_WINDOW = 6;
/** The place starts this close after the preposition, place heads and partitives between, in tokens. */
const PLACE_WINDOW = 5;

export function attackedPlace(ev: Slots): void {
  const { f, k, entry } = ev;
  if (ev.loc || entry.type !== 'ASSAULT') return;
  const preps = loadFrames().byRule.get(entry.rule)?.preps;
  if (!preps) return;
  const toks = f.doc.toks;
  const { placeHeads, placePartitives } = f.sets;
  for (let i = k + 1; i < Math.min(f.b, k + 1 + PREP_WINDOW); i++) {
    if (preps.get(toks[i].w.c) !== 'target') continue;
    let j = i + 1;
    while (j < Math.min(f.b, i + 1 + PLACE_WINDOW) && (tokIs(toks[j], placeHeads) || tokIs(toks[j], placePartitives))) j++;
    const place = f.doc.bySentence.get(f.s)?.find((m) => m.t0 === j && m.ent.type === 'PLACE' && !m.isCountry);
    if (place) {
      ev.loc = locFromMention(f.doc, place, 'sentence', i + 1, i);
      ev.basis.push('location: the place the attack is made on');
    }
    return;
  }
}
