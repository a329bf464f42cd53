// The README's exit-code table, cell by cell: every command against the same bad inputs.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { brief, ROOT, runCli } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const COLUMNS = ['ok', 'missing file', 'binary file', 'not JSON', 'JSON of another kind', 'bad option'] as const;
type Column = (typeof COLUMNS)[number];

/** The rows of the README's "command | ok | missing file | …" table: command line and codes. */
function readmeTable(): { command: string; codes: Record<Column, number> }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const header = `| command | ${COLUMNS.join(' | ')} |`;
  const at = readme.indexOf(header);
  expect(at, 'README has the exit-code table').toBeGreaterThan(0);
  const rows = readme.slice(at).split('\n').slice(2);
  const out: { command: string; codes: Record<Column, number> }[] = [];
  for (const row of rows) {
    if (!row.startsWith('|')) break;
    const cells = row.split('|').slice(1, -1).map((c) => c.trim());
    const codes = Object.fromEntries(COLUMNS.map((c, i) => [c, Number(cells[i + 1])])) as Record<Column, number>;
    out.push({ command: cells[0].replace(/^`csto-extract |`$/g, ''), codes });
  }
  return out;
}

let tmp: string;
const file = (name: string): string => join(tmp, name);
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'csto-exit-'));
  const records = await runCli(['extract', 'seeds', '-f', 'ndjson', '-q']);
  writeFileSync(file('records.ndjson'), records.stdout);
  copyFileSync(join(ROOT, 'fixtures', 'seeds.gold.json'), file('gold.json'));
  copyFileSync(join(ROOT, 'seeds', '000_cbff494ec939caaa.txt'), file('article.txt'));
  writeFileSync(file('binary.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(file('notjson.ndjson'), '{"id": "x", "text": broken\n');
  writeFileSync(file('gazetteer.json'), JSON.stringify({ name: 'mine', entries: [{ id: 'person:test-person', type: 'PERSON', name: 'Test Person', name_ar: 'فلان الفلاني' }] }));
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** The file each command reads when all is well, and "JSON of another kind" for it. */
function inputs(command: string): Record<Exclude<Column, 'bad option'>, string> {
  const name = command.split(' ')[0] === 'gazetteer' ? 'gazetteer' : command.split(' ')[0];
  const ok: Record<string, string> = {
    extract: 'article.txt', normalize: 'article.txt', gazetteer: 'gazetteer.json', eval: 'gold.json',
    dedupe: 'records.ndjson', summary: 'records.ndjson', report: 'records.ndjson',
  };
  const otherKind = name === 'eval' ? 'records.ndjson' : name === 'gazetteer' ? 'records.ndjson' : 'gold.json';
  return {
    ok: file(ok[name]), 'missing file': file('no-such-file.ndjson'), 'binary file': file('binary.png'),
    'not JSON': file('notjson.ndjson'), 'JSON of another kind': file(otherKind),
  };
}

function argv(command: string, input: string, extra: string[] = []): string[] {
  return command.split(' ').flatMap((w) => (w === 'FILE' ? [input] : w === 'OUTPUT' ? [file('records.ndjson')] : w === 'r.html' ? [file('r.html')] : [w])).concat(extra);
}

describe('exit codes: the README table', () => {
  const table = readmeTable();
  it('lists every command', () => {
    expect(table.map((r) => r.command.split(' ')[0])).toEqual(['extract', 'normalize', 'gazetteer', 'eval', 'dedupe', 'summary', 'report']);
  });
  for (const { command, codes } of table) {
    it(`${command}: ${COLUMNS.map((c) => `${c} ${codes[c]}`).join(', ')}`, async () => {
      const files = inputs(command);
      const runs = COLUMNS.map((column) => (column === 'bad option'
        ? runCli(argv(command, files.ok, ['--bogus']))
        : runCli(argv(command, files[column], ['-q'].filter(() => command.startsWith('extract'))))));
      const results = await Promise.all(runs);
      results.forEach((r, i) => {
        expect(r.code, `${command} with ${COLUMNS[i]}:\n${brief(r.stderr)}`).toBe(codes[COLUMNS[i]]);
        if (r.code === 2) {
          expect(r.stderr, COLUMNS[i]).toMatch(/^(csto-extract: |error: |.*problem)/m);
          expect(r.stderr).not.toMatch(/^\s+at .+[:(]/m);
          expect(r.stdout.replace(/^(id|text)\t.*\n/, '')).toBe('');
        }
      });
    });
  }
});

describe('exit codes: no command and unknown ones', () => {
  it('bare csto-extract prints the help on stderr and exits 2 (a usage error), nothing on stdout', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: csto-extract/);
  });
  it('an unknown command exits 2', async () => {
    expect((await runCli(['nonsense'])).code).toBe(2);
  });
  it('--help and --version exit 0 on stdout; the version is package.json\'s', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const v = await runCli(['--version']);
    expect([v.code, v.stdout]).toEqual([0, `${pkg.version}\n`]);
  });
});

describe('wrong kind of file: a clear message', () => {
  it.each([
    [['summary', 'GOLD'], /gold\.json: this is a gold annotation file .*, not extract output/],
    [['summary', 'RUN'], /run\.json: this is a run report .*, not extract output/],
    [['report', 'GOLD', '--html', 'HTML'], /gold\.json: this is a gold annotation file/],
    [['eval', 'RECORDS', 'RECORDS'], /records\.ndjson: this is extract output \(document records\), not a gold annotation file/],
    [['eval', 'GOLD', 'GOLD'], /gold\.json: this is a gold annotation file .*, not extract output/],
    [['dedupe', 'RUN'], /run\.json: this is a run report/],
  ])('%j', async (args, message) => {
    writeFileSync(file('run.json'), JSON.stringify({ tool: 'csto-extract', stopped: null, inputs: [], totals: { inputs: 0 } }));
    const map: Record<string, string> = { GOLD: file('gold.json'), RUN: file('run.json'), RECORDS: file('records.ndjson'), HTML: file('r.html') };
    const r = await runCli(args.map((a) => map[a] ?? a));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
