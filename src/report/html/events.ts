// The report's events: each event record flattened to what the table, its filters and the
// sentence view need, in date order.
import type { DocumentRecord } from '../../types.js';
import { arr, cmp, eventActors, parseDateValue } from '../aggregate.js';
import { highlights, type Highlight } from './highlights.js';

export interface ReportEvent {
  id: string;
  doc: string;
  src: string;
  lang: string;
  type: string;
  subtype: string;
  quad: string;
  status: string;
  main: boolean;
  conf: number;
  mode: string | null;
  date: string | null;
  dateBasis: string | null;
  start: string | null;
  end: string | null;
  /** Start of its timeline bin (set by eventTimeline); null when it is not on the timeline. */
  period: string | null;
  trigger: string;
  /** `ar`: the Arabic name and the spellings in the article, so the actor filter finds بوتين too. */
  actors: { role: string; name: string; type: string; ar: string[] }[];
  place: string | null;
  placeCountry: string | null;
  sentence: string;
  hl: Highlight[];
}

/** Entity id → its Arabic name and the distinct spellings of its mentions in the document. */
function arabicNames(doc: DocumentRecord): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of arr(doc.entities)) {
    out.set(e.id, [...new Set([e.name_ar, ...arr(e.mentions).map((m) => m.text)].filter((x): x is string => !!x))]);
  }
  return out;
}

/** Every event of the documents, by date (undated last), then by id. */
export function reportEvents(docs: DocumentRecord[]): ReportEvent[] {
  const docById = new Map(docs.map((d) => [d.id, d]));
  const events: ReportEvent[] = [];
  for (const doc of docs) {
    const arabic = arabicNames(doc);
    for (const ev of arr(doc.events)) {
      const span = parseDateValue(ev.date?.value ?? null);
      const actors = eventActors(ev).map(({ actor, role }) => ({ role, name: actor.name || actor.entity, type: actor.type, ar: arabic.get(actor.entity) ?? [] }));
      events.push({
        id: String(ev.id ?? ''),
        doc: doc.id,
        src: String(doc.source ?? ''),
        lang: String(doc.language ?? ''),
        type: String(ev.type || 'UNKNOWN'),
        subtype: String(ev.subtype ?? ''),
        quad: String(ev.quad_class ?? ''),
        status: String(ev.status ?? ''),
        main: !!ev.main,
        conf: typeof ev.confidence === 'number' ? ev.confidence : 0,
        mode: ev.mode ?? null,
        date: ev.date?.value ?? null,
        dateBasis: ev.date?.basis ?? null,
        start: span?.start ?? null,
        end: span?.end ?? null,
        period: null,
        trigger: String(ev.trigger?.text ?? ''),
        actors,
        place: ev.location ? String(ev.location.name || ev.location.entity || '') : null,
        placeCountry: ev.location ? String(ev.location.iso3 || ev.location.country || '') || null : null,
        sentence: String(ev.sentence?.text ?? ''),
        hl: highlights(docById.get(doc.id) ?? doc, ev),
      });
    }
  }
  events.sort((a, b) => (a.start === b.start ? 0 : a.start === null ? 1 : b.start === null ? -1 : a.start < b.start ? -1 : 1) || cmp(a.id, b.id));
  return events;
}
