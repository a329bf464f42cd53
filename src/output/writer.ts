// Serialises document records as JSON (one array), NDJSON (a line each) or CSV (one table).
import { format as csvFormat } from 'fast-csv';
import { EVENT_COLUMNS, flattenEvent } from '../events/flatten.js';
import type { DocumentRecord } from '../types.js';
import { COLUMNS, documentRows, neutraliseFormula, type RecordKind, type Row } from './flatten.js';
import type { Sink } from './sink.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv';

export interface WriterOptions {
  format: OutputFormat;
  records: RecordKind;
  bom: boolean;
  /** Neutralise CSV cells that a spreadsheet would read as formulas. */
  csvSafe: boolean;
}

export interface RecordWriter {
  write(record: DocumentRecord): Promise<void>;
  end(): Promise<void>;
  /** Rows or records written so far. */
  readonly count: number;
}

export function createWriter(sink: Sink, options: WriterOptions): RecordWriter {
  if (options.format === 'csv') return csvWriter(sink, options);
  let count = 0;
  const json = options.format === 'json';
  return {
    get count() { return count; },
    async write(record) {
      const line = JSON.stringify(record);
      await sink.write(json ? `${count === 0 ? '[\n' : ',\n'}${line}` : `${line}\n`);
      count++;
    },
    async end() {
      if (json) await sink.write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

function rowsOf(record: DocumentRecord, kind: RecordKind): Row[] {
  return kind === 'events' ? record.events.map(flattenEvent) : documentRows(record, kind);
}

function csvWriter(sink: Sink, options: WriterOptions): RecordWriter {
  const headers = options.records === 'events' ? EVENT_COLUMNS : COLUMNS[options.records];
  const stream = csvFormat({ headers, alwaysWriteHeaders: true, writeBOM: options.bom, includeEndRowDelimiter: true });
  let pending: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  stream.on('data', (chunk: Buffer) => {
    pending = pending.then(() => sink.write(chunk.toString('utf8'))).catch((err) => { failure = err; });
  });
  const ended = new Promise<void>((resolve, reject) => { stream.on('end', resolve); stream.on('error', reject); });
  let count = 0;
  return {
    get count() { return count; },
    async write(record) {
      for (const row of rowsOf(record, options.records)) {
        const safe: Row = {};
        for (const key of headers) safe[key] = options.csvSafe ? neutraliseFormula(row[key] ?? null) : row[key] ?? null;
        stream.write(safe);
        count++;
      }
      await pending;
      if (failure) throw failure;
    },
    async end() {
      stream.end();
      await ended;
      await pending;
      if (failure) throw failure;
    },
  };
}
