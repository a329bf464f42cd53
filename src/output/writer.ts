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

/**
 * JSON text of records already serialised elsewhere (by a worker thread), so the writer need
 * not stringify them again. The engine (run.ts) keeps an entry only while the record is being
 * handed to its consumer, so a record changed afterwards (--dedupe) is serialised afresh.
 */
export const serializedRecords = new WeakMap<DocumentRecord, string>();

/**
 * Gathers small writes into chunks of about 64 KiB: one stream write per record costs more
 * than making the record's JSON. Waits for the sink when a chunk is written (backpressure);
 * a short timer writes out what is pending, so a slow stream of input still streams out.
 */
export function batchedSink(sink: Sink, chunkChars = 1 << 16, delayMs = 50): Sink & { flush(): Promise<void> } {
  let buf = '';
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  let timer: NodeJS.Timeout | null = null;
  const flush = (): Promise<void> => {
    if (timer) { clearTimeout(timer); timer = null; }
    if (buf) {
      const chunk = buf;
      buf = '';
      chain = chain.then(() => sink.write(chunk)).catch((err: unknown) => { failure ??= err; });
    }
    return chain.then(() => { if (failure) throw failure; });
  };
  return {
    async write(chunk) {
      if (failure) throw failure;
      buf += chunk;
      if (buf.length >= chunkChars) await flush();
      else if (!timer) {
        timer = setTimeout(() => { flush().catch(() => { /* reported by the next write or commit */ }); }, delayMs);
        timer.unref();
      }
    },
    flush,
    async commit() {
      await flush();
      await sink.commit();
    },
    abort() {
      if (timer) { clearTimeout(timer); timer = null; }
      buf = '';
      sink.abort();
    },
  };
}

export function createWriter(target: Sink, options: WriterOptions): RecordWriter {
  const sink = batchedSink(target);
  if (options.format === 'csv') return csvWriter(sink, options);
  let count = 0;
  const json = options.format === 'json';
  return {
    get count() { return count; },
    async write(record) {
      const line = serializedRecords.get(record) ?? JSON.stringify(record);
      await sink.write(json ? `${count === 0 ? '[\n' : ',\n'}${line}` : `${line}\n`);
      count++;
    },
    async end() {
      if (json) await sink.write(count === 0 ? '[]\n' : '\n]\n');
      await sink.flush();
    },
  };
}

function rowsOf(record: DocumentRecord, kind: RecordKind): Row[] {
  return kind === 'events' ? record.events.map(flattenEvent) : documentRows(record, kind);
}

function csvWriter(sink: Sink & { flush(): Promise<void> }, options: WriterOptions): RecordWriter {
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
      await sink.flush();
    },
  };
}
