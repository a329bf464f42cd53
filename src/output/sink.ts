// Where output goes: stdout, or a file. A regular file (or a symlink's target) is replaced
// atomically: a hidden temporary file in the same folder, flushed to disk, then renamed over it.
// Devices, FIFOs and pipes (/dev/null, /dev/stdout, -o >(…)) are written directly: renaming
// over them would replace the device node or leave the reader with nothing.
import {
  accessSync, closeSync, constants, createWriteStream, lstatSync, openSync, readdirSync, readlinkSync, readSync, realpathSync,
  renameSync, statSync, unlinkSync, writeFileSync, writeSync, type WriteStream,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '../errors.js';
import { EVENT_COLUMNS } from '../events/flatten.js';
import { COLUMNS } from './flatten.js';

export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes and, for files, moves the temporary file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the destination is left as it was. */
  abort(): void;
  /** Writes at once, blocking (stdout only): what is pending when a signal ends the run. */
  writeSync?(chunk: Uint8Array): void;
}

const pendingTemps = new Set<string>();

/** Removes temporary output files: called on SIGINT/SIGTERM and on fatal errors. */
export function removePendingTemps(): void {
  for (const tmp of pendingTemps) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
  }
  pendingTemps.clear();
}

/** How a path is written: replaced through a temporary file, or written directly. */
export interface Target {
  /** The file replaced (a symlink's final target), or the device or FIFO written to. */
  path: string;
  direct: boolean;
}

/**
 * Resolves where writing `path` goes. A symlink is followed to its target, which is replaced
 * (or created, for a dangling link); a path that is not a regular file is written directly.
 * Throws a UsageError for a folder or a missing parent folder (exit 2 before any work).
 */
export function resolveTarget(path: string, flag = '--out'): Target {
  let target = path;
  for (let hops = 0; ; hops++) {
    const link = lstatSync(target, { throwIfNoEntry: false });
    if (!link?.isSymbolicLink()) break;
    let next: string;
    try { next = readlinkSync(target); } catch { break; }
    // /dev/fd/N and /proc/self/fd/N point at "pipe:[…]": not a path, written directly below
    if (!next.startsWith('/') && /^[a-z]+:\[/.test(next)) break;
    if (hops > 40) throw new UsageError(`${flag}: cannot write ${path}: symbolic link loop`);
    target = resolve(dirname(target), next);
  }
  const info = statSync(target, { throwIfNoEntry: false });
  if (info?.isDirectory()) throw new UsageError(`${flag}: cannot write ${path}: it is a folder`);
  if (info && !info.isFile()) return { path: target, direct: true };
  const dir = dirname(target);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${flag}: cannot write ${path}: no such folder ${dir}`);
  try {
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new UsageError(`${flag}: cannot write ${path}: folder ${dir} is not writable (${(err as NodeJS.ErrnoException).code})`);
  }
  return { path: target, direct: false };
}

const tempName = (target: string): string => join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tempPattern = (target: string): RegExp => new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(\\d+)\\.tmp$`);

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Removes temporary files of this naming left for `target` by runs that were killed (kill -9, power loss). */
export function removeStaleTemps(target: string): void {
  const pattern = tempPattern(target);
  let names: string[];
  try { names = readdirSync(dirname(target)); } catch { return; }
  for (const name of names) {
    const pid = pattern.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) {
      try { unlinkSync(join(dirname(target), name)); } catch { /* gone, or not ours to remove */ }
    }
  }
}

/** File names as shown on stderr: quoted when they hold line breaks or control characters. */
export const shownName = (name: string): string => (/[\p{Cc}\p{Zl}\p{Zp}\u2066-\u2069\u202a-\u202e]/u.test(name) ? JSON.stringify(name) : name);

/** Whether two paths are one existing file (links and other spellings included). */
function sameFile(a: string, b: string): boolean {
  const x = statSync(a, { throwIfNoEntry: false });
  const y = statSync(b, { throwIfNoEntry: false });
  return Boolean(x?.isFile() && y?.isFile() && x.dev === y.dev && x.ino === y.ino);
}

/**
 * A usage error when a file output (`flag`, resolved by resolveTarget) would replace an input: one of the input files,
 * or an existing file inside an input folder that is not an earlier output of this tool. The walk skips the run's own
 * files, so a re-run may write `corpus/out.json`, but `corpus/article.txt` is an article the run would read, then replace.
 */
export function refuseInputAsOutput(flag: string, target: Target | null, inputs: readonly string[]): void {
  if (!target || target.direct) return;
  const input = inputs.find((p) => p !== '-' && sameFile(p, target.path));
  if (input !== undefined) throw new UsageError(`${flag} names an input file (${shownName(input)}): writing it would replace that input.`);
  if (!statSync(target.path, { throwIfNoEntry: false })?.size) return;
  const file = realpathSync(target.path);
  const folder = inputs.find((p) => {
    if (p === '-' || !statSync(p, { throwIfNoEntry: false })?.isDirectory()) return false;
    const inside = relative(realpathSync(p), file);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return false;
    // hidden files and folders are not inputs (the walk skips them)
    return !inside.split(sep).some((part) => part.startsWith('.'));
  });
  if (folder !== undefined && !isOwnOutput(opening(file))) {
    throw new UsageError(`${flag} names ${shownName(file)}, a file in the input folder ${shownName(folder)} that is not an earlier csto-extract output: writing it would replace an input.`);
  }
}

/** A file's first 4 KB as text; '' when it cannot be read (then it is no earlier output either). */
function opening(file: string): string {
  const buf = Buffer.alloc(4096);
  try {
    const fd = openSync(file, 'r');
    try { return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8'); } finally { closeSync(fd); }
  } catch {
    return '';
  }
}

/** Whether a file's opening is what csto-extract writes: JSON or NDJSON records, a run report, or a CSV table's header. */
function isOwnOutput(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0];
  if (/^\[\s*\]\s*$/.test(text)) return true; // JSON with no records
  if (/^\[?\s*\{"id":/.test(text)) return text.includes('"text_length":');
  if (/^\{\s*"tool": "csto-extract"/.test(text)) return true;
  return CSV_HEADERS.has(firstLine);
}

const CSV_HEADERS = new Set([...Object.values(COLUMNS), EVENT_COLUMNS].map((columns) => columns.join(',')));

/** True for this run's own files (outputs and their temporary files): never read them as input. */
export function ownFiles(targets: string[]): (path: string) => boolean {
  const exact = new Set(targets.map((t) => resolve(t)));
  const temps = targets.map((t) => ({ dir: resolve(dirname(t)), pattern: tempPattern(t) }));
  return (path) => exact.has(path) || temps.some((t) => t.dir === dirname(path) && t.pattern.test(basename(path)));
}

/** Writes with the write callback only: a listener per write would pile up on a busy stream. */
function writeTo(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    // the callback always comes on a later tick, after `ok` is set
    const ok = stream.write(chunk, (err) => {
      if (err) reject(err);
      else if (ok) resolve();
    });
    if (!ok) stream.once('drain', resolve);
  });
}

/**
 * `ownErrors`: this sink's caller handles write errors (a closed pipe) itself, through the
 * write promises, instead of the process-wide handler that ends the process quietly.
 */
export function stdoutSink(stdout: Writable = process.stdout, ownErrors = false): Sink {
  // A pipe is non-blocking in Node: a long record can be half written when a signal handler
  // exits the process, leaving a partial NDJSON line. Blocking writes put each record out
  // whole before the next line of JavaScript (and so any signal handler) runs.
  (stdout as { _handle?: { setBlocking?: (blocking: boolean) => unknown } })._handle?.setBlocking?.(true);
  // One listener for the sink's life (not one per write, which piles up with the workers' pipes)
  if (ownErrors) stdout.on('error', () => undefined);
  const fd = (stdout as { fd?: number }).fd;
  return {
    // ...and a turn of the event loop after each record: input reading is synchronous, so
    // without one a SIGINT/SIGTERM handler would not run (nor stop the run) until the end.
    write: async (chunk) => { await writeTo(stdout, chunk); await new Promise<void>((resolve) => setImmediate(resolve)); },
    commit: () => Promise.resolve(),
    abort: () => undefined,
    writeSync: typeof fd === 'number' ? (chunk) => { writeSync(fd, chunk); } : undefined,
  };
}

/** A sink writing straight into a device, FIFO or pipe. */
function directSink(path: string): Sink {
  const stream = createWriteStream(path, { flags: 'w' });
  let failure: Error | null = null;
  stream.on('error', (err) => { failure ??= err; });
  return {
    write: (chunk) => (failure ? Promise.reject(failure) : writeTo(stream, chunk)),
    commit: () => new Promise<void>((resolve, reject) => {
      if (failure) { reject(failure); return; }
      stream.end((err?: Error | null) => (err ?? failure ? reject(err ?? failure) : resolve()));
    }),
    abort: () => { stream.destroy(); },
  };
}

export function fileSink(path: string): Sink {
  const target = resolveTarget(path);
  if (target.direct) return directSink(target.path);
  removeStaleTemps(target.path);
  const tmp = tempName(target.path);
  pendingTemps.add(tmp);
  // flush: fsync before close, so that the rename never publishes a file whose data is not on disk
  const stream: WriteStream = createWriteStream(tmp, { flags: 'w', flush: true } as Parameters<typeof createWriteStream>[1]);
  let done = false;
  // Keep a listener at all times: an open or write error with no write pending must not
  // crash the process as an unhandled 'error' event; the next write or commit reports it.
  let failure: Error | null = null;
  stream.on('error', (err) => { failure ??= err; });
  const removeTemp = (): void => {
    try { unlinkSync(tmp); } catch { /* not created */ }
    pendingTemps.delete(tmp);
  };
  return {
    write: (chunk) => (failure ? Promise.reject(failure) : writeTo(stream, chunk)),
    commit: () =>
      new Promise<void>((resolve, reject) => {
        if (failure) { reject(failure); return; }
        // 'close' comes after the fsync and close of the file ('finish' comes before them)
        stream.once('close', () => {
          if (failure) { reject(failure); return; }
          try {
            renameSync(tmp, target.path);
            pendingTemps.delete(tmp);
            done = true;
            resolve();
          } catch (e) { reject(e); }
        });
        stream.end();
      }).catch((err: unknown) => {
        // a failed commit leaves the destination as it was and no temporary file behind
        stream.destroy();
        removeTemp();
        throw err;
      }),
    abort: () => {
      if (done) return;
      stream.destroy();
      removeTemp();
    },
  };
}

/** Writes a whole small file (the run report) the way fileSink does; no temporary file is left on failure. */
export function writeFileAtomic(path: string, text: string, flag = '--report'): void {
  const target = resolveTarget(path, flag);
  if (target.direct) { writeFileSync(target.path, text); return; }
  removeStaleTemps(target.path);
  const tmp = tempName(target.path);
  pendingTemps.add(tmp);
  try {
    writeFileSync(tmp, text, { flush: true } as Parameters<typeof writeFileSync>[2]);
    renameSync(tmp, target.path);
  } catch (err) {
    try { unlinkSync(tmp); } catch { /* not created */ }
    throw err;
  } finally {
    pendingTemps.delete(tmp);
  }
}
