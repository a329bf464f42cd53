// What changed between two outputs of csto-extract extract, document by document. Items are
// matched by what they are, never by their place in an array: entities by id, then by a shared
// mention span (an unlinked name a new gazetteer entry links keeps its mentions); dates by
// offsets, then by text and value; events by id (document, trigger offsets and type), then by
// trigger offsets (a new type), then by type, trigger text and actors (a moved trigger).
import type { DateMention, DocumentRecord, EntityRecord, EventRecord } from '../types.js';

export type Kind = 'entities' | 'dates' | 'events';
export const KINDS: Kind[] = ['entities', 'dates', 'events'];

/** A field's value before and after, in compact form (spans as text@start-end, actors as ids). */
export type Changes = Record<string, { old: unknown; new: unknown }>;

export interface ItemChange {
  item: Record<string, unknown>;
  changes: Changes;
}

export interface KindDiff {
  added: Record<string, unknown>[];
  removed: Record<string, unknown>[];
  changed: ItemChange[];
}

export interface DocumentDiff {
  id: string;
  status: 'added' | 'removed' | 'changed';
  /** For added and removed documents: how many items they hold. */
  counts?: Record<Kind, number>;
  /** Changed document-level fields (published, language, warnings ...). */
  fields?: Changes;
  entities?: KindDiff;
  dates?: KindDiff;
  events?: KindDiff;
}

export interface Tally { added: number; removed: number; changed: number }

export interface DiffResult {
  summary: {
    documents: { old: number; new: number; added: number; removed: number; changed: number; unchanged: number };
  } & Record<Kind, Tally>;
  documents: DocumentDiff[];
}

const isSpan = (v: Record<string, unknown>): boolean => typeof v.text === 'string' && typeof v.start === 'number' && typeof v.end === 'number';

/** Values as a person reads them in a diff: spans as text@start-end, actors as their entity ids. */
export function compact(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(compact);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (isSpan(o)) return `${o.text}@${o.start}-${o.end}`;
  if (typeof o.entity === 'string' && typeof o.basis === 'string') return o.entity;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = compact(x);
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(a: object, b: object, skip: Set<string> = new Set()): Changes {
  const changes: Changes = {};
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (skip.has(key) || same(x[key], y[key])) continue;
    changes[key] = { old: compact(x[key] ?? null), new: compact(y[key] ?? null) };
  }
  return changes;
}

const entityItem = (e: EntityRecord): Record<string, unknown> => ({ id: e.id, type: e.type, name: e.name, name_ar: e.name_ar, mentions: e.mentions.length });
const dateItem = (d: DateMention): Record<string, unknown> => ({ span: `${d.text}@${d.start}-${d.end}`, value: d.value, granularity: d.granularity });
const actorsOf = (e: EventRecord): string[] =>
  [...new Set([...e.source, ...e.recipient, ...e.participants, ...e.chair, ...e.invited].map((a) => a.entity))].sort();
const eventItem = (e: EventRecord): Record<string, unknown> => ({
  id: e.id, type: e.type, subtype: e.subtype, trigger: `${e.trigger.text}@${e.trigger.start}-${e.trigger.end}`, date: e.date?.value ?? null, actors: actorsOf(e),
});

/**
 * Pairs old and new items by a list of keys, the first key first: an item paired by one key is
 * not offered to the next. Items with equal keys pair in order.
 */
function pairBy<T>(olds: T[], news: T[], keys: ((x: T) => string[] | string | null)[]): { pairs: [T, T][]; removed: T[]; added: T[] } {
  const pairs: [T, T][] = [];
  let restOld = olds;
  let restNew = news;
  for (const key of keys) {
    const waiting = new Map<string, T[]>();
    for (const o of restOld) {
      const ks = key(o);
      for (const k of ks === null ? [] : Array.isArray(ks) ? ks : [ks]) {
        const list = waiting.get(k);
        if (list) list.push(o); else waiting.set(k, [o]);
      }
    }
    const taken = new Set<T>();
    const unmatched: T[] = [];
    for (const n of restNew) {
      const ks = key(n);
      let match: T | undefined;
      for (const k of ks === null ? [] : Array.isArray(ks) ? ks : [ks]) {
        match = waiting.get(k)?.find((o) => !taken.has(o));
        if (match) break;
      }
      if (match) { taken.add(match); pairs.push([match, n]); } else unmatched.push(n);
    }
    restOld = restOld.filter((o) => !taken.has(o));
    restNew = unmatched;
  }
  return { pairs, removed: restOld, added: restNew };
}

function diffKind<T extends object>(
  olds: T[], news: T[], keys: ((x: T) => string[] | string | null)[], item: (x: T) => Record<string, unknown>, skip?: Set<string>,
): KindDiff {
  const { pairs, removed, added } = pairBy(olds, news, keys);
  const changed: ItemChange[] = [];
  for (const [a, b] of pairs) {
    const changes = fieldChanges(a, b, skip);
    if (Object.keys(changes).length) changed.push({ item: item(b), changes });
  }
  return { added: added.map(item), removed: removed.map(item), changed };
}

const span = (s: { start: number; end: number }): string => `${s.start}-${s.end}`;

export function diffDocument(a: DocumentRecord, b: DocumentRecord): DocumentDiff | null {
  const entities = diffKind(a.entities, b.entities, [(e) => e.id, (e) => e.mentions.map(span)], entityItem);
  const dates = diffKind(a.dates, b.dates, [span, (d) => `${d.text}|${d.value}`], dateItem);
  const events = diffKind(a.events, b.events, [
    (e) => e.id, (e) => span(e.trigger), (e) => `${e.type}|${e.trigger.text}|${actorsOf(e).join(',')}`,
  ], eventItem);
  const fields = fieldChanges(a, b, new Set(KINDS));
  const d: DocumentDiff = { id: b.id, status: 'changed' };
  if (Object.keys(fields).length) d.fields = fields;
  for (const [kind, k] of [['entities', entities], ['dates', dates], ['events', events]] as const) {
    if (k.added.length || k.removed.length || k.changed.length) d[kind] = k;
  }
  return Object.keys(d).length > 2 ? d : null;
}

const countsOf = (r: DocumentRecord): Record<Kind, number> => ({ entities: r.entities.length, dates: r.dates.length, events: r.events.length });

/** Documents are matched by id; the result lists them in the new output's order, removed ones after. */
export function diffOutputs(olds: DocumentRecord[], news: DocumentRecord[]): DiffResult {
  const oldById = new Map(olds.map((r) => [r.id, r]));
  const newIds = new Set(news.map((r) => r.id));
  const documents: DocumentDiff[] = [];
  const tally: Record<Kind, Tally> = { entities: { added: 0, removed: 0, changed: 0 }, dates: { added: 0, removed: 0, changed: 0 }, events: { added: 0, removed: 0, changed: 0 } };
  const docs = { old: olds.length, new: news.length, added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const b of news) {
    const a = oldById.get(b.id);
    if (!a) {
      docs.added++;
      const counts = countsOf(b);
      for (const kind of KINDS) tally[kind].added += counts[kind];
      documents.push({ id: b.id, status: 'added', counts });
      continue;
    }
    const d = diffDocument(a, b);
    if (!d) { docs.unchanged++; continue; }
    docs.changed++;
    for (const kind of KINDS) {
      const k = d[kind];
      if (!k) continue;
      tally[kind].added += k.added.length;
      tally[kind].removed += k.removed.length;
      tally[kind].changed += k.changed.length;
    }
    documents.push(d);
  }
  for (const a of olds) {
    if (newIds.has(a.id)) continue;
    docs.removed++;
    const counts = countsOf(a);
    for (const kind of KINDS) tally[kind].removed += counts[kind];
    documents.push({ id: a.id, status: 'removed', counts });
  }
  return { summary: { documents: docs, ...tally }, documents };
}

export const hasDifferences = (r: DiffResult): boolean => r.documents.length > 0;
