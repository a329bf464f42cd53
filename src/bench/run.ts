// npm run bench [-- --docs N | --sizes 20000,80000] [--keep] [--dir D] [--seed S] [--jobs N] [--cache]
//
// Generates a deterministic corpus from the seed articles, then on that corpus measures
// (a) the floor: read + decode + one Unicode word regex per file, in a plain Node loop;
// (b) csto-extract extract --jobs 1; (c) the same at --jobs <cores>.
// With --cache, (b) gives way to the nightly scenario at --jobs <cores>: after (c), a cold run
// with --cache, then a warm one over the same corpus plus 100 new articles; the cache's size follows.
// Each is a child process run under /usr/bin/time -v (peak RSS, CPU time), stdout to /dev/null.
// Beside them, what this machine allows (the ceiling): a pure compute loop as one process and as
// two side by side, and two `extract --jobs 1` processes each on half of the corpus's folders side
// by side against one on the whole; and the bytes the pipeline allocates per article (alloc.ts).
// Prints a table, then the figures as one JSON line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { scanCache } from '../cache/scan.js';
import { generateCorpus, GENERATOR_VERSION } from './corpus.js';
import { floor } from './floor.js';
import { SPIN_ITERATIONS } from './spin.js';

interface Args { sizes: number[]; keep: boolean; dir: string | null; seed: number; jobs: number; cache: boolean; ceiling: boolean; alloc: boolean }

function parseArgs(argv: string[]): Args {
  const a: Args = { sizes: [20000], keep: false, dir: null, seed: 1, jobs: availableParallelism(), cache: false, ceiling: true, alloc: true };
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
    else if (f === '--no-ceiling') a.ceiling = false;
    else if (f === '--no-alloc') a.alloc = false;
    else if (f === '--help' || f === '-h') {
      process.stdout.write('usage: npm run bench -- [--docs N (20000) | --sizes 20000,80000] [--jobs N (cores)] [--seed S] [--dir D] [--keep] [--cache] [--no-ceiling] [--no-alloc]\n');
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
  /** user + system CPU seconds, when /usr/bin/time is there */
  cpu_s: number | null;
  vs_floor: number;
  exit_code: number;
}

/** Articles added between the cold and the warm run of the --cache scenario (a night's news). */
const NEW_ARTICLES = 100;

/** Two runs side by side against one: throughput of the pair over the one (2.00 = two cores, no contention). */
interface Ceiling {
  run: string;
  docs: number;
  one_s: number;
  /** each of the two, and the pair's wall time (the later to end) */
  pair_s: [number, number];
  pair_wall_s: number;
  one_cpu_s: number | null;
  pair_cpu_s: number | null;
  throughput: number;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a command with stdout to /dev/null (or captured), returning wall time and peak RSS. */
type Timed = { seconds: number; rssKb: number | null; cpu: number | null; code: number; stdout: string; stderr: string };

function measure(cmd: string[], captureStdout: boolean): Promise<Timed> {
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
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr), sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpu = user && sys ? Number(user[1]) + Number(sys[1]) : null;
      done({ seconds, rssKb: m ? Number(m[1]) : hwm, cpu, code: code ?? -1, stdout, stderr });
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

/** The corpus's top-level entries (its folders of 1,000 articles), or the files of its only folder. */
function corpusParts(dir: string): string[] {
  const names = readdirSync(dir).sort();
  if (names.length === 1 && statSync(join(dir, names[0])).isDirectory()) return corpusParts(join(dir, names[0]));
  return names.map((n) => join(dir, n));
}

const countFiles = (p: string): number => (statSync(p).isDirectory() ? readdirSync(p).reduce((n, e) => n + countFiles(join(p, e)), 0) : 1);

async function sideBySide(a: string[], b: string[]): Promise<[Timed, Timed]> {
  return Promise.all([measure(a, false), measure(b, false)]);
}

const cpuSum = (xs: Timed[]): number | null => (xs.every((x) => x.cpu !== null) ? +xs.reduce((n, x) => n + x.cpu!, 0).toFixed(2) : null);

function ceilingOf(run: string, docs: number, one: Timed, pair: [Timed, Timed], work: number): Ceiling {
  const wall = Math.max(pair[0].seconds, pair[1].seconds);
  return {
    run, docs, one_s: +one.seconds.toFixed(3), pair_s: [+pair[0].seconds.toFixed(3), +pair[1].seconds.toFixed(3)], pair_wall_s: +wall.toFixed(3),
    one_cpu_s: cpuSum([one]), pair_cpu_s: cpuSum(pair), throughput: +((work * one.seconds) / wall).toFixed(2),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = args.dir ?? mkdtempSync(join(tmpdir(), 'csto-bench-'));
  mkdirSync(root, { recursive: true });
  const bin = join(PACKAGE_ROOT, 'bin', 'csto-extract');
  const floorJs = join(PACKAGE_ROOT, 'dist', 'bench', 'floor.js');
  const spinJs = join(PACKAGE_ROOT, 'dist', 'bench', 'spin.js');
  const allocJs = join(PACKAGE_ROOT, 'dist', 'bench', 'alloc.js');
  const results: Measure[] = [];
  const ceilings: Ceiling[] = [];
  let alloc: Record<string, number | null> | null = null;
  const log = (s: string): void => { process.stderr.write(`${s}\n`); };
  log(`csto-extract bench: ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, node ${process.version}, corpus in ${root}${TIME ? '' : ' (no /usr/bin/time: RSS from /proc VmHWM)'}`);
  const made: string[] = [];
  const cacheSizes: Record<string, { entries: number; bytes: number; disk_bytes: number }> = {};
  try {
    if (args.ceiling) {
      const spin = [process.execPath, spinJs, String(SPIN_ITERATIONS)];
      log(`  ceiling: compute loop (${SPIN_ITERATIONS} iterations), one process, then two side by side`);
      const one = await measure(spin, false);
      ceilings.push(ceilingOf('compute loop', 0, one, await sideBySide(spin, spin), 2));
    }
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
        if (name === `jobs ${args.jobs}` && args.ceiling && !args.cache) {
          // right after the whole corpus at --jobs 1, the same work as two processes on halves
          const parts = corpusParts(c.dir);
          const halves = [parts.slice(0, Math.ceil(parts.length / 2)), parts.slice(Math.ceil(parts.length / 2))];
          const extract = (paths: string[]): string[] => [process.execPath, bin, 'extract', ...paths, '--format', 'ndjson', '--jobs', '1', '-q'];
          log(`  ceiling: two extract --jobs 1 side by side, on ${halves.map((h) => h.reduce((n, p) => n + countFiles(p), 0)).join(' + ')} articles`);
          const whole = results.find((m) => m.docs === docs && m.run === 'jobs 1')!;
          const one: Timed = { seconds: whole.seconds, cpu: whole.cpu_s, rssKb: null, code: 0, stdout: '', stderr: '' };
          ceilings.push(ceilingOf('2 × extract --jobs 1 on halves', docs, one, await sideBySide(extract(halves[0]), extract(halves[1])), 1));
        }
        log(`  ${name}: ${cmd.slice(1).join(' ')}`);
        const r = await measure(cmd, capture);
        if (r.code !== 0 && r.code !== 1) log(`  ${name} exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
        const warm = name.startsWith('cache warm');
        const bytes = c.bytes + (warm ? fresh.bytes : 0);
        const mbs = bytes / 1e6 / r.seconds;
        if (name === 'floor') floorRate = mbs;
        results.push({
          run: name, docs: docs + (warm ? NEW_ARTICLES : 0), bytes, seconds: +r.seconds.toFixed(3), mb_per_s: +mbs.toFixed(2), docs_per_s: Math.round(docs / r.seconds),
          peak_rss_mb: r.rssKb === null ? null : +(r.rssKb / 1024).toFixed(1), cpu_s: r.cpu === null ? null : +r.cpu.toFixed(2),
          vs_floor: +(mbs / floorRate).toFixed(3), exit_code: r.code,
        });
      }
      if (args.cache) {
        const { entries, bytes, disk_bytes } = scanCache(cacheDir);
        cacheSizes[String(docs)] = { entries, bytes, disk_bytes };
      }
      if (args.alloc && !alloc) {
        // in one process, on the first two folders (≈ 2,000 articles): allocation per article is flat in the corpus size
        const parts = corpusParts(c.dir).slice(0, 2);
        log(`  allocation: ${allocJs} on ${parts.length} folder(s)`);
        const r = await measure([process.execPath, '--expose-gc', allocJs, ...parts], true);
        if (r.code === 0) alloc = JSON.parse(r.stdout) as Record<string, number | null>;
        else log(`  allocation run exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
      }
    }
  } finally {
    if (!args.keep && !args.dir) rmSync(root, { recursive: true, force: true });
    else if (!args.keep) for (const p of made) rmSync(p, { recursive: true, force: true });
  }

  const header = ['docs', 'MB', 'run', 'wall s', 'CPU s', 'MB/s', 'docs/s', 'peak RSS MB', '× floor'];
  const rows = results.map((m) => [String(m.docs), (m.bytes / 1e6).toFixed(1), m.run, fmt(m.seconds), fmt(m.cpu_s), fmt(m.mb_per_s), String(m.docs_per_s), fmt(m.peak_rss_mb, 0), `${(m.vs_floor * 100).toFixed(0)} %`]);
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
  if (ceilings.length) {
    out.push('ceiling of this machine, now (throughput of two side by side over one; 2.00 = two free cores):');
    for (const k of ceilings) {
      const what = k.docs ? `${k.run}, ${k.docs} docs: whole ${fmt(k.one_s)} s` : `${k.run}: alone ${fmt(k.one_s)} s`;
      out.push(`  ${what}; side by side ${fmt(k.pair_s[0])} s and ${fmt(k.pair_s[1])} s (CPU ${fmt(k.one_cpu_s)} s vs ${fmt(k.pair_cpu_s)} s) → ${k.throughput.toFixed(2)}×`);
    }
  }
  const loop = ceilings.find((k) => k.run === 'compute loop');
  for (const [docs, s] of Object.entries(speedups)) {
    const halves = ceilings.find((k) => k.docs === Number(docs));
    const against = [loop && `compute loop ${loop.throughput.toFixed(2)}×`, halves && `two processes on halves ${halves.throughput.toFixed(2)}×`].filter(Boolean);
    out.push(`speed-up, ${args.jobs} jobs vs 1 job, ${docs} docs: ${s.toFixed(2)}×${against.length ? ` (ceiling: ${against.join(', ')})` : ''}`);
  }
  if (alloc) {
    out.push(`allocated per article: ${alloc.kb_per_doc} KB (${alloc.bytes_per_input_byte} bytes per input byte) over ${Number(alloc.docs) - Number(alloc.warmup_docs)} articles after `
      + `${alloc.warmup_docs} warm-up ones (${alloc.warmup_kb_per_doc} KB each); building the pipeline: ${alloc.pipeline_alloc_mb} MB allocated, ${fmt(alloc.pipeline_live_mb, 1)} MB live; `
      + `${alloc.gcs} collections, ${alloc.gc_ms} ms`);
  }
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
  process.stdout.write(`${JSON.stringify({ bench: 'csto-extract', node: process.version, cores: availableParallelism(), jobs: args.jobs, seed: args.seed, results, speedup: speedups, per_doc_scaling: scaling, ceiling: ceilings, allocation: alloc, ...(args.cache ? { cache: cacheSizes } : {}) })}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
