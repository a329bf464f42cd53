// PETRARCH's one-a-story filter.
import type { EventActor, EventRecord } from '../../types.js';
import { earlierOfKind } from '../roles/status.js';
import { actorWithBasis, locationOf, PERIOD } from '../record.js';
import type { Story } from './story.js';

/** The step: one record per (date, source, recipient, type) of the article. */
export function keepOneAStory(st: Story): void {
  const earlier = st.raws.filter((r) => earlierOfKind(st.doc, r.hit.entry, r.tok.i));
  st.events = oneAStory(st.events, new Set(earlier.map((r) => r.rec)));
}

const actorKey = (l: EventActor[]): string => [...new Set(l.map((a) => a.entity))].sort().join(',');

/**
 * PETRARCH's one-a-story filter: one record per (date, source, recipient, type) in an
 * article; the dropped records' sentences, participants and missing arguments go to the kept one, and
 * a city of the country the kept one has for its place. A record of an earlier happening of the kind
 * ("الاجتماع السابق ... في موسكو") is another happening: kept apart, it gives the story's record
 * nothing, and the story's record takes its key.
 */
export function oneAStory(events: EventRecord[], earlier: ReadonlySet<EventRecord> = new Set()): EventRecord[] {
  const kept = new Map<string, EventRecord>();
  const out: EventRecord[] = [];
  for (const e of events) {
    const key = [e.type, e.date?.value ?? PERIOD.get(e) ?? '', actorKey(e.source), actorKey(e.recipient)].join('|');
    const k = kept.get(key);
    if (!k) { kept.set(key, e); out.push(e); continue; }
    if (earlier.has(e) !== earlier.has(k)) {
      if (earlier.has(k)) kept.set(key, e);
      out.push(e);
      continue;
    }
    if (!k.basis.includes(`also: sentence ${e.sentence.index}`) && e.sentence.index !== k.sentence.index) k.basis.push(`also: sentence ${e.sentence.index}`);
    if (e.main) k.main = true;
    for (const role of ['participants', 'chair', 'invited'] as const) {
      for (const a of e[role]) {
        if (k[role].some((x) => x.entity === a.entity)) continue;
        if (role === 'participants' && [...k.source, ...k.recipient].some((x) => x.entity === a.entity)) continue;
        k[role].push(actorWithBasis(a, a.basis === 'sentence' ? `sentence ${e.sentence.index}` : a.basis));
      }
    }
    // "زيارة إلى أفغانستان" then "وصل إلى كابول": the city in that country is the more precise place
    const finer = k.location && e.location && e.location.country_name !== undefined && e.location.country_name === k.location.name;
    if ((!k.location || finer) && e.location) {
      k.location = locationOf(e.location, e.location.basis === 'sentence' ? `sentence ${e.sentence.index}` : e.location.basis);
      k.basis.push(`location: sentence ${e.sentence.index}`);
    }
    if (k.mode === 'in person' && e.mode === 'virtual') {
      k.mode = 'virtual';
      k.basis.push(`mode: sentence ${e.sentence.index}`);
    }
    for (const c of e.context) if (!k.context.includes(c)) k.context.push(c);
  }
  // participants already in another role stay listed (attendance lists name the chair too)
  return out;
}
