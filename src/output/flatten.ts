// Flat rows for CSV: one table per --records kind.
import type { DocumentRecord } from '../types.js';

export type Row = Record<string, string | number | boolean | null>;

export const RECORD_KINDS = ['documents', 'entities', 'mentions', 'dates', 'events'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const COLUMNS: Record<Exclude<RecordKind, 'events'>, string[]> = {
  documents: ['id', 'source', 'encoding', 'language', 'published', 'published_basis', 'text_length', 'sentences', 'entities', 'dates', 'events', 'warnings'],
  entities: ['doc', 'id', 'type', 'name', 'name_ar', 'aliases_en', 'linked', 'country', 'iso3', 'kind', 'mentions', 'surfaces'],
  mentions: ['doc', 'entity', 'type', 'name', 'text', 'start', 'end', 'sentence', 'method', 'confidence', 'role'],
  dates: ['doc', 'text', 'start', 'end', 'sentence', 'value', 'granularity', 'resolved', 'relative', 'anchor', 'calendar', 'hijri', 'rule'],
};

export const joinCell = (values: (string | undefined | null)[]): string => values.filter((v) => v !== undefined && v !== null && v !== '').join('; ');

export function documentRows(d: DocumentRecord, kind: Exclude<RecordKind, 'events'>): Row[] {
  switch (kind) {
    case 'documents':
      return [{
        id: d.id, source: d.source, encoding: d.encoding, language: d.language, published: d.published,
        published_basis: d.published_basis, text_length: d.text_length, sentences: d.sentences,
        entities: d.entities.length, dates: d.dates.length, events: d.events.length, warnings: joinCell(d.warnings),
      }];
    case 'entities':
      return d.entities.map((e) => ({
        doc: d.id, id: e.id, type: e.type, name: e.name, name_ar: e.name_ar, aliases_en: joinCell(e.aliases_en ?? []), linked: e.linked, country: e.country ?? null,
        iso3: e.iso3 ?? null, kind: e.kind ?? null, mentions: e.mentions.length, surfaces: joinCell([...new Set(e.mentions.map((m) => m.text))]),
      }));
    case 'mentions':
      return d.entities.flatMap((e) => e.mentions.map((m) => ({
        doc: d.id, entity: e.id, type: e.type, name: e.name, text: m.text, start: m.start, end: m.end, sentence: m.sentence,
        method: m.method, confidence: m.confidence, role: m.role ?? null,
      })));
    case 'dates':
      return d.dates.map((x) => ({
        doc: d.id, text: x.text, start: x.start, end: x.end, sentence: x.sentence, value: x.value, granularity: x.granularity,
        resolved: x.resolved, relative: x.relative ?? false, anchor: x.anchor ?? null, calendar: x.calendar, hijri: x.hijri ?? null, rule: x.rule,
      }));
  }
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a quote to text cells a spreadsheet would run as a formula. */
export function neutraliseFormula(value: string | number | boolean | null): string | number | boolean | null {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
