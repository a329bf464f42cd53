// "القمة اليوبيلية لرابطة الدول المستقلة التي تستضيفها دوشنبه عاصمة طاجيكستان": the state a summit,
// session, conference or talks (cue list gathering_rules) is held in, by its own sentence, hosts it and is one
// of its sides. A step after the main record is chosen: the host says nothing its place does not.
import { actorOf } from '../actors.js';
import { hostCountry } from '../doc.js';
import type { Story } from './story.js';

export function gatheringHosts(st: Story): void {
  const { doc } = st;
  for (const r of st.raws) {
    const e = r.rec;
    const country = e.location?.basis === 'sentence' ? e.location.country : undefined;
    if (!country || !doc.sets.gatheringRules?.has(r.hit.entry.rule)) continue;
    if ([...e.source, ...e.recipient, ...e.participants, ...e.chair, ...e.invited].some((a) => a.country === country)) continue;
    const host = hostCountry(doc, country, e.sentence.index, 'host: the country of its place');
    if (host) e.participants.push(actorOf(doc, host));
  }
}
