// Where output goes: stdout, or a file written atomically (temporary file, then rename).
import { createWriteStream, renameSync, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface Sink {
  write(chunk: string): Promise<void>;
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

function writeTo(stream: Writable, chunk: string): Promise<void> {
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
  return {
    write: (chunk) => writeTo(stdout, chunk),
    commit: () => Promise.resolve(),
    abort: () => undefined,
  };
}

export function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(tmp, { flags: 'w' });
  pendingTemps.add(tmp);
  let done = false;
  return {
    write: (chunk) => writeTo(stream, chunk),
    commit: () =>
      new Promise((resolve, reject) => {
        stream.end((err?: Error | null) => {
          if (err) { reject(err); return; }
          try {
            renameSync(tmp, path);
            pendingTemps.delete(tmp);
            done = true;
            resolve();
          } catch (e) { reject(e); }
        });
      }),
    abort: () => {
      if (done) return;
      stream.destroy();
      try { unlinkSync(tmp); } catch { /* not created */ }
      pendingTemps.delete(tmp);
    },
  };
}
