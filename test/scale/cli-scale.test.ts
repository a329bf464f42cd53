// Scale behaviour of the CLI, run as a user would (node bin/csto-extract ..., after a build):
// --jobs 1 and --jobs 2 write the same bytes; --shard parts cover every document once;
// NDJSON on stdin maps to NDJSON on stdout. No timing here: `npm run bench` measures speed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath, generateCorpus, generateDocument, loadSeeds, novelWord } from '../../src/bench/corpus.js';
import { ROOT, runCli } from '../helpers/cli.js';

const SEEDS = join(ROOT, 'seeds');
const DOCS = 300;
let dir = '';
let corpus = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csto-scale-'));
  corpus = join(dir, 'corpus');
  // 100 per folder: the walk crosses sub-folders as it would in a real corpus
  generateCorpus(corpus, { docs: DOCS, perFolder: 100, seed: 11 });
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

async function extract(args: string[], stdin?: string): Promise<string> {
  const r = await runCli(['extract', ...args, '-q'], { stdin });
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}
const ids = (ndjson: string): string[] => ndjson.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);

describe('generated corpus', () => {
  it('is deterministic: same seed and index, same text; files in sub-folders', () => {
    const seeds = loadSeeds();
    expect(generateDocument(seeds, 42, 11)).toBe(generateDocument(seeds, 42, 11));
    expect(generateDocument(seeds, 42, 11)).not.toBe(generateDocument(seeds, 43, 11));
    expect(generateDocument(seeds, 42, 11)).not.toBe(generateDocument(seeds, 42, 12));
    expect(documentPath(1234, 1000)).toBe(join('part-0001', 'doc-0001234.txt'));
  });

  it('keeps bringing new words, as news does: made-up words, vocabulary growing with the corpus', () => {
    expect([0, 1, 10, 999_999].map(novelWord)).toEqual(['الببتية', 'تبت', 'سبتية', 'البكمنت']);
    const seeds = loadSeeds();
    const vocabulary = (docs: number): number =>
      new Set(Array.from({ length: docs }, (_, i) => generateDocument(seeds, i, 11)).join(' ').match(/\p{Script=Arabic}+/gu)).size;
    expect([100, 400, 1600].map(vocabulary)).toEqual([1661, 4001, 11494]);
  });
});

describe('--jobs 1 and --jobs 2 write identical bytes', () => {
  const cases: [string, string[]][] = [
    ['ndjson', ['-f', 'ndjson']],
    ['json', ['-f', 'json']],
    ['csv documents', ['-f', 'csv']],
    ['csv mentions', ['-f', 'csv', '--records', 'mentions']],
    ['csv events', ['-f', 'csv', '--records', 'events']],
  ];
  for (const [name, fmt] of cases) {
    it(`${name}: seeds/`, async () => {
      const [one, two] = await Promise.all([extract([SEEDS, ...fmt, '-j', '1']), extract([SEEDS, ...fmt, '-j', '2'])]);
      expect(one.length).toBeGreaterThan(0);
      expect(two).toBe(one);
    }, 60_000);
  }
  // the record stream in NDJSON and as CSV rows (JSON is that stream in an array, checked on seeds/ above)
  for (const [name, fmt] of [cases[0], cases[2]]) {
    it(`${name}: ${DOCS} generated articles`, async () => {
      const [one, two] = await Promise.all([extract([corpus, ...fmt, '-j', '1']), extract([corpus, ...fmt, '-j', '2'])]);
      expect(two).toBe(one);
      if (name === 'ndjson') expect(ids(one)).toHaveLength(DOCS);
    }, 60_000);
  }
});

describe('--shard K/3', () => {
  it('parts cover each document exactly once and hold the same records', async () => {
    const full = await extract([corpus, '-f', 'ndjson', '-j', '2']);
    const parts = await Promise.all([1, 2, 3].map((k) => extract([corpus, '-f', 'ndjson', '-j', '1', '--shard', `${k}/3`])));
    const partIds = parts.map(ids);
    for (const p of partIds) expect(p.length).toBeGreaterThan(0); // 300 ids hash into all three parts
    const all = partIds.flat();
    expect(new Set(all).size).toBe(all.length); // no overlap
    expect([...all].sort()).toEqual([...ids(full)].sort()); // union is the full run
    const lines = (s: string): string[] => s.split('\n').filter(Boolean);
    expect(parts.flatMap(lines).sort()).toEqual(lines(full).sort());
  }, 60_000);
});

describe('NDJSON mapper: stdin to stdout', () => {
  it('one record per input line, in order, ids and texts kept; --jobs 2 the same', async () => {
    const seeds = loadSeeds();
    const input = Array.from({ length: 60 }, (_, i) => JSON.stringify({
      id: `n${i}`,
      text: generateDocument(seeds, i, 5),
      published: `2021-0${1 + (i % 9)}-1${i % 10}`,
    })).join('\n') + '\n';
    const out = await extract(['-', '--input-format', 'ndjson', '-f', 'ndjson', '-j', '1'], input);
    const records = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text_length: number; source: string });
    expect(records.map((r) => r.id)).toEqual(Array.from({ length: 60 }, (_, i) => `n${i}`));
    const texts = input.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    records.forEach((r, i) => expect(r.text_length).toBe(texts[i].length));
    expect(await extract(['-', '--input-format', 'ndjson', '-f', 'ndjson', '-j', '2'], input)).toBe(out);
    // auto-detected NDJSON on stdin gives the same
    expect(await extract(['-', '-f', 'ndjson', '-j', '1'], input)).toBe(out);
  }, 60_000);
});
