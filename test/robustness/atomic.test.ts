// Interrupted runs: --out files appear whole or not at all; NDJSON on stdout stays line-complete.
// The tests signal a run when an event shows it is under way (its temporary file has data, lines
// came out), never after a sleep; a run that ends first fails the test with that message.
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDocumentRecord } from '../../src/schema/validate.js';
import type { DocumentRecord } from '../../src/types.js';
import { brief, ROOT, runCli, spawnCli, tempDir, waitForFile, waitForLines } from '../helpers/cli.js';

const SEEDS = join(ROOT, 'seeds');
const COPIES = 2000;

const tmp = tempDir('atomic');
let corpus: string;
beforeAll(() => {
  corpus = join(tmp, 'corpus');
  mkdirSync(corpus);
  const seeds = readdirSync(SEEDS).sort();
  for (let i = 0; i < COPIES; i++) {
    const seed = seeds[i % seeds.length];
    copyFileSync(join(SEEDS, seed), join(corpus, `${String(i).padStart(4, '0')}_${seed}`));
  }
});
const TEMP = /^\.OUT\.json\..*\.tmp$/;

/** Collects output and resolves with the exit status when the child closes. */
function collectRun(child: ChildProcess): { done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; stdout: () => string; stderr: () => string } {
  const out: Buffer[] = [], err: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c));
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  child.stdin!.end();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { done, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => Buffer.concat(err).toString('utf8') };
}

/** Waits until the run's temporary output file exists and records are being written to it. */
async function waitForTemp(dir: string, child: ChildProcess): Promise<void> {
  const ended = new Promise<never>((_, reject) => child.once('close', () => reject(new Error('the run ended before it could be interrupted'))));
  ended.catch(() => undefined); // only a failure while waiting
  await Promise.race([waitForFile(dir, TEMP), ended]);
  await Promise.race([waitForGrowth(join(dir, readdirSync(dir).find((f) => TEMP.test(f))!)), ended]);
}

/** Resolves once the file has data (at once if it has). */
function waitForGrowth(file: string): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => { if (statSync(file, { throwIfNoEntry: false })?.size) { watcher.close(); resolve(); } };
    const watcher = watch(file, check);
    check();
  });
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
      const w = collectRun(child);
      await waitForTemp(dir, child);
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
    const w = collectRun(child);
    await waitForTemp(dir, child);
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
  for (const [signal, jobs] of [['SIGTERM', '1'], ['SIGINT', '1'], ['SIGINT', '2']] as const) {
    it(`${signal} (-j ${jobs}): every line written parses and the output ends with a line break`, async () => {
      const child = spawnCli(['extract', corpus, '-f', 'ndjson', '-j', jobs]);
      const w = collectRun(child);
      await waitForLines(child, 20);
      child.kill(signal);
      const status = await w.done;
      expect(status.code).toBe(signal === 'SIGINT' ? 130 : 143);
      const text = w.stdout();
      // nothing partial: the output ends with a whole line
      expect(text.endsWith('\n'), 'the last line has no line break').toBe(true);
      const lines = text.split('\n');
      lines.pop();
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
