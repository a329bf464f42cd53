// Entry points the CLI wires up: `csto-extract summary FILE`,
// `csto-extract report FILE --html OUT` (and `extract --summary`, which calls
// renderSummary directly with its run info).

import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { renderHtmlReport } from './html.js';
import { readRecords, renderSummary } from './summary.js';

export { renderSummary, readRecords, RecordsReadError } from './summary.js';
export { renderHtmlReport } from './html.js';

const defaultErr = (s: string): void => {
  process.stderr.write(s);
};

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0];
}

/**
 * Prints the summary of a records file. `out` gets the whole summary (ending in
 * a newline); a read error goes to `err` (default: stderr) as one line and the
 * result is 1. Returns 0 on success.
 */
export function runSummaryCommand(
  file: string,
  opts: { color: boolean },
  out: (s: string) => void,
  err: (s: string) => void = defaultErr,
): number {
  let docs;
  try {
    docs = readRecords(file);
  } catch (e) {
    err(`csto-extract: ${oneLine(e)}\n`);
    return 1;
  }
  out(renderSummary(docs, null, { color: opts.color }));
  return 0;
}

/** Writes `text` to `path` atomically: a temporary file in the same directory, then a rename. */
export function writeFileAtomic(path: string, text: string): void {
  const dir = dirname(resolve(path));
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', mode: 0o644 });
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}

/**
 * Writes the HTML report of a records file to `opts.html`. `log` gets one line
 * (ending in a newline) saying what was written, or the one-line error.
 * Returns 0 on success, 1 when the input cannot be read or the report cannot be written.
 */
export function runReportCommand(file: string, opts: { html: string; title?: string }, log: (s: string) => void): number {
  let docs;
  try {
    docs = readRecords(file);
  } catch (e) {
    log(`csto-extract: ${oneLine(e)}\n`);
    return 1;
  }
  let html: string;
  try {
    html = renderHtmlReport(docs, { title: opts.title ?? `csto-extract report: ${basename(file)}` });
  } catch (e) {
    log(`csto-extract: cannot build the report: ${oneLine(e)}\n`);
    return 1;
  }
  try {
    writeFileAtomic(opts.html, html);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    log(`csto-extract: ${opts.html}: cannot write${code ? ` (${code})` : ''}: ${oneLine(e)}\n`);
    return 1;
  }
  const events = docs.reduce((n, d) => n + d.events.length, 0);
  log(`wrote ${opts.html} (${docs.length} document${docs.length === 1 ? '' : 's'}, ${events} event${events === 1 ? '' : 's'}, ${Math.round(html.length / 1024)} KiB)\n`);
  return 0;
}

