// "احتجزت شرطة الحدود ... في مينسك", "حاولت قوات خاصة اعتقال أتامباييف", "وأوقف العشرات": the authorities, the
// police or the security forces of no state the sentence names, and an act only a state carries out with no
// doer named (roles/stateActs.ts), act for the state where the act takes place. A step after the story has
// given each event its place (its sentence's, or the lead's); an act only a state carries out still with no
// actor is dropped.
import { actorOf } from '../actors.js';
import { hostCountry } from '../doc.js';
import { hasActor, placedUnrest } from '../record.js';
import type { Story } from './story.js';

export function unnamedAuthorities(st: Story): void {
  const { doc } = st;
  for (const r of st.raws) {
    const e = r.rec;
    if (!r.byState) continue;
    // a dateline says where the report was filed, not where the act took place
    const country = e.location?.basis === 'dateline' ? undefined : e.location?.country;
    if (e.source.length || !country || e.status === 'negated') continue;
    const state = hostCountry(doc, country, e.sentence.index, `source: the authorities of ${e.location!.name}`);
    if (!state || e.recipient.some((a) => a.entity === state.ent.id)) continue;
    e.source.push(actorOf(doc, state));
    e.basis.push(`source: the authorities of the place (${e.location!.name})`);
  }
  const unnamed = new Set(st.raws.filter((r) => r.byState === 'act' && !hasActor(r.rec) && !placedUnrest(r.rec)).map((r) => r.rec));
  if (unnamed.size) st.events = st.events.filter((e) => !unnamed.has(e));
}
