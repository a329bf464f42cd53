// Interrupted runs: --out files appear whole or not at all; NDJSON on stdout stays line-complete.
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDocumentRecord } from '../../src/schema/validate.js';
import type { DocumentRecord } from '../../src/types.js';
import { brief, ROOT, runCli, spawnCli } from '../helpers/cli.js';

const SEEDS = join(ROOT, 'seeds');
const COPIES = 2000;

let tmp: string;
let corpus: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'csto-atomic-'));
  corpus = join(tmp, 'corpus');
  mkdirSync(corpus);
  const seeds = readdirSync(SEEDS).sort();
  for (let i = 0; i < COPIES; i++) {
    const seed = seeds[i % seeds.length];
    copyFileSync(join(SEEDS, seed), join(corpus, `${String(i).padStart(4, '0')}_${seed}`));
  }
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const TEMP = /^\.OUT\.json\..*\.tmp$/;

/** Collects output and resolves with the exit status when the child closes. */
function watch(child: ChildProcess): { done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; stdout: () => string; stderr: () => string; lines: () => number } {
  const out: Buffer[] = [], err: Buffer[] = [];
  let lines = 0;
  child.stdout!.on('data', (c: Buffer) => { out.push(c); for (const b of c) if (b === 10) lines++; });
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  child.stdin!.end();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { done, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => Buffer.concat(err).toString('utf8'), lines: () => lines };
}

/** Waits until the run is writing its temporary output file, then a little longer. */
async function waitForTemp(dir: string, child: ChildProcess, extraMs: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the run ended before it could be interrupted');
    const temp = readdirSync(dir).find((f) => TEMP.test(f));
    if (temp && statSync(join(dir, temp)).size > 0) break;
    if (Date.now() > deadline) throw new Error('no temporary output file appeared within 30 s');
    await sleep(20);
  }
  await sleep(extraMs);
}

describe('interrupting a run with --out', () => {
  const cases: [NodeJS.Signals, number, string[]][] = [
    ['SIGTERM', 143, ['-j', '1']],
    ['SIGINT', 130, ['-j', '1']],
    ['SIGTERM', 143, ['-j', '2']], // with worker threads busy
  ];
  for (const [signal, code, jobs] of cases) {
    it(`${signal} (${jobs.join(' ')}) leaves no OUT.json and no temporary file`, async () => {
      const dir = mkdtempSync(join(tmp, 'out-'));
      const out = join(dir, 'OUT.json');
      const child = spawnCli(['extract', corpus, '--out', out, '-f', 'json', ...jobs]);
      const w = watch(child);
      await waitForTemp(dir, child, 500);
      child.kill(signal);
      const status = await w.done;
      expect(status, brief(w.stderr())).toEqual({ code, signal: null }); // handled, not killed outright
      expect(w.stderr()).toContain(`interrupted by ${signal}`);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
      expect(w.stdout()).toBe('');
    }, 60_000);
  }

  it('an existing OUT.json is left exactly as it was', async () => {
    const dir = mkdtempSync(join(tmp, 'keep-'));
    const out = join(dir, 'OUT.json');
    writeFileSync(out, '["previous run"]\n');
    const child = spawnCli(['extract', corpus, '--out', out, '-j', '1']);
    const w = watch(child);
    await waitForTemp(dir, child, 500);
    child.kill('SIGTERM');
    expect((await w.done).code).toBe(143);
    expect(readFileSync(out, 'utf8')).toBe('["previous run"]\n');
    expect(readdirSync(dir)).toEqual(['OUT.json']);
  }, 60_000);

  it('a completed run leaves one valid file and nothing else', async () => {
    const dir = mkdtempSync(join(tmp, 'done-'));
    const out = join(dir, 'OUT.json');
    const res = await runCli(['extract', SEEDS, '--out', out, '-f', 'json']);
    expect(res.code, brief(res.stderr)).toBe(0);
    expect(res.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['OUT.json']);
    const records = JSON.parse(readFileSync(out, 'utf8')) as DocumentRecord[];
    expect(records).toHaveLength(readdirSync(SEEDS).length);
    for (const r of records) expect(validateDocumentRecord(r), r.id).toEqual([]);
  }, 60_000);

  it('a completed NDJSON and CSV run each leave a complete file', async () => {
    const dir = mkdtempSync(join(tmp, 'fmt-'));
    const nd = await runCli(['extract', SEEDS, '--out', join(dir, 'OUT.ndjson'), '-f', 'ndjson', '-q']);
    expect(nd.code, brief(nd.stderr)).toBe(0);
    const lines = readFileSync(join(dir, 'OUT.ndjson'), 'utf8');
    expect(lines.endsWith('\n')).toBe(true);
    expect(lines.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentRecord)).toHaveLength(readdirSync(SEEDS).length);
    const csv = await runCli(['extract', SEEDS, '--out', join(dir, 'OUT.csv'), '-f', 'csv', '-q']);
    expect(csv.code, brief(csv.stderr)).toBe(0);
    expect(readFileSync(join(dir, 'OUT.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(readdirSync(SEEDS).length + 1);
    expect(readdirSync(dir).sort()).toEqual(['OUT.csv', 'OUT.ndjson']);
  }, 60_000);
});

describe('interrupting NDJSON on stdout', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: every line written parses and the output ends with a line break`, async () => {
      const child = spawnCli(['extract', corpus, '-f', 'ndjson', '-j', '1']);
      const w = watch(child);
      const deadline = Date.now() + 30_000;
      while (w.lines() < 20) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error('the run ended or stalled before it could be interrupted');
        await sleep(20);
      }
      await sleep(300);
      child.kill(signal);
      const status = await w.done;
      expect(status.code).toBe(signal === 'SIGINT' ? 130 : 143);
      const text = w.stdout();
      const lines = text.split('\n');
      const last = lines.pop()!;
      // nothing partial: the output ends with "\n", or (at worst) its last line is itself whole
      if (last !== '') expect(() => JSON.parse(last), 'partial last line').not.toThrow();
      expect(lines.length).toBeGreaterThanOrEqual(20);
      expect(lines.length).toBeLessThan(COPIES);
      for (const [i, line] of lines.entries()) {
        let rec: DocumentRecord;
        try { rec = JSON.parse(line) as DocumentRecord; } catch { throw new Error(`line ${i + 1} does not parse: ${line.slice(0, 120)}…`); }
        expect(validateDocumentRecord(rec)).toEqual([]);
      }
    }, 60_000);
  }
});
