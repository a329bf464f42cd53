// One CSV row per event.
import type { EventActor, EventRecord } from '../types.js';

const COLUMNS = [
  'doc', 'id', 'date', 'date_precision', 'date_basis', 'type', 'quad_class', 'subtype', 'status', 'main', 'location',
  'country_code', 'mode', 'source', 'recipient', 'participants', 'chair', 'invited', 'trigger', 'trigger_start',
  'trigger_end', 'sentence', 'sentence_index', 'sentence_start', 'sentence_end', 'confidence', 'rule', 'cluster',
  'num_mentions', 'num_articles',
] as const;

export type EventColumn = (typeof COLUMNS)[number];

/** CSV column order of flattenEvent's rows. */
export const EVENT_COLUMNS: string[] = [...COLUMNS];

/** Multi-valued cells are joined by "; ". */
export const JOIN = '; ';

const names = (actors: EventActor[] | undefined): string => (actors ?? []).map((a) => a.name).join(JOIN);

export function flattenEvent(e: EventRecord): Record<string, string | number | boolean | null> {
  const row: Record<EventColumn, string | number | boolean | null> = {
    doc: e.doc,
    id: e.id,
    date: e.date?.value ?? null,
    date_precision: e.date_precision ?? null,
    date_basis: e.date_basis ?? null,
    type: e.type,
    quad_class: e.quad_class,
    subtype: e.subtype,
    status: e.status,
    main: e.main,
    location: e.location?.name ?? null,
    country_code: e.location?.iso3 ?? null,
    mode: e.mode ?? null,
    source: names(e.source),
    recipient: names(e.recipient),
    participants: names(e.participants),
    chair: names(e.chair),
    invited: names(e.invited),
    trigger: e.trigger.text,
    trigger_start: e.trigger.start,
    trigger_end: e.trigger.end,
    sentence: e.sentence.text,
    sentence_index: e.sentence.index,
    sentence_start: e.sentence.start,
    sentence_end: e.sentence.end,
    confidence: e.confidence,
    rule: e.rule,
    cluster: e.cluster ?? null,
    num_mentions: e.num_mentions ?? null,
    num_articles: e.num_articles ?? null,
  };
  return row;
}
