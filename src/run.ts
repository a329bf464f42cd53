// The extract command's engine: inputs → processor (in order, bounded) → writer, with a run report.
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
}

export interface RunTotals {
  inputs: number;
  processed: number;
  skipped: number;
  failed: number;
  /** Documents left to other shards by --shard. */
  other_shards: number;
  bytes: number;
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
}

export interface RunHooks {
  /** Called with each processed record, in input order. */
  onRecord(record: DocumentRecord): Promise<void>;
  /** Called instead of onRecord, with the record's UTF-8 JSON, when `serialized` was asked for. */
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

export async function runExtract(paths: string[], options: RunOptions, hooks: RunHooks): Promise<RunResult> {
  // Worker threads each compile the pipeline: for a single document that only costs time, so the
  // pool starts once a second document has been read (the items read ahead go first, in order).
  const source = readInputs(paths, options);
  const head: InputItem[] = [];
  for (let docs = 0; options.jobs > 1 && docs < 2;) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
    if (next.value.kind === 'doc') docs++;
  }
  const processor: AsyncProcessor = options.jobs > 1 && head.filter((i) => i.kind === 'doc').length > 1
    ? workerPool(options.jobs, options, { serialized: Boolean(options.serialized && hooks.onSerialized), heapLimits: workerHeapLimits(options.maxBytes) })
    : inlineProcessor(options);
  async function* items(): AsyncGenerator<InputItem> {
    yield* head;
    yield* source;
  }
  const inputs: InputReport[] = [];
  const totals: RunTotals = { inputs: 0, processed: 0, skipped: 0, failed: 0, other_shards: 0, bytes: 0 };
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
      let summary: RecordSummary;
      if ('serialized' in r) {
        await hooks.onSerialized!(r.serialized);
        summary = r.summary;
      } else {
        await hooks.onRecord(r.record);
        summary = summarizeRecord(r.record);
      }
      totals.bytes += bytes;
      account({
        source: doc.source, id: doc.id, status: 'processed', reason: null, encoding: doc.encoding, language: summary.language, bytes,
        counts: summary.counts,
      });
    } else {
      account({ source: doc.source, id: doc.id, status: r.status, reason: r.reason, encoding: doc.encoding, language: r.language ?? null, bytes, counts: null }, r.stack);
    }
  };

  let stopped: string | null = null;
  let seen = 0;
  try {
    for await (const item of items()) {
      // file reads are synchronous: give signal handlers a turn now and then
      if (++seen % 32 === 0) await new Promise(setImmediate);
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
        window.push(processor.process(doc).then((r) => finish(doc, bytes, r)));
      }
      while (window.length >= maxInFlight) await (await window.shift()!)();
    }
    while (window.length) await (await window.shift()!)();
  } catch (err) {
    if (!(err instanceof FailFastStop)) throw err;
    stopped = err.message;
  } finally {
    await processor.close();
  }
  return { inputs, totals, stopped };
}
