// Spawns the built CLI (`node bin/csto-extract ...`) the way a user would run it.
// Needs dist/ (run `npx tsc -p .` first; `npm test` builds before testing).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'csto-extract');

export interface CliOptions {
  /** Written to the child's standard input, which is then closed (closed at once when absent). */
  stdin?: string | Buffer;
  /** Added to a copy of process.env; a value of undefined removes the variable. NO_COLOR=1 unless given. */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npx tsc -p .` before these tests');
}

// A test that fails or times out while a child runs must not leave it behind: the children
// still running when a test ends are killed (a hang is caught by the test's own timeout).
const live = new Set<ChildProcess>();
afterEach(() => {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
});

/** Starts the CLI and returns the child process (for tests that signal or stream it). */
export function spawnCli(args: string[], options: Omit<CliOptions, 'stdin'> = {}): ChildProcess {
  assertBuilt();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  live.add(child);
  child.on('close', () => live.delete(child));
  return child;
}

/** Resolves when the child's stderr (or stdout) has matched `pattern`; rejects if it exits first. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, stream: 'stderr' | 'stdout' = 'stderr'): Promise<string> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const onData = (c: Buffer): void => {
      seen += c.toString('utf8');
      if (pattern.test(seen)) { child[stream]!.off('data', onData); child.off('close', onClose); resolve(seen); }
    };
    const onClose = (code: number | null): void => reject(new Error(`the run ended (exit ${code}) before ${stream} matched ${pattern}:\n${seen}`));
    child[stream]!.on('data', onData);
    child.once('close', onClose);
  });
}

/** Resolves when the child has written `count` line breaks on stdout; rejects if it exits first. */
export function waitForLines(child: ChildProcess, count: number): Promise<void> {
  let lines = 0;
  return new Promise((resolve, reject) => {
    const onData = (c: Buffer): void => {
      for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
      if (lines >= count) { child.stdout!.off('data', onData); child.off('close', onClose); resolve(); }
    };
    const onClose = (code: number | null): void => reject(new Error(`the run ended (exit ${code}) after ${lines} of ${count} lines`));
    child.stdout!.on('data', onData);
    child.once('close', onClose);
  });
}

/** Resolves with the name of the first file in `dir` matching `pattern`, as soon as one exists. */
export function waitForFile(dir: string, pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    const find = (): boolean => {
      const name = readdirSync(dir).find((f) => pattern.test(f));
      if (name) { watcher.close(); resolve(name); }
      return Boolean(name);
    };
    const watcher = watch(dir, () => { find(); });
    find();
  });
}

const DEVICES = { null: [1, 3], full: [1, 7] } as const;
/**
 * A device node to write to: as root, a private copy made in `dir` (mknod), so that a bug that
 * replaces the file it writes to cannot replace the system's /dev/null or /dev/full; otherwise the
 * system's own, which a user who is not root cannot replace.
 */
export function device(name: keyof typeof DEVICES, dir: string): string {
  if (process.getuid?.() !== 0) return `/dev/${name}`;
  const path = join(dir, `dev-${name}`);
  const [major, minor] = DEVICES[name];
  execFileSync('mknod', ['-m', '666', path, 'c', String(major), String(minor)]);
  return path;
}

/** A fresh temporary folder, removed after the test file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `csto-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the CLI to completion: exit code, signal, and everything it wrote. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const child = spawnCli(args, options);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c));
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  child.stdin!.on('error', () => { /* the CLI may exit without reading stdin */ });
  child.stdin!.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** The first lines of a long stderr, for assertion messages. */
export function brief(text: string, lines = 8): string {
  const all = text.split('\n');
  return all.length <= lines ? text : `${all.slice(0, lines).join('\n')}\n… (${all.length - lines} more lines)`;
}
