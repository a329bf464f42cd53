// Runs documents through the processor in this thread or in a pool of worker threads.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import type { DocumentRecord, InputDocument } from '../types.js';
import { createProcessor, type ProcessOptions, type ProcessResult, type RecordSummary } from '../process.js';
import { youngCollector } from './youngGc.js';

/** A processed document: its record, or from a worker asked for text, its UTF-8 JSON and summary. */
export type PooledResult =
  | ProcessResult
  | { ok: true; serialized: Uint8Array; summary: RecordSummary };

export interface AsyncProcessor {
  process(doc: InputDocument): Promise<PooledResult>;
  close(): Promise<void>;
}

export interface WorkerPool extends AsyncProcessor {
  /** Worker threads started so far (restarts included). */
  readonly started: number;
}

export function inlineProcessor(options: ProcessOptions): AsyncProcessor {
  const processor = createProcessor(options);
  return {
    process: (doc) => Promise.resolve(processor.process(doc)),
    close: () => Promise.resolve(),
  };
}

interface Job {
  doc: InputDocument;
  resolve: (r: PooledResult) => void;
}

interface Slot {
  worker: Worker;
  /** documents sent and not answered, in the order sent (the worker answers in that order) */
  pending: Map<number, Job>;
}

export interface PoolOptions {
  /** Results come as JSON bytes (PooledResult's second form), never as objects. */
  serialized?: boolean;
  /** Each worker's heap limits: workerHeapLimits(--max-bytes). */
  heapLimits: ResourceLimits;
}

/**
 * Heap limits of a worker. V8's defaults let each isolate's young generation grow to tens of MB
 * and size the old generation for a heap of several GB, so garbage piles up before it is
 * collected; these limits keep a worker's resident memory near its live data (peak RSS at
 * --jobs 2: ≈ 220 MB instead of ≈ 280 MB, at the same speed). A young generation of 3 MB (V8's
 * smallest semi-spaces, 1 MB) rather than 6 MB took another 7–11 MB off at --jobs 2, no slower:
 * an article's garbage dies young either way. The old generation still leaves room for the
 * largest document --max-bytes admits (a 30 MB article peaks at ≈ 1.3 GB).
 */
export function workerHeapLimits(maxDocBytes: number): ResourceLimits {
  return { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: Math.max(1024, Math.ceil(maxDocBytes / 2 ** 20) * 32) };
}

/** Records taken as buffers between two young-generation collections of the main thread (youngGc.ts). */
const RECORDS_PER_COLLECTION = 32;

/** More threads than this many per core only add memory and contention. */
const JOBS_PER_CORE = 2;

/** The most worker threads worth starting on this machine. */
export function maxJobs(cores = availableParallelism()): number {
  return Math.max(1, cores * JOBS_PER_CORE);
}

/**
 * A pool of up to `size` worker threads, each with its own compiled pipeline; a document goes to
 * an idle worker, a new one is started only when every worker is busy (so one document never
 * starts more than one), and past `size` to the least busy.
 * When a worker dies (out of memory on a huge document), the document it was working on is
 * reported failed and the others it had been sent go to the workers left.
 */
export function workerPool(size: number, options: ProcessOptions, pool: PoolOptions): WorkerPool {
  const script = new URL('./worker.js', import.meta.url);
  const workerData = { options, serialized: Boolean(pool.serialized) };
  let seq = 0;
  const slots: Slot[] = [];
  let restarts = 0;
  let closing = false;
  const dispatch = (job: Job): void => {
    let best = slots.find((s) => s.pending.size === 0);
    if (!best && slots.length < size && restarts <= size * 3) slots.push(best = spawn());
    if (!slots.length) { job.resolve({ ok: false, status: 'failed', reason: 'worker threads kept crashing' }); return; }
    best ??= slots[0];
    for (const s of slots) if (s.pending.size < best.pending.size) best = s;
    const id = seq++;
    best.pending.set(id, job);
    best.worker.postMessage({ seq: id, doc: job.doc });
  };
  let started = 0;
  const received = youngCollector(RECORDS_PER_COLLECTION);
  const spawn = (): Slot => {
    started++;
    // node:worker_threads only once a worker starts: one article is extracted in this thread
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const slot: Slot = { worker: new Worker(script, { workerData, resourceLimits: pool.heapLimits }), pending: new Map() };
    slot.worker.on('message', (msg: { seq: number; result?: ProcessResult; json?: string; bytes?: Uint8Array; summary?: RecordSummary }) => {
      const resolve = slot.pending.get(msg.seq)?.resolve;
      slot.pending.delete(msg.seq);
      if (msg.bytes) {
        resolve?.({ ok: true, serialized: msg.bytes, summary: msg.summary! });
        received();
      }
      else if (msg.json !== undefined) resolve?.({ ok: true, record: JSON.parse(msg.json) as DocumentRecord });
      else resolve?.(msg.result!);
    });
    const fail = (reason: string): void => {
      const [current, ...queued] = slot.pending.values();
      slot.pending.clear();
      current?.resolve({ ok: false, status: 'failed', reason });
      const i = closing ? -1 : slots.indexOf(slot);
      // a worker that keeps crashing (out of memory, a broken install) must not respawn forever
      if (i >= 0) {
        if (restarts++ < size * 3) slots[i] = spawn();
        else slots.splice(i, 1);
      }
      for (const job of queued) {
        if (closing) job.resolve({ ok: false, status: 'failed', reason });
        else dispatch(job);
      }
    };
    slot.worker.on('error', (err) => fail(`worker crashed: ${err.message}`));
    slot.worker.on('exit', (code) => { if (slot.pending.size) fail(`worker exited with code ${code}`); });
    return slot;
  };
  return {
    get started() { return started; },
    process(doc) {
      return new Promise((resolve) => dispatch({ doc, resolve }));
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
