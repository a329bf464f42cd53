// "احتجزت شرطة الحدود ... في مينسك", "حاولت قوات خاصة اعتقال أتامباييف": the authorities, the police or the
// security forces of no state the sentence names act for the state where the act takes place. A step after
// the story has given each event its place (its sentence's, or the lead's).
import { actorOf } from '../actors.js';
import { findCue } from '../cues.js';
import { hostCountry } from '../doc.js';
import type { Story } from './story.js';

/** The acts a state's forces carry out. */
const ACTS: ReadonlySet<string> = new Set(['COERCE', 'ASSAULT', 'MOBILIZE']);

/** The authorities stand this many words before the act at most ("قوات الأمن من اعتقاله") ... */
const BEFORE = 4;
/** ... or this close after its verb ("احتجزت شرطة الحدود"). */
const AFTER = 1;

export function unnamedAuthorities(st: Story): void {
  const { doc } = st;
  for (const r of st.raws) {
    const e = r.rec, k = r.tok.i;
    // a dateline says where the report was filed, not where the act took place
    const country = e.location?.basis === 'dateline' ? undefined : e.location?.country;
    if (e.source.length || !ACTS.has(e.type) || !country || e.status === 'negated') continue;
    if (!findCue(doc, e.sentence.index, 'authorities').some((c) => (c.end <= k && k - c.end < BEFORE) || (c.at > k && c.at - k <= AFTER))) continue;
    const state = hostCountry(doc, country, e.sentence.index, `source: the authorities of ${e.location!.name}`);
    if (!state || e.recipient.some((a) => a.entity === state.ent.id)) continue;
    e.source.push(actorOf(doc, state));
    e.basis.push(`source: the authorities of the place (${e.location!.name})`);
  }
}
