// Runs documents through the processor in this thread or in a pool of worker threads.
import { Worker } from 'node:worker_threads';
import type { DocumentRecord, InputDocument } from '../types.js';
import { createProcessor, type ProcessOptions, type ProcessResult, type RecordSummary } from '../process.js';

/** A processed document: its record, or from a worker asked for text, its UTF-8 JSON and summary. */
export type PooledResult =
  | ProcessResult
  | { ok: true; serialized: Uint8Array; summary: RecordSummary };

export interface AsyncProcessor {
  process(doc: InputDocument): Promise<PooledResult>;
  close(): Promise<void>;
}

export function inlineProcessor(options: ProcessOptions): AsyncProcessor {
  const processor = createProcessor(options);
  return {
    process: (doc) => Promise.resolve(processor.process(doc)),
    close: () => Promise.resolve(),
  };
}

interface Slot {
  worker: Worker;
  pending: Map<number, (r: PooledResult) => void>;
}

/**
 * A fixed pool of worker threads, each with its own compiled pipeline; least-busy dispatch.
 * `serialized`: results come as JSON bytes (PooledResult's second form), never as objects.
 */
export function workerPool(size: number, options: ProcessOptions, serialized = false): AsyncProcessor {
  const script = new URL('./worker.js', import.meta.url);
  let seq = 0;
  const slots: Slot[] = [];
  let restarts = 0;
  let closing = false;
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: { options, serialized } }), pending: new Map() };
    slot.worker.on('message', (msg: { seq: number; result?: ProcessResult; json?: string; bytes?: Uint8Array; summary?: RecordSummary }) => {
      const resolve = slot.pending.get(msg.seq);
      slot.pending.delete(msg.seq);
      if (msg.bytes) resolve?.({ ok: true, serialized: msg.bytes, summary: msg.summary! });
      else if (msg.json !== undefined) resolve?.({ ok: true, record: JSON.parse(msg.json) as DocumentRecord });
      else resolve?.(msg.result!);
    });
    const fail = (reason: string): void => {
      for (const resolve of slot.pending.values()) resolve({ ok: false, status: 'failed', reason });
      slot.pending.clear();
      const i = closing ? -1 : slots.indexOf(slot);
      // a worker that keeps crashing (out of memory, a broken install) must not respawn forever
      if (i >= 0) {
        if (restarts++ < size * 3) slots[i] = spawn();
        else slots.splice(i, 1);
      }
    };
    slot.worker.on('error', (err) => fail(`worker crashed: ${err.message}`));
    slot.worker.on('exit', (code) => { if (slot.pending.size) fail(`worker exited with code ${code}`); });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());
  return {
    process(doc) {
      if (!slots.length) return Promise.resolve({ ok: false, status: 'failed', reason: 'worker threads kept crashing' });
      let best = slots[0];
      for (const s of slots) if (s.pending.size < best.pending.size) best = s;
      const id = seq++;
      return new Promise((resolve) => {
        best.pending.set(id, resolve);
        best.worker.postMessage({ seq: id, doc });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
