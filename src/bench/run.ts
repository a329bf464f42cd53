// npm run bench [-- --docs N | --sizes 20000,80000] [--keep] [--dir D] [--seed S] [--jobs N] [--cache]
//
// Generates a deterministic corpus from the seed articles, then on that corpus measures
// (a) the floor: read + decode + one Unicode word regex per file, in a plain Node loop;
// (b) csto-extract extract --jobs 1; (c) the same at --jobs <cores>.
// With --cache, (b) gives way to the nightly scenario at --jobs <cores>: after (c), a cold run
// with --cache, then a warm one over the same corpus plus 100 new articles; the cache's size follows.
// Each is a child process run under /usr/bin/time -v (peak RSS), stdout to /dev/null.
// Prints a table, then the figures as one JSON line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { scanCache } from '../cache/scan.js';
import { generateCorpus, GENERATOR_VERSION } from './corpus.js';
import { floor } from './floor.js';

interface Args { sizes: number[]; keep: boolean; dir: string | null; seed: number; jobs: number; cache: boolean }

function parseArgs(argv: string[]): Args {
  const a: Args = { sizes: [20000], keep: false, dir: null, seed: 1, jobs: availableParallelism(), cache: false };
  for (let i = 0; i < argv.length; i++) {
    const f = argv[i];
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${f} needs a value`);
      return v;
    };
    const int = (v: string): number => {
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`${f}: expected a whole number ≥ 1, got ${v}`);
      return Number(v);
    };
    if (f === '--docs') a.sizes = [int(val())];
    else if (f === '--sizes') a.sizes = val().split(',').map(int);
    else if (f === '--keep') a.keep = true;
    else if (f === '--dir') a.dir = resolve(val());
    else if (f === '--seed') a.seed = int(val());
    else if (f === '--jobs') a.jobs = int(val());
    else if (f === '--cache') a.cache = true;
    else if (f === '--help' || f === '-h') {
      process.stdout.write('usage: npm run bench -- [--docs N (20000) | --sizes 20000,80000] [--jobs N (cores)] [--seed S] [--dir D] [--keep] [--cache]\n');
      process.exit(0);
    } else throw new Error(`unknown flag ${f} (try --help)`);
  }
  return a;
}

interface Measure {
  run: string;
  docs: number;
  bytes: number;
  seconds: number;
  mb_per_s: number;
  docs_per_s: number;
  peak_rss_mb: number | null;
  vs_floor: number;
  exit_code: number;
}

/** Articles added between the cold and the warm run of the --cache scenario (a night's news). */
const NEW_ARTICLES = 100;

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a command with stdout to /dev/null (or captured), returning wall time and peak RSS. */
function measure(cmd: string[], captureStdout: boolean): Promise<{ seconds: number; rssKb: number | null; code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const devnull = captureStdout ? null : openSync('/dev/null', 'w');
    const argv = TIME ? [TIME, '-v', ...cmd] : cmd;
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', devnull ?? 'pipe', 'pipe'] });
    let stdout = '', stderr = '', hwm: number | null = null;
    child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    // Without GNU time: poll the high-water mark of the process (worker threads included).
    const poll = TIME ? null : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm ?? 0, Number(m[1]));
      } catch { /* exited */ }
    }, 20);
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      if (devnull !== null) closeSync(devnull);
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      done({ seconds, rssKb: m ? Number(m[1]) : hwm, code: code ?? -1, stdout, stderr });
    });
  });
}

function corpusFor(root: string, docs: number, seed: number): { dir: string; bytes: number; generated: boolean; seconds: number } {
  const dir = join(root, `corpus-${docs}-s${seed}`);
  const manifest = `${dir}.json`;
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { version: number; docs: number; seed: number; bytes: number };
    if (m.version === GENERATOR_VERSION && m.docs === docs && m.seed === seed && existsSync(dir)) return { dir, bytes: m.bytes, generated: false, seconds: 0 };
  }
  rmSync(dir, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  const stats = generateCorpus(dir, { docs, seed });
  writeFileSync(manifest, `${JSON.stringify({ version: GENERATOR_VERSION, docs, seed, bytes: stats.bytes })}\n`);
  return { dir, bytes: stats.bytes, generated: true, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

const fmt = (n: number | null, d = 2): string => (n === null ? '—' : n.toFixed(d));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = args.dir ?? mkdtempSync(join(tmpdir(), 'csto-bench-'));
  mkdirSync(root, { recursive: true });
  const bin = join(PACKAGE_ROOT, 'bin', 'csto-extract');
  const floorJs = join(PACKAGE_ROOT, 'dist', 'bench', 'floor.js');
  const results: Measure[] = [];
  const log = (s: string): void => { process.stderr.write(`${s}\n`); };
  log(`csto-extract bench: ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, node ${process.version}, corpus in ${root}${TIME ? '' : ' (no /usr/bin/time: RSS from /proc VmHWM)'}`);
  const made: string[] = [];
  const cacheSizes: Record<string, { entries: number; bytes: number; disk_bytes: number }> = {};
  try {
    for (const docs of args.sizes) {
      const c = corpusFor(root, docs, args.seed);
      if (c.generated) { made.push(c.dir, `${c.dir}.json`); log(`generated ${docs} articles, ${(c.bytes / 1e6).toFixed(1)} MB in ${c.seconds.toFixed(1)} s`); }
      else log(`reusing ${c.dir} (${(c.bytes / 1e6).toFixed(1)} MB)`);
      floor(c.dir); // warm the page cache so every run reads from memory alike
      const extract = (...more: string[]): string[] => [process.execPath, bin, 'extract', c.dir, ...more, '--format', 'ndjson', '-q'];
      const runs: [string, string[], boolean][] = [['floor', [process.execPath, floorJs, c.dir], true]];
      const fresh = { dir: join(root, `new-${NEW_ARTICLES}-after-${docs}`), bytes: 0 };
      const cacheDir = join(root, `cache-${docs}`);
      if (args.cache) {
        rmSync(fresh.dir, { recursive: true, force: true });
        rmSync(cacheDir, { recursive: true, force: true });
        fresh.bytes = generateCorpus(fresh.dir, { docs: NEW_ARTICLES, first: docs, seed: args.seed }).bytes;
        made.push(fresh.dir, cacheDir);
        runs.push(
          [`jobs ${args.jobs}`, extract('--jobs', String(args.jobs)), false],
          ['cache cold', extract('--cache', cacheDir, '--jobs', String(args.jobs)), false],
          [`cache warm +${NEW_ARTICLES}`, [...extract('--cache', cacheDir, '--jobs', String(args.jobs)), fresh.dir], false],
        );
      } else {
        runs.push(['jobs 1', extract('--jobs', '1'), false], [`jobs ${args.jobs}`, extract('--jobs', String(args.jobs)), false]);
      }
      let floorRate = 0;
      for (const [name, cmd, capture] of runs) {
        // the cold run leaves ≈ 450 MB of cache entries to write back: not the warm run's work
        if (name.startsWith('cache warm')) spawnSync('sync');
        log(`  ${name}: ${cmd.slice(1).join(' ')}`);
        const r = await measure(cmd, capture);
        if (r.code !== 0 && r.code !== 1) log(`  ${name} exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
        const warm = name.startsWith('cache warm');
        const bytes = c.bytes + (warm ? fresh.bytes : 0);
        const mbs = bytes / 1e6 / r.seconds;
        if (name === 'floor') floorRate = mbs;
        results.push({
          run: name, docs: docs + (warm ? NEW_ARTICLES : 0), bytes, seconds: +r.seconds.toFixed(3), mb_per_s: +mbs.toFixed(2), docs_per_s: Math.round(docs / r.seconds),
          peak_rss_mb: r.rssKb === null ? null : +(r.rssKb / 1024).toFixed(1), vs_floor: +(mbs / floorRate).toFixed(3), exit_code: r.code,
        });
      }
      if (args.cache) {
        const { entries, bytes, disk_bytes } = scanCache(cacheDir);
        cacheSizes[String(docs)] = { entries, bytes, disk_bytes };
      }
    }
  } finally {
    if (!args.keep && !args.dir) rmSync(root, { recursive: true, force: true });
    else if (!args.keep) for (const p of made) rmSync(p, { recursive: true, force: true });
  }

  const header = ['docs', 'MB', 'run', 'wall s', 'MB/s', 'docs/s', 'peak RSS MB', '× floor'];
  const rows = results.map((m) => [String(m.docs), (m.bytes / 1e6).toFixed(1), m.run, fmt(m.seconds), fmt(m.mb_per_s), String(m.docs_per_s), fmt(m.peak_rss_mb, 0), `${(m.vs_floor * 100).toFixed(0)} %`]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const out: string[] = [line(header), `|${widths.map((w, i) => (i < 3 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)];
  const speedups: Record<string, number> = {};
  for (const docs of args.sizes) {
    const one = results.find((m) => m.docs === docs && m.run === 'jobs 1');
    const all = results.find((m) => m.docs === docs && m.run === `jobs ${args.jobs}`);
    if (one && all) speedups[String(docs)] = +(one.seconds / all.seconds).toFixed(2);
  }
  out.push('');
  for (const [docs, z] of Object.entries(cacheSizes)) {
    out.push(`cache after ${docs} + ${NEW_ARTICLES} articles: ${z.entries} entries, ${(z.bytes / 1e6).toFixed(1)} MB (${(z.disk_bytes / 1e6).toFixed(1)} MB on disk)`);
  }
  for (const [docs, s] of Object.entries(speedups)) out.push(`speed-up, ${args.jobs} jobs vs 1 job, ${docs} docs: ${s.toFixed(2)}×`);
  let scaling: Record<string, number> | null = null;
  if (args.sizes.length > 1) {
    scaling = {};
    const [a, b] = [args.sizes[0], args.sizes[args.sizes.length - 1]];
    for (const run of new Set(results.map((m) => m.run))) {
      const x = results.find((m) => m.docs === a && m.run === run);
      const y = results.find((m) => m.docs === b && m.run === run);
      if (x && y) scaling[run] = +((y.seconds / y.docs) / (x.seconds / x.docs)).toFixed(2);
    }
    out.push(`time per document, ${b} vs ${a} docs (1.00 = linear): ${Object.entries(scaling).map(([r, v]) => `${r} ${v.toFixed(2)}`).join(', ')}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  process.stdout.write(`${JSON.stringify({ bench: 'csto-extract', node: process.version, cores: availableParallelism(), jobs: args.jobs, seed: args.seed, results, speedup: speedups, per_doc_scaling: scaling, ...(args.cache ? { cache: cacheSizes } : {}) })}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
