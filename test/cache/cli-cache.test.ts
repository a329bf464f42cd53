// extract --cache through the real CLI: a warm run extracts nothing and writes the same bytes,
// a new file costs one extraction, a user gazetteer change invalidates every record (the
// fingerprint covers the whole gazetteer: which records an entry can affect is not knowable
// without extracting), and a damaged entry is rebuilt, never trusted.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scanCache } from '../../src/cache/scan.js';
import { brief, ROOT, runCli } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const SEEDS = join(ROOT, 'seeds');
let dir: string;
let corpus: string;
let cache: string;

interface Totals { processed: number; skipped: number; failed: number; from_cache: number; records_written: number }

async function extract(args: string[]): Promise<{ stdout: string; totals: Totals; stderr: string }> {
  const report = join(dir, 'report.json');
  const res = await runCli(['extract', corpus, '--cache', cache, '--format', 'ndjson', '--report', report, ...args]);
  expect(res.code, brief(res.stderr)).toBe(0);
  return { stdout: res.stdout, stderr: res.stderr, totals: (JSON.parse(readFileSync(report, 'utf8')) as { totals: Totals }).totals };
}

const gazetteer = (aliases: string[]): string => JSON.stringify({
  name: 'user',
  entries: [{ id: 'org:virtual-session', type: 'ORG', name: 'Virtual session', name_ar: 'الواقع الافتراضي', aliases, kind: 'body' }],
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csto-cache-cli-'));
  corpus = join(dir, 'corpus');
  cache = join(dir, 'cache');
  mkdirSync(corpus);
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(corpus, name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract --cache', () => {
  let full: string;
  let lastGazetteerRun: string;

  it('a second run extracts 0 documents and writes the bytes of a full run (worker threads and one thread)', async () => {
    const plain = await runCli(['extract', corpus, '--format', 'ndjson', '-j', '1', '-q']);
    full = plain.stdout;
    const cold = await extract(['-j', '2']);
    expect(cold.totals).toMatchObject({ processed: 5, from_cache: 0 });
    expect(cold.stdout).toBe(full);
    const warm = await extract(['-j', '2']);
    expect(warm.totals).toMatchObject({ processed: 5, from_cache: 5 });
    expect(warm.stdout).toBe(full);
    expect(warm.stderr).toContain('5 from the cache');
    const oneThread = await extract(['-j', '1']);
    expect(oneThread.totals.from_cache).toBe(5);
    expect(oneThread.stdout).toBe(full);
  });

  it('a new file among the old ones extracts exactly one, in its place in the output', async () => {
    const names = readdirSync(corpus).sort();
    const text = readFileSync(join(corpus, names[2]), 'utf8');
    writeFileSync(join(corpus, `${names[2]}-b.txt`), `${text}\nوأكد الرئيس أهمية التعاون.\n`);
    const run = await extract(['-j', '1']);
    expect(run.totals).toMatchObject({ processed: 6, from_cache: 5 });
    const lines = run.stdout.trimEnd().split('\n');
    const old = full.trimEnd().split('\n');
    expect([...lines.slice(0, 3), ...lines.slice(4)]).toEqual(old);
    expect(JSON.parse(lines[3]).id).toBe(`${names[2]}-b`);
  });

  it('a changed user gazetteer re-extracts every record; the same bytes at another path reuse them', async () => {
    const g1 = join(dir, 'g1.json');
    writeFileSync(g1, gazetteer([]));
    const first = await extract(['-j', '1', '--gazetteer', g1]);
    expect(first.totals).toMatchObject({ processed: 6, from_cache: 0 });
    expect(first.stdout).toContain('org:virtual-session');
    const moved = join(dir, 'g1-copy.json');
    copyFileSync(g1, moved);
    const same = await extract(['-j', '1', '--gazetteer', moved]);
    expect(same.totals.from_cache).toBe(6);
    expect(same.stdout).toBe(first.stdout);
    writeFileSync(g1, gazetteer(['جلسة عادية']));
    const changed = await extract(['-j', '1', '--gazetteer', g1]);
    expect(changed.totals).toMatchObject({ processed: 6, from_cache: 0 });
    lastGazetteerRun = changed.stdout;
  });

  it('a truncated entry and an entry with a changed byte are rebuilt, not trusted', async () => {
    const current = scanCache(cache).generations[0];
    const root = join(cache, current.id);
    const entries = readdirSync(root).filter((d) => d.length === 2).flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f)));
    expect(entries).toHaveLength(6);
    const [truncated, flipped] = entries;
    const originals = [readFileSync(truncated), readFileSync(flipped)];
    writeFileSync(truncated, originals[0].subarray(0, originals[0].length >> 1));
    const damaged = Buffer.from(originals[1]);
    damaged[damaged.length - 10] ^= 1;
    writeFileSync(flipped, damaged);
    const run = await extract(['-j', '1', '--gazetteer', join(dir, 'g1.json')]);
    expect(run.totals).toMatchObject({ processed: 6, from_cache: 4 });
    expect(run.stdout).toBe(lastGazetteerRun);
    expect(readFileSync(truncated)).toEqual(originals[0]);
    expect(readFileSync(flipped)).toEqual(originals[1]);
  });

  it('cache stats reports every generation; prune --keep 1 leaves the last used', async () => {
    const stats = await runCli(['cache', 'stats', cache, '--json']);
    expect(stats.code, brief(stats.stderr)).toBe(0);
    const report = JSON.parse(stats.stdout) as ReturnType<typeof scanCache>;
    expect(report.generations).toHaveLength(3);
    expect(report.entries).toBe(6 + 6 + 6);
    expect(report.disk_bytes).toBeGreaterThanOrEqual(report.bytes);
    const prune = await runCli(['cache', 'prune', cache, '--keep', '1']);
    expect(prune.code, brief(prune.stderr)).toBe(0);
    expect(prune.stderr).toContain('removed 12 entries');
    const after = scanCache(cache);
    expect(after.generations.map((g) => g.id)).toEqual([report.generations[0].id]);
    expect(statSync(join(cache, 'CACHEDIR.TAG')).isFile()).toBe(true);
  });

  it('refuses a cache folder inside an input folder, whose entries would be read as articles', async () => {
    const res = await runCli(['extract', corpus, '--cache', join(corpus, 'cache')]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('is inside the input');
    expect(res.stdout).toBe('');
  });

  it('two runs at once on one cold cache both write a full run\'s bytes and leave only whole entries', async () => {
    const shared = join(dir, 'shared-cache');
    const args = ['extract', SEEDS, '--cache', shared, '--format', 'ndjson', '-j', '1', '-q'];
    const [a, b] = await Promise.all([runCli(args), runCli(args)]);
    const plain = await runCli(['extract', SEEDS, '--format', 'ndjson', '-j', '1', '-q']);
    expect(a.stdout).toBe(plain.stdout);
    expect(b.stdout).toBe(plain.stdout);
    const report = join(dir, 'shared.json');
    const again = await runCli([...args, '--report', report]);
    expect(again.stdout).toBe(plain.stdout);
    expect((JSON.parse(readFileSync(report, 'utf8')) as { totals: Totals }).totals.from_cache).toBe(5);
    expect(scanCache(shared).generations[0]).toMatchObject({ entries: 5, temporary: 0 });
  });
});
