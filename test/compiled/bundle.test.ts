// The bundled CLI (dist/cli.bundle.cjs, src/compiled/bundle.ts) and how a start uses it (src/start.cts).
// Needs `npm run build` (npm test runs it first).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');

/** What loadBundle() gives in a new process started from `root`: 'cached', 'compiled' or 'none'. */
function probe(root: string, env: NodeJS.ProcessEnv = {}): string {
  const start = pathToFileURL(join(root, 'dist', 'start.cjs')).href;
  const code = `import(${JSON.stringify(start)}).then((m) => { const b = m.loadBundle(); process.stdout.write(b ? (b.cached ? 'cached' : 'compiled') : 'none'); })`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, ...env } });
  expect(r.stderr).toBe('');
  return r.stdout;
}

function extract(root: string, args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'csto-extract'), 'extract', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, cwd: ROOT });
  return { code: r.status, stdout: r.stdout };
}

describe('the bundled CLI', () => {
  const copies: string[] = [];
  afterAll(() => { for (const c of copies) rmSync(c, { recursive: true, force: true }); });

  it('is what a start compiles, with its code cache (unless CSTO_EXTRACT_BUNDLE=off)', () => {
    expect(probe(ROOT)).toBe('cached');
    expect(probe(ROOT, { CSTO_EXTRACT_BUNDLE: 'off' })).toBe('none');
  });

  it('writes the same bytes as the ES modules, in this thread (--jobs 1) and with workers', () => {
    for (const jobs of ['1', '2']) {
      const bundled = extract(ROOT, ['seeds', '-f', 'ndjson', '-q', '--jobs', jobs]);
      const modules = extract(ROOT, ['seeds', '-f', 'ndjson', '-q', '--jobs', jobs], { CSTO_EXTRACT_BUNDLE: 'off' });
      expect(bundled.code).toBe(0);
      expect(modules.code).toBe(0);
      expect(bundled.stdout).toBe(modules.stdout);
      expect(bundled.stdout).toBe(readFileSync(join(ROOT, 'fixtures', 'seeds.expected.ndjson'), 'utf8'));
    }
  });

  it('is ASCII, so that a start reads it as a one-byte string', () => {
    const bytes = readFileSync(join(ROOT, 'dist', 'cli.bundle.cjs'));
    expect(bytes.findIndex((b) => b >= 0x80)).toBe(-1);
  });

  it('extracts one article without loading the built-in modules only other commands and options need', () => {
    const one = join(SEEDS, '000_cbff494ec939caaa.txt');
    const start = pathToFileURL(join(ROOT, 'dist', 'start.cjs')).href;
    const code = `import(${JSON.stringify(start)}).then(async (m) => {
      await m.start([process.execPath, 'csto-extract', 'extract', ${JSON.stringify(one)}, '-q']);
      process.stderr.write(JSON.stringify(process.moduleLoadList));
    })`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(extract(ROOT, [one, '-q']).stdout);
    const loaded = JSON.parse(r.stderr) as string[];
    for (const name of ['crypto', 'zlib', 'worker_threads', 'perf_hooks', 'tty']) expect(loaded).not.toContain(`NativeModule ${name}`);
  });

  it('is used in a copy (other file times, same bytes), and left for the ES modules once a module it was made from changed', () => {
    const copy = mkdtempSync(join(tmpdir(), 'csto-bundle-test-'));
    copies.push(copy);
    for (const d of ['dist', 'bin']) cpSync(join(ROOT, d), join(copy, d), { recursive: true, preserveTimestamps: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(ROOT, 'src'), join(copy, 'src'));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    expect(probe(copy)).toBe('cached');
    const one = join(SEEDS, '000_cbff494ec939caaa.txt');
    const before = extract(copy, [one, '-q']);
    utimesSync(join(copy, 'dist', 'entities', 'fuzzy.js'), new Date(), new Date(Date.now() - 60_000));
    expect(probe(copy)).toBe('cached');
    appendFileSync(join(copy, 'dist', 'entities', 'fuzzy.js'), '// changed\n');
    expect(probe(copy)).toBe('none');
    const after = extract(copy, [one, '-q']);
    expect(after.code).toBe(0);
    expect(after.stdout).toBe(before.stdout);
  });
});
