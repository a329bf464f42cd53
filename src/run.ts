// The extract command's engine: inputs → processor (in order, bounded) → writer, with a run report.
import type { RecordCache } from './cache/store.js';
import { fnv1a } from './hash.js';
import { readInputs, type InputItem, type InputOptions, type Skip } from './io/inputs.js';
import { summarizeRecord, type ProcessOptions, type RecordSummary } from './process.js';
import type { DocumentRecord, InputDocument } from './types.js';
import { inlineProcessor, workerHeapLimits, workerPool, type AsyncProcessor, type PooledResult } from './workers/pool.js';

export interface InputReport {
  source: string;
  id: string | null;
  status: 'processed' | 'skipped' | 'failed';
  reason: string | null;
  encoding: string | null;
  language: string | null;
  bytes: number | null;
  counts: RecordSummary['counts'] | null;
  /** Problems met reading it (bad bytes); only present when there are some. */
  warnings?: string[];
}

export interface RunTotals {
  inputs: number;
  processed: number;
  skipped: number;
  failed: number;
  /** Documents left to other shards by --shard. */
  other_shards: number;
  bytes: number;
  /** Inputs whose outcome (record or language skip) came from --cache instead of extraction. */
  from_cache: number;
}

export interface RunOptions extends ProcessOptions, InputOptions {
  jobs: number;
  /** [k, n]: process only documents whose id hashes to part k of n (1-based). */
  shard?: [number, number] | null;
  failFast?: boolean;
  /** Keep every input's entry for the run report (otherwise only totals are kept). */
  keepInputs?: boolean;
  /**
   * The consumer can take records as JSON text (hooks.onSerialized): worker threads then send
   * UTF-8 bytes that the main thread writes without parsing, which keeps it off the critical path.
   */
  serialized?: boolean;
  /** --cache: outcomes are looked up before processing and stored after. */
  cache?: RecordCache | null;
}

export interface RunHooks {
  /**
   * Called with each processed record, in input order. The record is taken when the call returns (a
   * signal's run report lists its input then); the promise waits for the output (backpressure). A record
   * that cannot be taken throws at once.
   */
  onRecord(record: DocumentRecord): Promise<void>;
  /** Called instead of onRecord, with the record's UTF-8 JSON, when `serialized` was asked for; taken as there. */
  onSerialized?(json: Uint8Array): Promise<void>;
  /** Called for each input, in input order, after its record (if any) was handled. */
  onInput?(entry: InputReport, stack?: string): void;
}

class FailFastStop extends Error {}

export interface RunResult {
  inputs: InputReport[];
  totals: RunTotals;
  /** Set when --fail-fast stopped the run: the failure that stopped it. */
  stopped: string | null;
}

/** What a run has done so far: every input accounted for (its record handed to the writer). */
export interface RunProgress {
  inputs: InputReport[];
  totals: RunTotals;
}

export function newProgress(): RunProgress {
  return { inputs: [], totals: { inputs: 0, processed: 0, skipped: 0, failed: 0, other_shards: 0, bytes: 0, from_cache: 0 } };
}

/**
 * At --jobs 1 a document of at least this many characters (≈ 256 KB of Arabic) goes to a worker
 * thread, so that the main thread stays free to act on SIGINT/SIGTERM (extraction runs at
 * ≈ 1 MB/s: a 20 MB article would hold a signal for 20 s). Smaller ones stay in this thread.
 */
const INLINE_MAX_CHARS = 128 * 1024;
/** The main thread lets signal handlers run at least this often (ms). */
const TURN_MS = 50;
const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** --jobs 1: small documents in this thread, large ones in one worker thread started when first needed. */
function singleThreadProcessor(options: ProcessOptions, pool: Parameters<typeof workerPool>[2]): AsyncProcessor {
  // each compiled when first needed: one large document compiles the pipeline once, in the worker
  let inline: AsyncProcessor | null = null;
  let worker: AsyncProcessor | null = null;
  return {
    process: (doc) => (doc.text.length < INLINE_MAX_CHARS ? (inline ??= inlineProcessor(options)) : (worker ??= workerPool(1, options, pool))).process(doc),
    close: async () => { await worker?.close(); },
  };
}

export async function runExtract(paths: string[], options: RunOptions, hooks: RunHooks, progress: RunProgress = newProgress()): Promise<RunResult> {
  const pool = { serialized: Boolean(options.serialized && hooks.onSerialized), heapLimits: workerHeapLimits(options.maxBytes) };
  // worker threads get options that can be cloned: not the input stream nor callbacks
  const { stdin: _stdin, ignore: _ignore, cache: _cache, ...threadOptions } = options;
  // Worker threads each compile the pipeline: for a single document that only costs time, so the
  // pool is used once a second document has been read (the items read ahead go first, in order).
  const source = readInputs(paths, options);
  const head: InputItem[] = [];
  for (let docs = 0; options.jobs > 1 && docs < 2;) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
    if (next.value.kind === 'doc') docs++;
  }
  const usePool = head.filter((i) => i.kind === 'doc').length > 1;
  async function* items(): AsyncGenerator<InputItem> {
    yield* head;
    yield* source;
  }
  // made at the first document to process: a run served from the cache starts no workers
  let processor: AsyncProcessor | null = null;
  const start = (): AsyncProcessor => processor ??= usePool ? workerPool(options.jobs, threadOptions, pool) : singleThreadProcessor(threadOptions, pool);
  const cache = options.cache ?? null;
  const { inputs, totals } = progress;
  const window: Promise<() => Promise<void>>[] = [];
  const maxInFlight = Math.max(2, options.jobs * 4);

  const account = (entry: InputReport, stack?: string): void => {
    if (options.keepInputs) inputs.push(entry);
    totals.inputs++;
    totals[entry.status]++;
    hooks.onInput?.(entry, stack);
    if (entry.status === 'failed' && options.failFast) throw new FailFastStop(`${entry.source}: ${entry.reason}`);
  };
  const skipEntry = (s: Skip): InputReport => ({
    source: s.source, id: s.id ?? null, status: s.status, reason: s.reason, encoding: null, language: null, bytes: null, counts: null,
  });
  const finish = (doc: InputDocument, bytes: number, r: PooledResult) => async (): Promise<void> => {
    if (r.ok) {
      // accounted in the same turn as the record is taken, before waiting for the output: a signal between
      // the two puts the record out and writes the report, which must list its input
      let written: Promise<void>, summary: RecordSummary;
      if ('serialized' in r) {
        written = hooks.onSerialized!(r.serialized);
        summary = r.summary;
      } else {
        written = hooks.onRecord(r.record);
        summary = summarizeRecord(r.record);
      }
      totals.bytes += bytes;
      const entry: InputReport = {
        source: doc.source, id: doc.id, status: 'processed', reason: null, encoding: doc.encoding, language: summary.language, bytes,
        counts: summary.counts,
      };
      if (doc.warnings?.length) entry.warnings = doc.warnings;
      account(entry);
      await written;
    } else {
      account({ source: doc.source, id: doc.id, status: r.status, reason: r.reason, encoding: doc.encoding, language: r.language ?? null, bytes, counts: null }, r.stack);
    }
  };

  let stopped: string | null = null;
  // process.hrtime, not performance.now(): the global `performance` loads node:perf_hooks (≈ 5 ms)
  let lastTurn = nowMs();
  try {
    for await (const item of items()) {
      // file reads and --jobs 1 extraction are synchronous: give signal handlers a turn now and then
      if (nowMs() - lastTurn > TURN_MS) {
        await new Promise(setImmediate);
        lastTurn = nowMs();
      }
      if (item.kind === 'skip') {
        const entry = skipEntry(item.skip);
        window.push(Promise.resolve(async () => account(entry)));
      } else {
        const doc = item.doc;
        if (options.shard && fnv1a(doc.id) % options.shard[1] !== options.shard[0] - 1) {
          totals.other_shards++;
          continue;
        }
        const bytes = Buffer.byteLength(doc.text);
        const key = cache?.keyOf(doc);
        const hit = key ? cache!.get(key, pool.serialized) : null;
        if (hit) totals.from_cache++;
        const result = hit ? Promise.resolve(hit) : start().process(doc);
        window.push(result.then(async (r) => { if (key && !hit) await cache!.put(key, r); return finish(doc, bytes, r); }));
      }
      while (window.length >= maxInFlight) await (await window.shift()!)();
    }
    while (window.length) await (await window.shift()!)();
  } catch (err) {
    if (!(err instanceof FailFastStop)) throw err;
    stopped = err.message;
  } finally {
    await (processor as AsyncProcessor | null)?.close();
  }
  return { inputs, totals, stopped };
}
