// `-` reads standard input for every command that reads a file, from a pipe, also a slow one.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readStdin } from '../../src/io/stdin.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000 });

const RECORDS = readFileSync(join(ROOT, 'fixtures', 'seeds.expected.ndjson'), 'utf8');
const GOLD = join(ROOT, 'fixtures', 'seeds.gold.json');
const tmp = mkdtempSync(join(tmpdir(), 'csto-stdin-'));
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/**
 * Runs `csto-extract args` with stdin a real pipe (not a file) fed by `writeInput` and closed when
 * it resolves: the EAGAIN of readFileSync(0) only shows on a pipe that is empty when read.
 */
function runPiped(args: string[], writeInput: (stdin: NodeJS.WritableStream) => Promise<void>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
  void writeInput(child.stdin).then(() => child.stdin.end());
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A slow producer: the first record only after the command has started and is waiting (it wrote nothing yet). */
const slowly = (text: string) => async (stdin: NodeJS.WritableStream): Promise<void> => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const [first, ...rest] = text.split(/(?<=\n)/);
  stdin.write(first);
  await new Promise<void>((resolve) => setImmediate(resolve));
  stdin.write(rest.join(''));
};

describe('readStdin', () => {
  it('reads a stream to its end, in chunks written at different times', async () => {
    const s = new PassThrough();
    const p = readStdin(s);
    s.write('ab');
    setImmediate(() => { s.write(Buffer.from('جد')); s.end(); });
    expect((await p).toString('utf8')).toBe('abجد');
  });
});

/** `csto-extract a… | csto-extract b…`, two processes joined by an OS pipe, as a shell runs them. */
function pipeline(a: string[], b: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, NO_COLOR: '1' };
  const first = spawn(process.execPath, [BIN, ...a], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'ignore'] });
  const second = spawn(process.execPath, [BIN, ...b], { cwd: ROOT, env, stdio: [first.stdout, 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  second.stdout!.on('data', (c: Buffer) => { stdout += c.toString(); });
  second.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  return new Promise((resolve) => second.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('- for standard input', () => {
  it('extract -f ndjson | dedupe - works: extract is still loading when dedupe reads the empty pipe', async () => {
    const r = await pipeline(['extract', 'seeds', '-f', 'ndjson', '-q'], ['dedupe', '-']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(RECORDS.trim().split('\n').map((l) => JSON.parse(l).id));
  });
  it('dedupe - works with a producer that writes in parts', async () => {
    const r = await runPiped(['dedupe', '-'], slowly(RECORDS));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
    expect(JSON.parse(r.stdout.split('\n')[0]).events[0].cluster).toMatch(/^c[0-9a-f]{12}$/);
  });
  it('summary - reads stdin', async () => {
    const r = await runPiped(['summary', '-'], slowly(RECORDS));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Documents: 5 \(ar 5\)/);
  });
  it('report - reads stdin', async () => {
    const html = join(tmp, 'r.html');
    const r = await runPiped(['report', '-', '--html', html], slowly(RECORDS));
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(html)).toBe(true);
    expect(r.stderr).toMatch(/^wrote .*r\.html \(5 documents, \d+ events, \d+ KiB\)\n$/);
  });
  it('eval GOLD - reads the output from stdin, and GOLD from stdin works too', async () => {
    const out = await runPiped(['eval', GOLD, '-'], slowly(RECORDS));
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^entities F1 0\.\d+/m);
    const gold = await runCli(['eval', '-', join(ROOT, 'fixtures', 'seeds.expected.ndjson')], { stdin: readFileSync(GOLD) });
    expect(gold.stdout).toBe(out.stdout);
  });
  it('eval - - is a usage error', async () => {
    const r = await runCli(['eval', '-', '-']);
    expect([r.code, r.stderr]).toEqual([2, 'csto-extract: - (stdin) can be given only once.\n']);
  });
  it('normalize - reads a pipe', async () => {
    const r = await runPiped(['normalize', '-'], slowly('الرَّئِيسُ\n'));
    expect(r.stdout).toBe('الرئيس\n');
  });
});

describe('extract with no path', () => {
  const WARNING = 'csto-extract: warning: no path given, so the bundled seed articles are read, not standard input (pass - to read it)\n';
  /** `sh -c SCRIPT` with node and the CLI as "$0" and "$1": stdin then is a shell pipe or redirection, as a user's is. */
  const shell = (script: string) => spawnSync('sh', ['-c', script, process.execPath, BIN], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  it('reads the seeds, and says so only when standard input was piped or redirected from a file', () => {
    const quiet = shell('"$0" "$1" extract -q -f ndjson < /dev/null');
    expect([quiet.status, quiet.stderr, quiet.stdout.split('\n').length]).toEqual([0, '', 6]);
    for (const script of ['printf "نص" | "$0" "$1" extract -q -f ndjson', '"$0" "$1" extract -q -f ndjson < package.json']) {
      const r = shell(script);
      expect([r.status, r.stderr, r.stdout]).toEqual([0, WARNING, quiet.stdout]);
    }
  });
});
