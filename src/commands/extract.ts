import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Io } from './io.js';
import { UsageError } from '../errors.js';
import type { RecordKind } from '../output/flatten.js';
import { fileSink, ownFiles, refuseInputAsOutput, removePendingTemps, resolveTarget, shownName, stdoutSink, writeFileAtomic, type Sink } from '../output/sink.js';
import { createWriter, type OutputFormat } from '../output/writer.js';
import { builtinGazetteerFiles, validateGazetteerFiles } from '../entities/gazetteer.js';
import { DataFileError } from '../errors.js';
import { loadLexicon } from '../events/lexicon/load.js';
import { loadFranc } from '../io/language.js';
import { startProgress } from '../progress.js';
import { newProgress, runExtract, type RunResult } from '../run.js';
import { maxJobs } from '../workers/pool.js';
import type { DocumentRecord } from '../types.js';

export interface ExtractOptions {
  format: OutputFormat;
  records: RecordKind;
  out?: string;
  bom?: boolean;
  csvSafe: boolean;
  refDate?: string;
  forceRefDate?: string;
  gazetteer: string[];
  triggers: string[];
  allLanguages?: boolean;
  inputFormat: 'auto' | 'text' | 'ndjson';
  maxBytes: number;
  jobs: number;
  shard?: [number, number];
  dedupe?: boolean;
  report?: string;
  cache?: string;
  failFast?: boolean;
  summary?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** How a run ended, as the run report says it. */
export type RunEnd =
  | { how: 'completed' }
  | { how: 'stopped'; reason: string }
  | { how: 'interrupted'; signal: NodeJS.Signals }
  | { how: 'output-error'; reason: string }
  | { how: 'closed-pipe' }
  | { how: 'error'; reason: string };

/** An error writing the output (full disk, closed pipe): not an input's fault. */
class OutputError extends Error {
  constructor(readonly cause: unknown, where: string) {
    super(`cannot write ${where}: ${(cause as Error)?.message ?? String(cause)}`);
  }
}
const isClosedPipe = (err: unknown): boolean => err instanceof OutputError && (err.cause as NodeJS.ErrnoException)?.code === 'EPIPE';

/** Exit code of a run ended by a closed pipe (`| head`): as if killed by SIGPIPE. */
const CLOSED_PIPE_EXIT = 141;


export async function extractCommand(paths: string[], opts: ExtractOptions, io: Io, color: boolean): Promise<number> {
  if (opts.format !== 'csv' && opts.records !== 'documents') throw new UsageError('--records applies to --format csv only.');
  if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom applies to --format csv only.');
  const missing = paths.filter((p) => p !== '-' && !existsSync(p));
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.map(shownName).join(', ')}`);
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('- (stdin) can be given only once.');
  // where --out and --report go, checked before any work (a folder, no such folder, not writable)
  const outTarget = opts.out ? resolveTarget(opts.out, '--out') : null;
  const reportTarget = opts.report ? resolveTarget(opts.report, '--report') : null;
  if (outTarget && reportTarget && !outTarget.direct && outTarget.path === reportTarget.path) {
    throw new UsageError(`--out and --report name the same file (${opts.out}): the report would overwrite the output.`);
  }
  // `extract a.txt -o a.txt` would replace the article with its own record
  refuseInputAsOutput('--out', outTarget, paths);
  refuseInputAsOutput('--report', reportTarget, paths);
  // a FIFO or device as a data file would block the run for good, signals included
  for (const [flag, files] of [['--gazetteer', opts.gazetteer], ['--triggers', opts.triggers]] as const) {
    for (const file of files) {
      const info = statSync(file, { throwIfNoEntry: false });
      if (info && !info.isFile()) throw new UsageError(`${flag}: ${shownName(file)} is not a regular file`);
    }
  }
  await loadFranc();
  // chalk (≈ 25 ms to load) only for colour; without, its styles leave the text as it is
  const c: Styles = color ? new (await import('chalk')).Chalk({ level: 1 }) : PLAIN;
  const started = process.hrtime.bigint();
  let jobs = opts.jobs;
  if (jobs > maxJobs()) {
    jobs = maxJobs();
    if (!opts.quiet) io.stderr.write(`csto-extract: --jobs ${opts.jobs} capped to ${jobs} (${availableParallelism()} cores)\n`);
  }

  // A bad user data file stops the run before any output (exit 2): pipelines are compiled
  // when first needed, in worker threads too, which would report it too late.
  const pipelineOptions = { gazetteers: opts.gazetteer, lexicons: opts.triggers, refDate: opts.refDate ?? null, forceDate: opts.forceRefDate ?? null };
  validateUserDataFiles(opts.gazetteer, opts.triggers);
  const cache = opts.cache
    ? (await import('../cache/open.js')).openRunCache(opts.cache, paths, { ...pipelineOptions, allLanguages: Boolean(opts.allLanguages) })
    : null;

  const sink: Sink = opts.out ? fileSink(opts.out) : stdoutSink(io.stdout as NodeJS.WritableStream & import('node:stream').Writable, true);
  const destination = opts.out ?? 'stdout';
  const writer = createWriter(sink, { format: opts.format, records: opts.records, bom: Boolean(opts.bom), csvSafe: opts.csvSafe });
  const progress = newProgress();
  const meter = startProgress(io.stderr, { env: io.env, quiet: opts.quiet, paths });
  /** Writes the run report, saying how the run ended; a failure to write it is said on stderr. */
  const report = (ended: RunEnd): boolean => {
    if (!opts.report) return true;
    const { inputs, totals } = progress;
    const stopped = ended.how === 'stopped' ? ended.reason : null;
    try {
      writeFileAtomic(opts.report, `${JSON.stringify({ tool: 'csto-extract', ended, stopped, inputs, totals: { ...totals, records_written: writer.count } }, null, 2)}\n`);
      return true;
    } catch (err) {
      io.stderr.write(`csto-extract: cannot write the run report ${shownName(opts.report)}: ${(err as Error).message}\n`);
      return false;
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    // records already handed to the writer go out whole on stdout, so the report matches the output
    if (!opts.out) { try { writer.flushSync(); } catch { /* the reader is gone */ } }
    sink.abort();
    removePendingTemps();
    meter.end();
    report({ how: 'interrupted', signal });
    io.stderr.write(`csto-extract: interrupted by ${signal}; ${opts.out ? `no partial ${shownName(opts.out)} was left` : 'stdout ends at the last whole record'}.\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  /** The record is taken when this returns, or it throws at once (RunHooks); the promise waits for the output. */
  const output = (write: () => Promise<void>): Promise<void> => {
    let taken: Promise<void>;
    try { taken = write(); } catch (err) { throw new OutputError(err, destination); }
    return taken.catch((err: unknown) => { throw new OutputError(err, destination); });
  };
  /** Ends a run that failed: no output file is left half-done, the report says why. */
  const fail = (err: unknown): number => {
    sink.abort();
    removePendingTemps();
    if (isClosedPipe(err)) {
      report({ how: 'closed-pipe' });
      return CLOSED_PIPE_EXIT;
    }
    const reason = (err as Error)?.message ?? String(err);
    report(err instanceof OutputError ? { how: 'output-error', reason } : { how: 'error', reason });
    throw err;
  };

  // --dedupe and --summary need every record before writing; otherwise records stream out as they finish.
  const held: DocumentRecord[] | null = opts.dedupe || opts.summary ? [] : null;
  let result: RunResult;
  try {
    result = await runExtract(paths, {
      ...pipelineOptions,
      allLanguages: opts.allLanguages,
      inputFormat: opts.inputFormat,
      maxBytes: opts.maxBytes,
      jobs,
      shard: opts.shard ?? null,
      failFast: opts.failFast,
      keepInputs: Boolean(opts.report || opts.summary),
      serialized: !held && opts.format !== 'csv',
      cache,
      ignore: ownFiles([opts.out, opts.report].filter((f): f is string => Boolean(f))),
    }, {
      onRecord: (record) => { if (!held) return output(() => writer.write(record)); held.push(record); return Promise.resolve(); },
      onSerialized: (json) => output(() => writer.writeSerialized(json)),
      onInput: (entry, stack) => {
        meter.tick();
        if (opts.quiet) return;
        if (entry.status !== 'processed') meter.log(`${c.yellow(entry.status)} ${shownName(entry.source)}: ${entry.reason}\n`);
        for (const warning of entry.warnings ?? []) meter.log(`${c.yellow('warning')} ${shownName(entry.source)}: ${warning}\n`);
        if (stack && opts.debug) meter.log(`${stack}\n`);
      },
    }, progress);
  } catch (err) {
    return fail(err);
  } finally {
    meter.end();
  }
  const { inputs, totals, stopped } = result;
  if (stopped) {
    io.stderr.write(`${c.red('stopped')} at the first failure (--fail-fast): ${shownName(stopped)}\n`);
    // an output file is not left half-done; stdout, already streaming, is closed as valid data
    if (opts.out) sink.abort();
    else {
      try { await output(() => writer.end()); } catch (err) { return fail(err); }
    }
    report({ how: 'stopped', reason: stopped });
    return 1;
  }
  try {
    if (held) {
      if (opts.dedupe) {
        const { dedupeEvents } = await import('../events/dedupe.js');
        dedupeEvents(held);
      }
      for (const record of held) await output(() => writer.write(record));
    }
    await output(() => writer.end());
    await output(() => sink.commit());
  } catch (err) {
    return fail(err);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!report({ how: 'completed' })) return 1;
  if (!opts.quiet) {
    const unit = opts.format === 'csv' ? `${opts.records} row` : 'record';
    const parts = [
      `${totals.inputs} input${totals.inputs === 1 ? '' : 's'}`,
      c.green(`${totals.processed} processed`),
      (totals.skipped ? c.yellow : c.dim)(`${totals.skipped} skipped`),
      (totals.failed ? c.red : c.dim)(`${totals.failed} failed`),
    ];
    if (totals.other_shards) parts.push(`${totals.other_shards} left to other shards`);
    if (cache) parts.push(`${totals.from_cache} from the cache`);
    io.stderr.write(`${c.bold('csto-extract')}: ${parts.join(', ')}; ${writer.count} ${unit}${writer.count === 1 ? '' : 's'} written in ${seconds.toFixed(2)} s (${rate(totals.bytes, seconds)})\n`);
  }
  if (opts.summary && held) {
    const { renderSummary } = await import('../report/summary.js');
    const skipped = inputs.filter((i) => i.status !== 'processed').map((i) => ({ source: i.source, reason: i.reason ?? '' }));
    io.stderr.write(renderSummary(held, { skipped }, { color }));
  }
  if (cache?.stats.storeErrors) io.stderr.write(`${c.yellow('warning')}: ${cache.stats.storeErrors} records could not be stored in the cache (${cache.stats.firstStoreError})\n`);
  return totals.skipped + totals.failed > 0 ? 1 : 0;
}

type Style = (text: string) => string;
interface Styles { yellow: Style; red: Style; green: Style; dim: Style; bold: Style }
const same: Style = (text) => text;
const PLAIN: Styles = { yellow: same, red: same, green: same, dim: same, bold: same };

/** "3.20 MB/s", or "12.4 kB/s" for a small run (not "0.00 MB/s"). */
function rate(bytes: number, seconds: number): string {
  const perSecond = bytes / Math.max(seconds, 1e-9);
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} MB/s` : `${(perSecond / 1e3).toFixed(1)} kB/s`;
}

function validateUserDataFiles(gazetteers: string[], triggers: string[]): void {
  if (gazetteers.length) {
    const { problems } = validateGazetteerFiles([...builtinGazetteerFiles(), ...gazetteers]);
    if (problems.length) throw new DataFileError(gazetteers.join(', '), problems);
  }
  if (triggers.length) loadLexicon(triggers);
}
