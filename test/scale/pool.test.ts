// The worker pool when a worker dies: the document it was on fails, the ones queued behind it
// are processed by a fresh worker. The pool is loaded from dist/ (npm test builds first),
// because its workers run dist/workers/worker.js.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InputDocument } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';

type PoolModule = typeof import('../../src/workers/pool.js');
const loadPool = async (): Promise<PoolModule> => (await import(pathToFileURL(join(ROOT, 'dist/workers/pool.js')).href)) as PoolModule;

const seedText = readFileSync(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).sort()[0]), 'utf8');
const doc = (id: string, text: string): InputDocument => ({ id, source: `${id}.txt`, text, encoding: 'utf-8', format: 'text', published: null });

describe('worker pool', () => {
  it('heap limits leave room for the largest document --max-bytes admits', async () => {
    const { workerHeapLimits } = await loadPool();
    expect(workerHeapLimits(32 * 2 ** 20)).toEqual({ maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 1024 });
    expect(workerHeapLimits(100 * 2 ** 20)).toEqual({ maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 3200 });
  });

  it('a worker out of memory fails its document only; the queued ones are processed', async () => {
    const { workerPool } = await loadPool();
    // a 48 MB heap cannot hold the analysis of a 5 MB article
    const pool = workerPool(1, {}, { heapLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 } });
    try {
      const huge = pool.process(doc('huge', `${seedText}\n\n`.repeat(Math.ceil(5e6 / seedText.length))));
      const small = [pool.process(doc('a', seedText)), pool.process(doc('b', seedText))];
      const h = await huge;
      expect(h.ok).toBe(false);
      if (!h.ok) expect(h.reason).toMatch(/^worker crashed: .*memory/i);
      for (const r of await Promise.all(small)) {
        expect(r.ok).toBe(true);
        if (r.ok && 'record' in r) expect(r.record.events.length).toBeGreaterThan(0);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('starts a worker only when every started one is busy: one document at 16 jobs starts one thread', async () => {
    const { workerPool } = await loadPool();
    const pool = workerPool(16, {}, { heapLimits: { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 1024 } });
    try {
      const r = await pool.process(doc('one', seedText));
      expect(r.ok).toBe(true);
      expect(pool.started).toBe(1);
      // after it answered, the next document goes to the same, idle, worker
      expect((await pool.process(doc('two', seedText))).ok).toBe(true);
      expect(pool.started).toBe(1);
      // three at once need three
      await Promise.all(['a', 'b', 'c'].map((id) => pool.process(doc(id, seedText))));
      expect(pool.started).toBe(3);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('caps the threads worth starting at twice the cores', async () => {
    const { maxJobs } = await loadPool();
    expect(maxJobs(2)).toBe(4);
    expect(maxJobs(16)).toBe(32);
  });
});
