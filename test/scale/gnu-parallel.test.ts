// The README's GNU parallel recipes (section "Many machines"), run on this machine: the commands
// are taken from the README, with the hosts replaced by `-S :` (this machine, no ssh), smaller
// blocks so that several jobs run, and local paths. Their output must be what one plain
// `extract` writes. Skipped, with a message, when `parallel` is not installed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, generateDocument, loadSeeds } from '../../src/bench/corpus.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const DOCS = 40;
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasParallel) console.warn('gnu-parallel.test: GNU parallel is not installed (apt-get install parallel): the README recipes are not run');

/** The README's shell commands in the section on GNU parallel, continuation lines joined, comments dropped. */
function readmeRecipes(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^### Many machines: GNU parallel\n([\s\S]*?)^###? /m.exec(readme)?.[1] ?? '';
  const commands: string[] = [];
  for (const block of section.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const cmd of block[1].replace(/\\\n\s*/g, '').split('\n')) if (cmd.trim() && !cmd.startsWith('#')) commands.push(cmd.trim());
  }
  return commands;
}

function recipe(start: string): string {
  const cmd = readmeRecipes().find((c) => c.startsWith(start));
  if (!cmd) throw new Error(`README's GNU parallel section has no command starting with "${start}"`);
  return cmd;
}

let dir = '';
let env: NodeJS.ProcessEnv = {};

/** Runs a shell command in the test's folder, with `csto-extract` on PATH. */
function sh(cmd: string): void {
  const r = spawnSync('bash', ['-c', cmd], { cwd: dir, env, encoding: 'utf8', timeout: 110_000 });
  if (r.status !== 0) throw new Error(`${cmd}\nexit ${r.status}: ${r.error?.message ?? r.stderr}`);
}

async function extract(args: string[]): Promise<string> {
  const r = await runCli(['extract', ...args, '-q', '-j', '1'], { timeoutMs: 100_000 });
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}

const sortedLines = (s: string): string[] => s.split('\n').filter(Boolean).sort();
/** A record's `source` says where its line was read (`stdin:N`, N counted within the block): the rest must not differ. */
const withoutSource = (ndjson: string): string => ndjson.replace(/^\{"id":("(?:[^"\\]|\\.)*"),"source":"(?:[^"\\]|\\.)*",/gm, '{"id":$1,');

describe.skipIf(!hasParallel)("README's GNU parallel recipes, on this machine (-S :)", () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'csto-parallel-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'csto-extract'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'csto-extract'), 0o755);
    // parallel keeps its files under $HOME/.parallel and $TMPDIR: both in the test's folder
    env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: dir, TMPDIR: dir, NO_COLOR: '1' };
    mkdirSync(join(dir, '.parallel'));
    writeFileSync(join(dir, '.parallel', 'will-cite'), '');
    const seeds = loadSeeds();
    const lines = Array.from({ length: DOCS }, (_, i) => JSON.stringify({ id: `a${i}`, text: generateDocument(seeds, i, 5), published: '2024-03-01' }));
    writeFileSync(join(dir, 'articles.ndjson'), `${lines.join('\n')}\n`);
    generateCorpus(join(dir, 'corpus'), { docs: DOCS, perFolder: 20, seed: 5 });
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('--pipepart in blocks, --keep-order: the same records in the same order as one extract on the whole file', async () => {
    const cmd = recipe('parallel --pipepart')
      .replace(/-S \S+/, '-S :')
      .replace(/--block \S+/, '--block 60k'); // ≈ 4 KB an article: several blocks, several jobs
    expect(cmd).toContain('-a articles.ndjson');
    expect(cmd).toMatch(/> records\.ndjson$/);
    sh(cmd);
    const out = readFileSync(join(dir, 'records.ndjson'), 'utf8');
    const whole = await extract([join(dir, 'articles.ndjson'), '--input-format', 'ndjson', '-f', 'ndjson']);
    expect(sortedLines(whole)).toHaveLength(DOCS);
    expect(out.split('\n')[1]).toMatch(/^\{"id":"a1","source":"stdin:2",/);
    expect(withoutSource(out)).toBe(withoutSource(whole));
  }, 120_000);

  it('--shard K/N over a shared folder: the parts together are every record once', async () => {
    const cmd = recipe('parallel -S host1,host2,host3')
      .replace(/-S \S+/, '-S :')
      .replaceAll('/data/corpus', join(dir, 'corpus'))
      .replaceAll('/data/out', join(dir, 'out'));
    mkdirSync(join(dir, 'out'));
    sh(cmd);
    const parts = [1, 2, 3].map((k) => readFileSync(join(dir, 'out', `part-${k}.ndjson`), 'utf8'));
    const whole = await extract([join(dir, 'corpus'), '-f', 'ndjson']);
    expect(sortedLines(whole)).toHaveLength(DOCS);
    expect(sortedLines(parts.join(''))).toEqual(sortedLines(whole));
  }, 120_000);
});
