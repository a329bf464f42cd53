import { Chalk } from 'chalk';
import { existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Io } from './io.js';
import { UsageError } from '../errors.js';
import type { RecordKind } from '../output/flatten.js';
import { fileSink, removePendingTemps, stdoutSink, type Sink } from '../output/sink.js';
import { createWriter, type OutputFormat } from '../output/writer.js';
import { builtinGazetteerFiles, validateGazetteerFiles } from '../entities/gazetteer.js';
import { DataFileError } from '../errors.js';
import { loadLexicon } from '../events/lexicon.js';
import { startProgress } from '../progress.js';
import { runExtract, type RunResult } from '../run.js';
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
  failFast?: boolean;
  summary?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

export async function extractCommand(paths: string[], opts: ExtractOptions, io: Io, color: boolean): Promise<number> {
  if (opts.format !== 'csv' && opts.records !== 'documents') throw new UsageError('--records applies to --format csv only.');
  if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom applies to --format csv only.');
  const missing = paths.filter((p) => p !== '-' && !existsSync(p));
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('- (stdin) can be given only once.');
  for (const [flag, file] of [['--out', opts.out], ['--report', opts.report]] as const) {
    if (file && !statSync(dirname(file), { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${flag}: cannot write ${file}: no such folder ${dirname(file)}`);
  }
  const c = new Chalk({ level: color ? 1 : 0 });
  const started = process.hrtime.bigint();

  // A bad user data file stops the run before any output (exit 2). With --jobs 1 the
  // pipeline compiles them before the first document; worker threads would report too late.
  const pipelineOptions = { gazetteers: opts.gazetteer, lexicons: opts.triggers, refDate: opts.refDate ?? null, forceDate: opts.forceRefDate ?? null };
  if (opts.jobs > 1) validateUserDataFiles(opts.gazetteer, opts.triggers);

  const sink: Sink = opts.out ? fileSink(opts.out) : stdoutSink(io.stdout as NodeJS.WritableStream & import('node:stream').Writable);
  const progress = startProgress(io.stderr, { env: io.env, quiet: opts.quiet, paths });
  const onSignal = (signal: NodeJS.Signals): void => {
    sink.abort();
    removePendingTemps();
    progress.end();
    const left = opts.out ? 'no partial output file was left' : 'stdout ends at the last whole record';
    io.stderr.write(`csto-extract: interrupted by ${signal}; ${left}.\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const writer = createWriter(sink, { format: opts.format, records: opts.records, bom: Boolean(opts.bom), csvSafe: opts.csvSafe });
  // --dedupe and --summary need every record before writing; otherwise records stream out as they finish.
  const held: DocumentRecord[] | null = opts.dedupe || opts.summary ? [] : null;
  let result: RunResult;
  try {
    result = await runExtract(paths, {
      ...pipelineOptions,
      allLanguages: opts.allLanguages,
      inputFormat: opts.inputFormat,
      maxBytes: opts.maxBytes,
      jobs: opts.jobs,
      shard: opts.shard ?? null,
      failFast: opts.failFast,
      keepInputs: Boolean(opts.report || opts.summary),
      serialized: !held && opts.format !== 'csv',
    }, {
      onRecord: async (record) => { if (held) held.push(record); else await writer.write(record); },
      onSerialized: (json) => writer.writeSerialized(json),
      onInput: (entry, stack) => {
        progress.tick();
        if (entry.status === 'processed' || opts.quiet) return;
        progress.log(`${c.yellow(entry.status)} ${entry.source}: ${entry.reason}\n`);
        if (stack && opts.debug) progress.log(`${stack}\n`);
      },
    });
  } catch (err) {
    sink.abort();
    throw err;
  } finally {
    progress.end();
  }
  const { inputs, totals, stopped } = result;
  if (stopped) {
    io.stderr.write(`${c.red('stopped')} at the first failure (--fail-fast): ${stopped}\n`);
    // an output file is not left half-done; stdout, already streaming, is closed as valid data
    if (opts.out) sink.abort();
    else await writer.end();
    if (opts.report) writeReport(opts.report, { tool: 'csto-extract', stopped, inputs, totals: { ...totals, records_written: writer.count } });
    return 1;
  }
  if (held) {
    if (opts.dedupe) {
      const { dedupeEvents } = await import('../events/dedupe.js');
      dedupeEvents(held);
    }
    for (const record of held) await writer.write(record);
  }
  await writer.end();
  await sink.commit();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (opts.report) {
    writeReport(opts.report, { tool: 'csto-extract', stopped: null, inputs, totals: { ...totals, records_written: writer.count } });
  }
  if (!opts.quiet) {
    const unit = opts.format === 'csv' ? `${opts.records} row` : 'record';
    const parts = [
      `${totals.inputs} input${totals.inputs === 1 ? '' : 's'}`,
      c.green(`${totals.processed} processed`),
      (totals.skipped ? c.yellow : c.dim)(`${totals.skipped} skipped`),
      (totals.failed ? c.red : c.dim)(`${totals.failed} failed`),
    ];
    if (totals.other_shards) parts.push(`${totals.other_shards} left to other shards`);
    io.stderr.write(`${c.bold('csto-extract')}: ${parts.join(', ')}; ${writer.count} ${unit}${writer.count === 1 ? '' : 's'} written in ${seconds.toFixed(2)} s (${rate(totals.bytes, seconds)})\n`);
  }
  if (opts.summary && held) {
    const { renderSummary } = await import('../report/summary.js');
    const skipped = inputs.filter((i) => i.status !== 'processed').map((i) => ({ source: i.source, reason: i.reason ?? '' }));
    io.stderr.write(renderSummary(held, { skipped }, { color }));
  }
  return totals.skipped + totals.failed > 0 ? 1 : 0;
}

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

function writeReport(path: string, report: object): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(tmp, path);
}
