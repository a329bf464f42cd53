// Bytes allocated per article, measured in one process: the pipeline (as `extract --jobs 1` builds
// it) runs over a corpus folder and turns each record into JSON, as a worker does. V8's GC profiler
// gives the heap in use before and after every collection; what the collections freed plus what
// the heap grew by is what was allocated. The first articles (warm-up: compiled code, word tables
// filling) are measured apart from the rest.
// Usage: node --expose-gc dist/bench/alloc.js PATH... [--warmup N]   → one JSON line on stdout.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { readInputs } from '../io/inputs.js';
import { loadFranc } from '../io/language.js';
import { createProcessor } from '../process.js';
import type { InputDocument } from '../types.js';

export interface AllocFigures {
  docs: number;
  warmup_docs: number;
  /** Live heap after building the pipeline and a full collection (MB); null without --expose-gc. */
  pipeline_live_mb: number | null;
  /** Allocated while building the pipeline (MB). */
  pipeline_alloc_mb: number;
  /** Allocated per article over the warm-up articles, then over the rest (KB). */
  warmup_kb_per_doc: number;
  kb_per_doc: number;
  /** Allocated per byte of input after the warm-up. */
  bytes_per_input_byte: number;
  gcs: number;
  gc_ms: number;
}

/** Measures the bytes `work` allocates on the V8 heap. */
function allocated<T>(work: () => T): { value: T; bytes: number; gcs: number; ms: number } {
  const profiler = new GCProfiler();
  const before = getHeapStatistics().used_heap_size;
  profiler.start();
  const value = work();
  const after = getHeapStatistics().used_heap_size;
  const stats = profiler.stop()?.statistics ?? [];
  let freed = 0, ms = 0;
  for (const s of stats) {
    freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
    ms += s.cost / 1000;
  }
  return { value, bytes: after - before + freed, gcs: stats.length, ms };
}

const gc = (globalThis as { gc?: () => void }).gc;

export async function measureAllocation(paths: string[], warmup = 200): Promise<AllocFigures> {
  const docs: InputDocument[] = [];
  for await (const item of readInputs(paths, { inputFormat: 'auto', maxBytes: 1 << 30 })) if (item.kind === 'doc') docs.push(item.doc);
  gc?.();
  const built = allocated(() => createProcessor({ gazetteers: [], lexicons: [], refDate: null }));
  const processor = built.value;
  gc?.();
  const pipelineLive = gc ? getHeapStatistics().used_heap_size : null;
  const run = (batch: InputDocument[]): number => {
    let out = 0;
    for (const doc of batch) {
      const r = processor.process(doc);
      if (r.ok) out += JSON.stringify(r.record).length;
    }
    return out;
  };
  const head = docs.slice(0, Math.min(warmup, docs.length));
  const rest = docs.slice(head.length);
  const warm = allocated(() => run(head));
  const restBytes = rest.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const steady = allocated(() => run(rest));
  const round = (n: number, d = 1): number => +n.toFixed(d);
  return {
    docs: docs.length,
    warmup_docs: head.length,
    pipeline_live_mb: pipelineLive === null ? null : round(pipelineLive / 2 ** 20),
    pipeline_alloc_mb: round(built.bytes / 2 ** 20),
    warmup_kb_per_doc: round(warm.bytes / 1024 / Math.max(1, head.length)),
    kb_per_doc: round(steady.bytes / 1024 / Math.max(1, rest.length)),
    bytes_per_input_byte: round(steady.bytes / Math.max(1, restBytes)),
    gcs: warm.gcs + steady.gcs,
    gc_ms: round(warm.ms + steady.ms, 0),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const w = args.indexOf('--warmup');
  const warmup = w >= 0 ? Number(args.splice(w, 2)[1]) : undefined;
  if (!args.length) { process.stderr.write('usage: node --expose-gc dist/bench/alloc.js PATH... [--warmup N]\n'); process.exit(2); }
  loadFranc().then(() => measureAllocation(args, warmup)).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (err) => { process.stderr.write(`alloc: ${(err as Error).message}\n`); process.exitCode = 1; },
  );
}
