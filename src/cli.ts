// Command-line interface. Heavy modules are imported inside the actions so that
// `csto-extract --help` answers quickly.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { stdinHasInput, useColor, type Io } from './commands/io.js';
import { DataFileError, InputError, UsageError } from './errors.js';
import { HEAP_GROWTH_FLAG } from './flags.cjs';
import { PACKAGE_ROOT } from './paths.js';

const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let debug = false;
/** The command line of the (sub)command being parsed, for the hint after a usage error. */
let current = 'csto-extract';

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
const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

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
    .option('--ref-date <date>', "article date (YYYY-MM-DD) for documents whose text (or NDJSON \"published\") gives none; the text's own date wins", isoDate)
    .option('--force-ref-date <date>', "article date (YYYY-MM-DD) for every document, even over the text's own date", isoDate)
    .option('--gazetteer <file>', 'extra gazetteer file (repeatable)', collect)
    .option('--triggers <file>', 'extra event trigger lexicon (repeatable)', collect)
    .option('--all-languages', 'keep documents that are not in Arabic')
    .addOption(new Option('--input-format <format>', 'how to read stdin and unknown files').choices(['auto', 'text', 'ndjson']).default('auto'))
    .option('--max-bytes <n>', 'skip documents larger than this many bytes', positiveInt('--max-bytes'), 32 * 1024 * 1024)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', positiveInt('--jobs'))
    .option('--shard <k/n>', 'process only part K of N of the documents (by a hash of the id)', shardSpec)
    .option('--dedupe', 'cluster events reporting the same happening across articles')
    .option('--report <file>', 'write a JSON run report listing every input with its status')
    .option('--cache <dir>', 'reuse the records of unchanged documents stored in this folder, and store new ones')
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--summary', 'print a summary of the results to stderr')
    .option('-q, --quiet', 'no progress and no run summary on stderr')
    .action(async (paths: string[], opts) => {
      const { extractCommand } = await import('./commands/extract.js');
      // `cat a.txt | csto-extract extract` would otherwise give the seeds' records in silence
      if (!paths.length && io.stdinHasInput) {
        io.stderr.write('csto-extract: warning: no path given, so the bundled seed articles are read, not standard input (pass - to read it)\n');
      }
      process.exitCode = await extractCommand(paths.length ? paths : [join(PACKAGE_ROOT, 'seeds')], {
        ...opts,
        gazetteer: opts.gazetteer ?? [],
        triggers: opts.triggers ?? [],
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

  const gazetteer = program
    .command('gazetteer')
    .description('check, list and search gazetteers (the built-in ones and --gazetteer files)');
  const gazetteerAction = (action: 'validate' | 'list' | 'lookup') => async (...args: unknown[]): Promise<void> => {
    const { runGazetteerCommand } = await import('./commands/gazetteer.js');
    const opts = args[args.length - 2] as { gazetteer?: string[]; type?: string; builtin: boolean };
    const positional = args.slice(0, -2) as (string | string[])[];
    const named = action === 'lookup' ? [] : (positional[0] as string[]) ?? [];
    const files = [...(opts.gazetteer ?? []), ...named];
    const query = action === 'lookup' ? (positional[0] as string) : undefined;
    const gazArgs = { files, query, type: opts.type, noBuiltin: !opts.builtin, listOnlyFiles: named.length > 0 };
    process.exitCode = runGazetteerCommand(action, gazArgs, (line) => io.stdout.write(`${line}\n`), (line) => io.stderr.write(`${line}\n`));
  };
  const gazetteerOptions = (cmd: Command): Command => cmd
    .option('--gazetteer <file>', 'extra gazetteer file (repeatable)', collect)
    .option('--type <type>', 'only PERSON, PLACE or ORG')
    .option('--no-builtin', 'leave out the built-in gazetteers');
  gazetteerOptions(gazetteer.command('validate').description('validate gazetteer files (exit 2 on problems)').argument('[files...]', 'gazetteer files'))
    .action(gazetteerAction('validate'));
  gazetteerOptions(gazetteer.command('list').description('list entries (id, type, kind, names, aliases) of the files given, or of the built-ins').argument('[files...]', 'gazetteer files'))
    .action(gazetteerAction('list'));
  gazetteerOptions(gazetteer.command('lookup').description('find a name as the extractor would (clitics, nisba, fuzzy), or by id or English name').argument('<query>', 'Arabic text, English name or id'))
    .action(gazetteerAction('lookup'));

  program
    .command('eval')
    .description('score an output (JSON or NDJSON) against a gold file')
    .argument('<gold>', 'gold annotations (the format of fixtures/seeds.gold.json), or - for stdin')
    .argument('<output>', 'output of csto-extract extract, or - for stdin')
    .option('--json', 'print the scores as JSON')
    .option('--verbose', 'list every miss and spurious entity per document')
    .action(async (goldPath: string, outPath: string, opts: { json?: boolean; verbose?: boolean }) => {
      const { evalCommand } = await import('./commands/eval.js');
      process.exitCode = await evalCommand(goldPath, outPath, opts, io);
    });

  program
    .command('dedupe')
    .description('cluster events that report the same happening across articles (NDJSON or JSON in, NDJSON out)')
    .argument('<records>', 'output of csto-extract extract, or - for stdin')
    .option('-o, --out <file>', 'write to a file (atomically) instead of stdout')
    .action(async (file: string, opts: { out?: string }) => {
      const { dedupeCommand } = await import('./commands/dedupe.js');
      process.exitCode = await dedupeCommand(file, opts, io);
    });

  program
    .command('diff')
    .description('what changed between two extract outputs (JSON or NDJSON): entities, dates and events per document')
    .argument('<old>', 'the accepted output').argument('<new>', 'the output to compare')
    .addOption(new Option('--format <format>', 'a one-screen summary, or everything as JSON').choices(['text', 'json']).default('text'))
    .option('--fail-on-diff', 'exit with code 1 when the outputs differ')
    .action(async (oldPath: string, newPath: string, opts: { format: 'text' | 'json'; failOnDiff?: boolean }) => {
      const { diffCommand } = await import('./commands/diff.js');
      process.exitCode = diffCommand(oldPath, newPath, opts, io, useColor(io, io.stdout));
    });

  const cache = program.command('cache').description('size of an extract --cache folder, and pruning it');
  cache.command('stats').description('entries and size on disk, per generation (one per fingerprint of code, data and options)')
    .argument('<dir>', 'the --cache folder').option('--json', 'print the figures as JSON')
    .action(async (dir: string, opts: { json?: boolean }) => {
      const { cacheStatsCommand } = await import('./commands/cache.js');
      process.exitCode = cacheStatsCommand(dir, opts, io);
    });
  cache.command('prune').description('remove entries and generations no run has used lately')
    .argument('<dir>', 'the --cache folder')
    .option('--older-than <days>', 'unused for this many days', (v) => { if (!/^\d+$/.test(v)) throw new InvalidArgumentError('--older-than must be a whole number of days.'); return Number(v); }, 30)
    .option('--keep <n>', 'keep only the N most recently used generations', positiveInt('--keep'))
    .action(async (dir: string, opts: { olderThan: number; keep?: number }) => {
      const { cachePruneCommand } = await import('./commands/cache.js');
      process.exitCode = cachePruneCommand(dir, opts, io);
    });

  program
    .command('summary')
    .description('a terminal overview of an output: documents, top entities, events by type and month, warnings')
    .argument('<records>', 'output of csto-extract extract (JSON or NDJSON), or - for stdin')
    .action(async (file: string) => {
      const { summaryCommand } = await import('./commands/summary.js');
      process.exitCode = await summaryCommand(file, io);
    });

  program
    .command('report')
    .description('write a self-contained HTML report: timeline, event table, places, actor network, entities')
    .argument('<records>', 'output of csto-extract extract (JSON or NDJSON), or - for stdin')
    .requiredOption('--html <file>', 'the HTML file to write (required)')
    .option('--title <title>', 'report title')
    .action(async (file: string, opts: { html: string; title?: string }) => {
      const { reportCommand } = await import('./commands/report.js');
      process.exitCode = await reportCommand(file, opts, io);
    });

  // A usage error names the command whose --help lists the options that apply.
  const track = (cmd: Command, path: string): void => {
    cmd.hook('preSubcommand', (_parent, sub) => { current = `${path} ${sub.name()}`; });
    for (const sub of cmd.commands) track(sub, `${path} ${sub.name()}`);
  };
  track(program, 'csto-extract');
  return program;
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, stdinHasInput: stdinHasInput() }): Promise<void> {
  setFlagsFromString(HEAP_GROWTH_FLAG);
  debug = argv.includes('--debug');
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // a closed pipe (| head) ends the run quietly, unless the command handles it (extract)
    if (err.code === 'EPIPE' && process.stdout.listenerCount('error') === 1) process.exit(process.exitCode ?? 0);
  });
  const program = buildProgram(io);
  current = 'csto-extract';
  if (argv.length <= 2) {
    // No command: a usage error; the help goes where errors go, and nothing to stdout.
    io.stderr.write(program.helpInformation());
    process.exitCode = 2;
    return;
  }
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
    io.stderr.write(`Try '${current} --help' for usage.\n`);
    return 2;
  }
  if (err instanceof UsageError) {
    io.stderr.write(`csto-extract: ${err.message}\n${err.hint ?? `Try '${current} --help' for usage.`}\n`);
    return 2;
  }
  if (err instanceof InputError) {
    io.stderr.write(`csto-extract: ${err.message}\n`);
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
