// Serialises document records as JSON (one array), NDJSON (a line each) or CSV (one table).
import { createRequire } from 'node:module';
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
  /** Puts out at once what is batched, when a signal ends the run (stdout only); false when it cannot. */
  flushSync(): boolean;
  /** Rows or records written so far. */
  readonly count: number;
}

export interface BatchedSink extends Sink {
  /**
   * Writes the parts as one: a chunk boundary never falls between them (a record and its line break).
   * They are in the batch when it returns (a signal's flushSync puts them out); it throws at once,
   * taking nothing, when an earlier write failed.
   */
  writeAll(parts: (string | Uint8Array)[]): Promise<void>;
  flush(): Promise<void>;
  /** Writes what is pending at once, for a run ended by a signal (stdout only); false when it cannot. */
  flushSync(): boolean;
}

/**
 * Gathers small writes into chunks of about 64 KiB: one stream write per record costs more
 * than making the record's JSON. Waits for the sink when a chunk is written (backpressure);
 * a short timer writes out what is pending, so a slow stream of input still streams out.
 * Text is encoded straight into the chunk being filled: a Buffer per record and a copy of
 * each into the chunk cost as much as the encoding.
 */
export function batchedSink(sink: Sink, chunkBytes = 1 << 16, delayMs = 50): BatchedSink {
  let pending = Buffer.allocUnsafe(2 * chunkBytes);
  let size = 0;
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  let timer: NodeJS.Timeout | null = null;
  /** Room for `bytes` more: a larger chunk when one record does not fit (the next chunk is of the usual size again). */
  const reserve = (bytes: number): void => {
    if (size + bytes <= pending.length) return;
    const larger = Buffer.allocUnsafe(size + bytes);
    pending.copy(larger, 0, 0, size);
    pending = larger;
  };
  /** What is pending, as a chunk of its own; a fresh chunk to fill (the stream holds the old one until written). */
  const take = (): Buffer => {
    const chunk = pending.subarray(0, size);
    pending = Buffer.allocUnsafe(2 * chunkBytes);
    size = 0;
    return chunk;
  };
  const flush = (): Promise<void> => {
    if (timer) { clearTimeout(timer); timer = null; }
    if (size) {
      const chunk = take();
      chain = chain.then(() => sink.write(chunk)).catch((err: unknown) => { failure ??= err; });
    }
    return chain.then(() => { if (failure) throw failure; });
  };
  // not async: the parts are in the batch when it returns, or it throws at once and took nothing
  const writeAll = (chunks: (string | Uint8Array)[]): Promise<void> => {
    if (failure) throw failure;
    for (const chunk of chunks) {
      if (typeof chunk === 'string') {
        // a UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair 4 for 2); a huge record is measured
        reserve(chunk.length < 1 << 20 ? 3 * chunk.length : Buffer.byteLength(chunk));
        size += pending.write(chunk, size, 'utf8');
      } else {
        reserve(chunk.byteLength);
        pending.set(chunk, size);
        size += chunk.byteLength;
      }
    }
    if (size >= chunkBytes) return flush();
    if (!timer) {
      timer = setTimeout(() => { flush().catch(() => { /* reported by the next write or commit */ }); }, delayMs);
      timer.unref();
    }
    return Promise.resolve();
  };
  return {
    write: (chunk) => writeAll([chunk]),
    writeAll,
    flush,
    flushSync() {
      if (!sink.writeSync) return false;
      if (timer) { clearTimeout(timer); timer = null; }
      if (size) sink.writeSync(take());
      return true;
    },
    async commit() {
      await flush();
      await sink.commit();
    },
    abort() {
      if (timer) { clearTimeout(timer); timer = null; }
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
  const separator = (): string => (count === 0 ? '[\n' : ',\n');
  // each record goes to the batch in one piece with its separator or line break, so that
  // output cut short (a signal, a full disk) ends at a record boundary
  return {
    get count() { return count; },
    flushSync: () => sink.flushSync(),
    // a record counts once it is in the batch, not once the stream took it: a signal in between
    // puts it out (flushSync), and the run report must count it. Not async: in the batch on return, or thrown at once
    write(record) {
      const taken = sink.writeAll(json ? [separator(), JSON.stringify(record)] : [JSON.stringify(record), '\n']);
      count++;
      return taken;
    },
    writeSerialized(bytes) {
      const taken = sink.writeAll(json ? [separator(), bytes] : [bytes, NEWLINE]);
      count++;
      return taken;
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

function csvWriter(sink: BatchedSink, options: WriterOptions): RecordWriter {
  const headers = options.records === 'events' ? EVENT_COLUMNS : COLUMNS[options.records];
  // fast-csv (CommonJS, ≈ 30 ms to load) only for CSV output
  const { format: csvFormat } = createRequire(import.meta.url)('fast-csv') as typeof import('fast-csv');
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
    flushSync: () => false,
    writeSerialized() {
      return Promise.reject(new Error('CSV output needs record objects, not their JSON text'));
    },
    // not async: the rows are in the stream on return, or an earlier failure is thrown at once
    write(record) {
      if (failure) throw failure;
      for (const row of rowsOf(record, options.records)) {
        const safe: Row = {};
        for (const key of headers) safe[key] = options.csvSafe ? neutraliseFormula(row[key] ?? null) : row[key] ?? null;
        stream.write(safe);
        count++;
      }
      return pending.then(() => { if (failure) throw failure; });
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
