// Command-line interface. Heavy modules are imported inside the actions so that
// `csto-extract --help` answers quickly.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DataFileError, UsageError } from './errors.js';
import { PACKAGE_ROOT } from './paths.js';

const VERSION = '0.1.0';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

let debug = false;

/** Colour on stderr only for a terminal, never with NO_COLOR. */
export function useColor(io: Io, stream: NodeJS.WritableStream = io.stderr): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean((stream as NodeJS.WriteStream).isTTY) && io.env.TERM !== 'dumb';
}

const positiveInt = (name: string) => (v: string): number => {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError(`${name} must be a whole number of at least 1.`);
  return Number(v);
};
const isoDate = (v: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return v;
};
const shardSpec = (v: string): [number, number] => {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  if (!m || +m[2] < 1 || +m[1] < 1 || +m[1] > +m[2]) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 2/8.');
  return [+m[1], +m[2]];
};
const collect = (v: string, prev: string[]): string[] => [...prev, v];

export function buildProgram(io: Io): Command {
  const program = new Command();
  program
    .name('csto-extract')
    .description('Events, people, places, organisations and dates from Arabic news, with offsets into the original text.')
    .version(VERSION)
    .option('--debug', 'show stack traces for errors')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();

  program
    .command('extract')
    .description('extract records from files, folders (recursively) or - for stdin; defaults to the bundled seed articles')
    .argument('[paths...]', 'files, folders, or - for standard input (text or NDJSON)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'csv']).default('json'))
    .addOption(new Option('--records <kind>', 'which table CSV output holds').choices(['documents', 'entities', 'mentions', 'dates', 'events']).default('documents'))
    .option('-o, --out <file>', 'write output to a file (atomically) instead of stdout')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)')
    .option('--no-csv-safe', 'do not neutralise CSV cells starting with = + - @ (formula injection guard)')
    .option('--ref-date <date>', 'article date (YYYY-MM-DD) for documents whose text gives none', isoDate)
    .option('--gazetteer <file>', 'extra gazetteer file (repeatable)', collect, [])
    .option('--triggers <file>', 'extra event trigger lexicon (repeatable)', collect, [])
    .option('--all-languages', 'keep documents that are not in Arabic')
    .addOption(new Option('--input-format <format>', 'how to read stdin and unknown files').choices(['auto', 'text', 'ndjson']).default('auto'))
    .option('--max-bytes <n>', 'skip documents larger than this many bytes', positiveInt('--max-bytes'), 32 * 1024 * 1024)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', positiveInt('--jobs'))
    .option('--shard <k/n>', 'process only part K of N of the documents (by a hash of the id)', shardSpec)
    .option('--dedupe', 'cluster events reporting the same happening across articles')
    .option('--report <file>', 'write a JSON run report listing every input with its status')
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--summary', 'print a summary of the results to stderr')
    .option('-q, --quiet', 'no run summary on stderr')
    .action(async (paths: string[], opts) => {
      const { extractCommand } = await import('./commands/extract.js');
      process.exitCode = await extractCommand(paths.length ? paths : [join(PACKAGE_ROOT, 'seeds')], {
        ...opts,
        jobs: opts.jobs ?? availableParallelism(),
      }, io, useColor(io));
    });

  program
    .command('normalize')
    .description('print normalised Arabic text (like CAMeL Tools arclean/dediac)')
    .argument('[file]', 'file to read, or - for stdin', '-')
    .option('--no-compat', 'keep presentation forms and ligatures')
    .option('--no-diacritics', 'keep diacritics (tashkeel)')
    .option('--no-tatweel', 'keep tatweel')
    .option('--no-invisible', 'keep zero-width and bidi control characters')
    .option('--no-digits', 'keep Arabic-Indic digits')
    .option('--no-punctuation', 'keep Arabic punctuation and quotes')
    .option('--no-whitespace', 'keep white space as it is')
    .option('--fold', 'also fold letter variants for matching (أ إ آ → ا, ى → ي, ة → ه ...)')
    .action(async (file: string, opts) => {
      const { normalizeCommand } = await import('./commands/normalize.js');
      process.exitCode = await normalizeCommand(file, opts, io);
    });

  return program;
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<void> {
  debug = argv.includes('--debug');
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // a closed pipe (| head) ends the run quietly
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = reportError(err, io);
  }
}

function reportError(err: unknown, io: Io): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    // commander has printed the message; add the hint
    io.stderr.write("Try 'csto-extract --help' for usage.\n");
    return 2;
  }
  if (err instanceof UsageError) {
    io.stderr.write(`csto-extract: ${err.message}\n${err.hint ?? "Try 'csto-extract --help' for usage."}\n`);
    return 2;
  }
  if (err instanceof DataFileError) {
    io.stderr.write(`csto-extract: invalid data file ${err.message}\n`);
    if (debug) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
  const e = err as Error;
  io.stderr.write(`csto-extract: ${e?.message ?? String(err)}${debug ? '' : ' (--debug shows the stack trace)'}\n`);
  if (debug && e?.stack) io.stderr.write(`${e.stack}\n`);
  return 1;
}
