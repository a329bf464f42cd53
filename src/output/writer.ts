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
  /**
   * Writes a record given as its UTF-8 JSON text (made by a worker thread), so the main thread
   * neither parses nor stringifies it. JSON and NDJSON only: CSV needs the record's fields.
   */
  writeSerialized(json: Uint8Array): Promise<void>;
  end(): Promise<void>;
  /** Rows or records written so far. */
  readonly count: number;
}

/**
 * Gathers small writes into chunks of about 64 KiB: one stream write per record costs more
 * than making the record's JSON. Waits for the sink when a chunk is written (backpressure);
 * a short timer writes out what is pending, so a slow stream of input still streams out.
 */
export function batchedSink(sink: Sink, chunkBytes = 1 << 16, delayMs = 50): Sink & { flush(): Promise<void> } {
  let parts: Buffer[] = [];
  let size = 0;
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  let timer: NodeJS.Timeout | null = null;
  const flush = (): Promise<void> => {
    if (timer) { clearTimeout(timer); timer = null; }
    if (size) {
      const chunk = Buffer.concat(parts, size);
      parts = [];
      size = 0;
      chain = chain.then(() => sink.write(chunk)).catch((err: unknown) => { failure ??= err; });
    }
    return chain.then(() => { if (failure) throw failure; });
  };
  return {
    async write(chunk) {
      if (failure) throw failure;
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      parts.push(bytes);
      size += bytes.length;
      if (size >= chunkBytes) await flush();
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
      parts = [];
      size = 0;
      sink.abort();
    },
  };
}

const NEWLINE = Buffer.from('\n');

export function createWriter(target: Sink, options: WriterOptions): RecordWriter {
  const sink = batchedSink(target);
  if (options.format === 'csv') return csvWriter(sink, options);
  let count = 0;
  const json = options.format === 'json';
  const before = async (): Promise<void> => { if (json) await sink.write(count === 0 ? '[\n' : ',\n'); };
  return {
    get count() { return count; },
    async write(record) {
      await before();
      await sink.write(json ? JSON.stringify(record) : `${JSON.stringify(record)}\n`);
      count++;
    },
    async writeSerialized(bytes) {
      await before();
      await sink.write(bytes);
      if (!json) await sink.write(NEWLINE);
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
    writeSerialized() {
      return Promise.reject(new Error('CSV output needs record objects, not their JSON text'));
    },
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
