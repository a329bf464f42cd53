// Progress of a long run on stderr: documents done / total, rate and ETA, redrawn a few times a
// second on one line. Only on a terminal (CSTO_EXTRACT_PROGRESS=1 forces it, =0 turns it off),
// never with -q; stdout is not touched.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface Progress {
  /** One more input done (processed, skipped or failed). */
  tick(): void;
  /** Writes `text` (whole lines) above the progress line. */
  log(text: string): void;
  /** Removes the progress line; call once at the end of the run. */
  end(): void;
}

const REDRAW_MS = 250;
const CLEAR_LINE = '\r\x1b[K';
const NONE: Progress = { tick: () => undefined, log: () => undefined, end: () => undefined };

export interface ProgressOptions {
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
  /** The run's paths, counted for the total (null total: NDJSON or stdin, one file, many documents). */
  paths: string[];
  now?: () => number;
}

export function startProgress(stream: NodeJS.WritableStream, opts: ProgressOptions): Progress {
  const forced = opts.env.CSTO_EXTRACT_PROGRESS;
  const enabled = !opts.quiet && forced !== '0' && (forced === '1' || Boolean((stream as NodeJS.WriteStream).isTTY));
  if (!enabled) return { ...NONE, log: (text) => { stream.write(text); } };
  const now = opts.now ?? Date.now;
  const total = countDocuments(opts.paths);
  const started = now();
  let done = 0;
  let shown = false;
  let lastDraw = -Infinity;
  const draw = (): void => {
    lastDraw = now();
    const seconds = Math.max((lastDraw - started) / 1000, 1e-3);
    const rate = done / seconds;
    const parts = [total === null ? `${done} document${done === 1 ? '' : 's'}` : `${done}/${total} documents`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`];
    if (total !== null && done > 0 && done < total) parts.push(`ETA ${clock((total - done) / rate)}`);
    stream.write(`${CLEAR_LINE}${parts.join('  ')}`);
    shown = true;
  };
  const timer = setInterval(draw, REDRAW_MS);
  timer.unref();
  const clear = (): void => {
    if (shown) stream.write(CLEAR_LINE);
    shown = false;
  };
  return {
    tick: () => {
      done++;
      if (now() - lastDraw >= REDRAW_MS) draw();
    },
    log: (text) => {
      clear();
      stream.write(text);
    },
    end: () => {
      clearInterval(timer);
      clear();
    },
  };
}

/** "1:02:03" or "2:03". */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const two = (n: number): string => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}

const MANY_PER_FILE = new Set(['.ndjson', '.jsonl']);

/** Files under the paths, or null when a document count cannot be known up front. */
function countDocuments(paths: string[]): number | null {
  let n = 0;
  const visit = (p: string): boolean => {
    const info = statSync(p, { throwIfNoEntry: false });
    if (!info) { n++; return true; }
    if (!info.isDirectory()) {
      n++;
      return !MANY_PER_FILE.has(extname(p).toLowerCase());
    }
    for (const name of readdirSync(p)) if (!visit(join(p, name))) return false;
    return true;
  };
  for (const p of paths) if (p === '-' || !visit(p)) return null;
  return n;
}
