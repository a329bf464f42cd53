// A single document at --jobs > 1 is processed in this thread: worker threads would each compile
// the pipeline for nothing (start-up of `extract one-article.txt`). From two documents on, the
// pool starts, and the records are the same either way.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExtract, type RunOptions } from '../../src/run.js';
import type { DocumentRecord } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';

// the pool's threads run dist/ code; here it is counted, and stands in with this thread's processor
vi.mock('../../src/workers/pool.js', async (original) => {
  const pool = await original<typeof import('../../src/workers/pool.js')>();
  return { ...pool, workerPool: vi.fn((_size: number, options: RunOptions) => pool.inlineProcessor(options)) };
});
const { workerPool } = await import('../../src/workers/pool.js');

const SEEDS = join(ROOT, 'seeds');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
let dir = '';
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'csto-single-')); });
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });
beforeEach(() => { vi.mocked(workerPool).mockClear(); });

const options: RunOptions = { jobs: 2, inputFormat: 'auto', maxBytes: 32 * 2 ** 20, gazetteers: [], lexicons: [], refDate: null };

async function run(paths: string[]): Promise<string[]> {
  const ids: string[] = [];
  await runExtract(paths, options, { onRecord: async (r: DocumentRecord) => { ids.push(r.id); } });
  return ids;
}

describe('--jobs 2 on a single input', () => {
  it('one article: no worker pool', async () => {
    expect(await run([join(SEEDS, seedFiles[0])])).toHaveLength(1);
    expect(workerPool).not.toHaveBeenCalled();
  });

  it('one article among skipped inputs: no worker pool, every input in order', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const report = await runExtract([join(dir, 'empty.txt'), join(SEEDS, seedFiles[0])], { ...options, keepInputs: true }, { onRecord: async () => {} });
    expect(report.inputs.map((i) => i.status)).toEqual(['skipped', 'processed']);
    expect(workerPool).not.toHaveBeenCalled();
  });

  it('two articles: the pool starts, records in input order', async () => {
    const ids = await run(seedFiles.slice(0, 2).map((f) => join(SEEDS, f)));
    expect(ids).toHaveLength(2);
    expect(workerPool).toHaveBeenCalledTimes(1);
  });
});
