// "احتجزت شرطة الحدود ... في مينسك", "حاولت قوات خاصة اعتقال أتامباييف": the authorities, the police or the
// security forces of no state the sentence names act for the state where the act takes place.
import type { PloverType } from '../lexicon/types.js';
import { findCue } from '../cues.js';
import { hostCountry } from '../doc.js';
import { pick, type Slots } from '../slots.js';

/** The acts a state's forces carry out. */
const ACTS: ReadonlySet<PloverType> = new Set(['COERCE', 'ASSAULT', 'MOBILIZE']);

/** The authorities stand this many words before the act at most ("قوات الأمن من اعتقاله") ... */
const BEFORE = 4;
/** ... or this close after its verb ("احتجزت شرطة الحدود"). */
const AFTER = 1;

export function unnamedAuthorities(ev: Slots): void {
  const { f, k } = ev;
  if (ev.source.length || !ACTS.has(ev.entry.type) || !ev.loc?.country) return;
  const near = findCue(f.doc, f.s, 'authorities').some((c) => (c.end <= k && k - c.end < BEFORE) || (c.at > k && c.at - k <= AFTER));
  if (!near) return;
  const state = hostCountry(f.doc, ev.loc.country, f.s, `source: the authorities of ${ev.loc.name}`);
  if (!state || ev.recipient.some((m) => m.ent === state.ent)) return;
  ev.source.push(pick(ev, state));
  ev.basis.push(`source: the authorities of the place (${ev.loc.name})`);
}
