// Where output goes: stdout, or a file written atomically (temporary file, then rename).
import { createWriteStream, renameSync, statSync, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '../errors.js';

export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes and, for files, moves the temporary file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the destination is left as it was. */
  abort(): void;
}

const pendingTemps = new Set<string>();

/** Removes temporary output files: called on SIGINT/SIGTERM and on fatal errors. */
export function removePendingTemps(): void {
  for (const tmp of pendingTemps) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
  }
  pendingTemps.clear();
}

function writeTo(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    stream.once('error', onError);
    const ok = stream.write(chunk, (err) => {
      stream.off('error', onError);
      if (err) reject(err);
      else if (ok) resolve();
    });
    if (!ok) stream.once('drain', () => { stream.off('error', onError); resolve(); });
  });
}

export function stdoutSink(stdout: Writable = process.stdout): Sink {
  // A pipe is non-blocking in Node: a long record can be half written when a signal handler
  // exits the process, leaving a partial NDJSON line. Blocking writes put each record out
  // whole before the next line of JavaScript (and so any signal handler) runs.
  (stdout as { _handle?: { setBlocking?: (blocking: boolean) => unknown } })._handle?.setBlocking?.(true);
  return {
    // ...and a turn of the event loop after each record: input reading is synchronous, so
    // without one a SIGINT/SIGTERM handler would not run (nor stop the run) until the end.
    write: async (chunk) => { await writeTo(stdout, chunk); await new Promise<void>((resolve) => setImmediate(resolve)); },
    commit: () => Promise.resolve(),
    abort: () => undefined,
  };
}

export function fileSink(path: string): Sink {
  // A missing folder or a folder in the way is the caller's mistake: say so before any work (exit 2).
  const dir = dirname(path);
  const dirInfo = statSync(dir, { throwIfNoEntry: false });
  if (!dirInfo || !dirInfo.isDirectory()) throw new UsageError(`cannot write ${path}: no such folder ${dir}`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(tmp, { flags: 'w' });
  pendingTemps.add(tmp);
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
        stream.end((err?: Error | null) => {
          if (err ?? failure) { reject(err ?? failure); return; }
          try {
            renameSync(tmp, path);
            pendingTemps.delete(tmp);
            done = true;
            resolve();
          } catch (e) { reject(e); }
        });
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
