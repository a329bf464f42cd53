// Hostile inputs through the real CLI: every input accounted for with a status, a reason and
// its encoding; output always valid; usage errors exit 2 with one line and no stack trace.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateDocumentRecord } from '../../src/schema/validate.js';
import type { DocumentRecord } from '../../src/types.js';
import type { InputReport } from '../../src/run.js';
import { brief, device, ROOT, runCli, type CliResult } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const FIXTURES = join(ROOT, 'fixtures', 'bad-inputs');
const SEEDS = join(ROOT, 'seeds');
/** The --max-bytes default in src/cli.ts. */
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

interface RunReport {
  tool: string;
  inputs: InputReport[];
  totals: { inputs: number; processed: number; skipped: number; failed: number; other_shards: number; bytes: number; records_written: number };
}

/** Reason categories: what a user (or a script reading the report) needs to tell apart. */
const CATEGORIES: [string, RegExp][] = [
  ['binary', /^binary file/],
  ['bom-only', /^empty file \(byte order mark only\)$/],
  ['whitespace-only', /^empty file \(only white space\)$/],
  ['empty', /^empty file$/],
  ['no-language', /^no language detected/],
  ['not-arabic', /^language is [a-z]{2,3}, not Arabic/],
  ['invalid-json', /^invalid JSON \(/],
  ['no-text', /^NDJSON line has no "text" string$/],
  ['bad-published', /^"published" must be an ISO date/],
  ['too-large', /^larger than --max-bytes/],
];
function category(reason: string | null): string | null {
  if (reason === null) return null;
  for (const [name, re] of CATEGORIES) if (re.test(reason)) return name;
  return `uncategorised: ${reason}`;
}

interface Expected { status: InputReport['status']; category: string | null; encoding: string | null; language: string | null }
const P = (encoding: string): Expected => ({ status: 'processed', category: null, encoding, language: 'ar' });
const EXPECTED: Record<string, Expected> = {
  'arabic-article.txt': P('utf-8'),
  'binary.png': { status: 'skipped', category: 'binary', encoding: null, language: null },
  'bom-only.txt': { status: 'skipped', category: 'bom-only', encoding: null, language: null },
  'empty.txt': { status: 'skipped', category: 'empty', encoding: null, language: null },
  'english.txt': { status: 'skipped', category: 'not-arabic', encoding: 'utf-8', language: 'en' },
  'invalid.ndjson:1': P('utf-8'),
  'invalid.ndjson:2': { status: 'failed', category: 'invalid-json', encoding: null, language: null },
  'invalid.ndjson:3': { status: 'failed', category: 'no-text', encoding: null, language: null },
  'invalid.ndjson:4': { status: 'failed', category: 'bad-published', encoding: null, language: null },
  'only-diacritics.txt': { status: 'skipped', category: 'no-language', encoding: 'utf-8', language: 'und' },
  'only-punctuation.txt': { status: 'skipped', category: 'no-language', encoding: 'utf-8', language: 'und' },
  'page.html': P('utf-8'),
  'persian.txt': { status: 'skipped', category: 'not-arabic', encoding: 'utf-8', language: 'fa' },
  'utf16be.txt': P('utf-16be'),
  'utf16le.txt': P('utf-16le'),
  'windows-1256.txt': P('windows-1256'),
};

/** "16 inputs, 8 processed, 5 skipped, 3 failed; 8 records written" from the stderr summary line. */
function stderrTotals(stderr: string): Record<string, number> {
  const m = /csto-extract: (\d+) inputs?, (\d+) processed, (\d+) skipped, (\d+) failed(?:, \d+ left to other shards)?; (\d+) records written/.exec(stderr);
  if (!m) throw new Error(`no summary line in stderr:\n${stderr}`);
  return { inputs: +m[1], processed: +m[2], skipped: +m[3], failed: +m[4], records_written: +m[5] };
}

function expectValidRecords(records: DocumentRecord[]): void {
  for (const r of records) expect(validateDocumentRecord(r), `record ${r.id}`).toEqual([]);
}

/** No stack trace: no "    at fn (file:line)" frames, no Node internals banner. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+[:(]/m);
  expect(stderr).not.toMatch(/node:internal|Unhandled 'error' event|Node\.js v\d/);
}

const cp1256Table = (): Map<string, number> => {
  const dec = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const s = dec.decode(Uint8Array.of(b));
    if (s.length === 1 && s !== '\ufffd' && !table.has(s)) table.set(s, b);
  }
  return table;
};
function encodeCp1256(text: string, table = cp1256Table()): Buffer {
  return Buffer.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`not in windows-1256: U+${ch.codePointAt(0)!.toString(16)}`);
    return b;
  }));
}
function encodeUtf16be(text: string): Buffer {
  const b = Buffer.from(text, 'utf16le');
  for (let i = 0; i < b.length; i += 2) { const x = b[i]; b[i] = b[i + 1]; b[i + 1] = x; }
  return b;
}

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'csto-robust-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('the bad-inputs corpus', () => {
  let res: CliResult;
  let report: RunReport;
  let records: DocumentRecord[];
  beforeAll(async () => {
    const reportFile = join(tmp, 'REPORT.json');
    res = await runCli(['extract', FIXTURES, '--report', reportFile, '-f', 'json']);
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as RunReport;
    records = JSON.parse(res.stdout) as DocumentRecord[];
  }, 120_000);

  it('exits 1 because some inputs were skipped or failed', () => {
    expect(res.code, brief(res.stderr)).toBe(1);
    expectNoStack(res.stderr);
  });

  it('reports every input exactly once, with the expected status, reason category, encoding and language', () => {
    const seen = report.inputs.map((i) => basename(i.source));
    expect(seen).toEqual(Object.keys(EXPECTED)); // in file-name order, nothing lost, nothing twice
    for (const input of report.inputs) {
      const name = basename(input.source);
      const want = EXPECTED[name];
      expect({ name, status: input.status, category: category(input.reason), encoding: input.encoding, language: input.language })
        .toEqual({ name, ...want });
      if (input.status === 'processed') {
        expect(input.reason).toBeNull();
        expect(input.counts).not.toBeNull();
        expect(input.bytes).toBeGreaterThan(0);
      } else {
        expect(input.reason, name).toMatch(/\S/);
        expect(input.counts).toBeNull();
      }
    }
  });

  it('every committed fixture is in the table (and the corpus stays small)', () => {
    const files = readdirSync(FIXTURES).sort();
    const names = new Set(Object.keys(EXPECTED).map((k) => k.replace(/:\d+$/, '')));
    expect(files).toEqual([...names].sort());
    const total = files.reduce((n, f) => n + readFileSync(join(FIXTURES, f)).length, 0);
    expect(total).toBeLessThan(50 * 1024);
  });

  it('totals add up: report, stderr summary and stdout agree', () => {
    const t = report.totals;
    const by = (s: string): number => report.inputs.filter((i) => i.status === s).length;
    expect(t).toMatchObject({ inputs: report.inputs.length, processed: by('processed'), skipped: by('skipped'), failed: by('failed'), other_shards: 0 });
    expect(t.inputs).toBe(t.processed + t.skipped + t.failed);
    expect(t.records_written).toBe(t.processed);
    expect(records).toHaveLength(t.processed);
    expect(stderrTotals(res.stderr)).toEqual({ inputs: t.inputs, processed: t.processed, skipped: t.skipped, failed: t.failed, records_written: t.records_written });
    // every skip and failure is also said on stderr, with its reason
    for (const i of report.inputs.filter((x) => x.status !== 'processed')) expect(res.stderr).toContain(`${i.status} ${i.source}: ${i.reason}`);
  });

  it('stdout is one JSON array of records that validate against the schema, in report order', () => {
    expectValidRecords(records);
    const processed = report.inputs.filter((i) => i.status === 'processed');
    expect(records.map((r) => r.id)).toEqual(processed.map((i) => i.id));
    expect(records.map((r) => r.encoding)).toEqual(processed.map((i) => i.encoding));
  });

  it('HTML: offsets point into the HTML source and nothing comes from script, style or comments', () => {
    const html = readFileSync(join(FIXTURES, 'page.html'), 'utf8');
    const rec = records.find((r) => r.id === 'page')!;
    expect(rec.text_length).toBe(html.length);
    const hidden: [number, number][] = [];
    for (const m of html.matchAll(/<(script|style)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/g)) hidden.push([m.index!, m.index! + m[0].length]);
    const spans = [
      ...rec.entities.flatMap((e) => e.mentions), ...rec.dates,
      ...rec.events.flatMap((e) => [e.trigger, e.sentence]),
    ];
    for (const s of spans) {
      expect(html.slice(s.start, s.end)).toBe(s.text);
      for (const [a, b] of hidden) expect(s.start >= b || s.end <= a, `span ${s.start}-${s.end} "${s.text}" inside hidden HTML`).toBe(true);
    }
  });

  it('the NDJSON line that is valid keeps its published date', () => {
    const rec = records.find((r) => r.id === 'ndjson-good')!;
    expect(rec.published).toBe('2021-09-16');
  });
});

describe('exit codes', () => {
  it('exits 0 when every input is good (utf-8, windows-1256, utf-16, html)', async () => {
    const good = ['arabic-article.txt', 'windows-1256.txt', 'utf16le.txt', 'utf16be.txt', 'page.html'].map((f) => join(FIXTURES, f));
    const res = await runCli(['extract', SEEDS, ...good, '-f', 'ndjson']);
    expect(res.code, brief(res.stderr)).toBe(0);
    const lines = res.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
    expect(lines).toHaveLength(readdirSync(SEEDS).length + good.length);
    expectValidRecords(lines);
    expect(res.stderr).not.toMatch(/skipped |failed /);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown option', ['extract', '--bogus', SEEDS], /unknown option '--bogus'/],
    ['a missing path', ['extract', join(ROOT, 'no-such-folder-xyz')], /no such file or folder: .*no-such-folder-xyz/],
    ['a bad --ref-date', ['extract', '--ref-date', '2021-02-30', SEEDS], /--ref-date.*2021-02-30.*YYYY-MM-DD/],
    ['a badly formed --shard', ['extract', '--shard', 'x', SEEDS], /--shard.*'x'.*K\/N/],
    ['an out-of-range --shard', ['extract', '--shard', '3/2', SEEDS], /--shard.*'3\/2'/],
    ['a zero --jobs', ['extract', '--jobs', '0', SEEDS], /--jobs must be a whole number/],
    ['an --out folder that does not exist', ['extract', '--out', join(ROOT, 'no-such-folder-xyz', 'out.json'), SEEDS], /cannot write .*out\.json: no such folder/],
  ];
  for (const [what, args, message] of usage) {
    it(`exits 2 with a one-line message and no stack trace for ${what}`, async () => {
      const res = await runCli(args);
      expect(res.code, brief(res.stderr)).toBe(2);
      expect(res.stdout).toBe('');
      expectNoStack(res.stderr);
      const lines = res.stderr.trimEnd().split('\n').filter((l) => !/^Try 'csto-extract( [a-z]+)* --help'/.test(l) && !/^\(Did you mean/.test(l));
      expect(lines, res.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    });
  }

  it('exits 2 with the file and the problem, no stack, for a gazetteer that is not valid JSON', async () => {
    const file = join(tmp, 'broken-gazetteer.json');
    writeFileSync(file, '{"name": "user", "entries": [{"id": "person:x",\n');
    const res = await runCli(['extract', '--gazetteer', file, SEEDS]);
    expect(res.code, brief(res.stderr)).toBe(2);
    expect(res.stdout).toBe('');
    expectNoStack(res.stderr);
    expect(res.stderr.split('\n')[0]).toContain(file);
    expect(res.stderr).toMatch(/JSON/i);
  });

  it('exits 2 with the file and the problem, no stack, for a gazetteer entry without a name', async () => {
    const file = join(tmp, 'nameless-gazetteer.json');
    writeFileSync(file, JSON.stringify({ name: 'user', entries: [{ id: 'person:nameless', type: 'PERSON', aliases: ['فلان الفلاني'] }] }));
    const res = await runCli(['extract', '--gazetteer', file, SEEDS]);
    expect(res.code, brief(res.stderr)).toBe(2);
    expect(res.stdout).toBe('');
    expectNoStack(res.stderr);
    expect(res.stderr.split('\n')[0]).toContain(file);
    expect(res.stderr).toMatch(/name/);
  });

  it.runIf(existsSync('/dev/full'))('an output error says one line and exits 1; --debug adds the stack trace', async () => {
    // a device that is always full: an I/O failure, not a usage mistake
    const full = device('full', mkdtempSync(join(tmp, 'dev-')));
    const args = ['extract', '-q', '--out', full, join(FIXTURES, 'arabic-article.txt')];
    const plain = await runCli(args);
    expect(plain.code, brief(plain.stderr)).toBe(1);
    expectNoStack(plain.stderr);
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(plain.stderr).toMatch(/cannot write .*full: ENOSPC.*--debug shows the stack trace/);
    const debug = await runCli(['--debug', ...args]);
    expect(debug.code, brief(debug.stderr)).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at .+/m);
  });

  it('a --report path in a missing folder is a usage error (exit 2) found before any output', async () => {
    const res = await runCli(['extract', '--report', join(tmp, 'no-such-folder', 'r.json'), join(FIXTURES, 'arabic-article.txt')]);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/--report: cannot write .*r\.json: no such folder/);
  });

  it('--fail-fast stops at the first failure with exit 1 and leaves no output file', async () => {
    const dir = mkdtempSync(join(tmp, 'ff-'));
    const out = join(dir, 'OUT.json');
    const res = await runCli(['extract', FIXTURES, '--fail-fast', '--out', out, '-f', 'json', '-j', '1']);
    expect(res.code, brief(res.stderr)).toBe(1);
    expectNoStack(res.stderr);
    expect(res.stderr).toMatch(/stopped.*--fail-fast.*invalid\.ndjson:2/);
    // nothing after the first failure was reported
    expect(res.stderr).not.toContain('invalid.ndjson:3');
    expect(res.stderr).not.toContain('persian.txt');
    expect(readdirSync(dir)).toEqual([]);
  });

  // closing the pool with documents in flight must not respawn its workers
  it('--fail-fast with worker threads (-j 2) exits', async () => {
    const dir = mkdtempSync(join(tmp, 'ffj-'));
    writeFileSync(join(dir, '000-broken.ndjson'), '{"id": "broken", "text": \n');
    const seed = readFileSync(join(FIXTURES, 'arabic-article.txt'));
    for (let i = 1; i <= 60; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}-seed.txt`), seed);
    const res = await runCli(['extract', dir, '--fail-fast', '-q', '-f', 'ndjson', '-j', '2']);
    // a hang is caught by the test's timeout (the helper then kills the run)
    expect(res.signal).toBeNull();
    expect(res.code).toBe(1);
  });

  it('without --fail-fast the same corpus runs to the end', async () => {
    const res = await runCli(['extract', FIXTURES, '-f', 'ndjson', '-q']);
    expect(res.code).toBe(1);
    expect(res.stdout.trimEnd().split('\n')).toHaveLength(Object.values(EXPECTED).filter((e) => e.status === 'processed').length);
  });
});

describe('encodings give the same records', () => {
  it('windows-1256, UTF-16 LE/BE and UTF-8 with BOM copies of every seed equal the UTF-8 original except encoding, source and id', async () => {
    const dir = mkdtempSync(join(tmp, 'enc-'));
    const table = cp1256Table();
    const seeds = readdirSync(SEEDS).sort();
    const variants: Record<string, (t: string) => Buffer> = {
      'a-utf8': (t) => Buffer.from(t, 'utf8'),
      'b-cp1256': (t) => encodeCp1256(t, table),
      'c-utf16le': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
      'd-utf16be': (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), encodeUtf16be(t)]),
      'e-utf8bom': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
    };
    for (const seed of seeds) {
      const text = readFileSync(join(SEEDS, seed), 'utf8');
      for (const [v, enc] of Object.entries(variants)) writeFileSync(join(dir, `${seed.replace(/\.txt$/, '')}.${v}.txt`), enc(text));
    }
    const res = await runCli(['extract', dir, '-f', 'ndjson', '-q']);
    expect(res.code, brief(res.stderr)).toBe(0);
    const recs = res.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
    expect(recs).toHaveLength(seeds.length * Object.keys(variants).length);
    const encodings = { 'a-utf8': 'utf-8', 'b-cp1256': 'windows-1256', 'c-utf16le': 'utf-16le', 'd-utf16be': 'utf-16be', 'e-utf8bom': 'utf-8-bom' } as Record<string, string>;
    /** The record without what legitimately differs: encoding, source, id (and ids derived from it). */
    const core = (r: DocumentRecord): unknown => {
      const { encoding: _e, source: _s, id, ...rest } = r;
      return JSON.parse(JSON.stringify(rest, (k, v) => (k === 'doc' && v === id ? '<doc>' : k === 'id' && typeof v === 'string' && /^[0-9a-f]{16}$/.test(v) ? '<event>' : v)));
    };
    for (const seed of seeds.map((s) => s.replace(/\.txt$/, ''))) {
      const group = recs.filter((r) => r.id.startsWith(`${seed}.`));
      expect(group).toHaveLength(5);
      for (const r of group) expect(r.encoding).toBe(encodings[r.id.slice(seed.length + 1)]);
      const base = core(group[0]);
      for (const r of group.slice(1)) expect(core(r), r.id).toEqual(base);
    }
  }, 120_000);
});

describe('size limits', () => {
  it(`a 100 MB single-line file is skipped by the default --max-bytes (${DEFAULT_MAX_BYTES}) with a reason`, async () => {
    const dir = mkdtempSync(join(tmp, 'huge-'));
    const file = join(dir, 'huge-line.txt');
    const chunk = Buffer.from('منظمة معاهدة الأمن الجماعي تعقد قمة في دوشنبه '.repeat(2000), 'utf8');
    const fd = openSync(file, 'w');
    let size = 0;
    while (size < 100 * 1000 * 1000) { writeSync(fd, chunk); size += chunk.length; }
    closeSync(fd);
    const reportFile = join(dir, 'report.json');
    const res = await runCli(['extract', file, '--report', reportFile, '-f', 'json']);
    rmSync(file);
    expect(res.code, brief(res.stderr)).toBe(1);
    expect(JSON.parse(res.stdout)).toEqual([]);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as RunReport;
    expect(report.inputs).toHaveLength(1);
    expect(report.inputs[0]).toMatchObject({ status: 'skipped', id: 'huge-line' });
    expect(category(report.inputs[0].reason)).toBe('too-large');
    expect(report.inputs[0].reason).toContain(String(DEFAULT_MAX_BYTES));
    expect(res.stderr).toContain('huge-line.txt: larger than --max-bytes');
  }, 120_000);

  async function fiveMb(singleLine: boolean): Promise<void> {
    const dir = mkdtempSync(join(tmp, 'big-'));
    const file = join(dir, 'five-mb.txt');
    const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8')).map((t) => (singleLine ? t.replace(/\s+/g, ' ') : t)).join(singleLine ? ' ' : '\n');
    const parts: string[] = [];
    let size = 0;
    while (size < 5 * 1000 * 1000) { parts.push(seeds); size += Buffer.byteLength(seeds) + 1; }
    writeFileSync(file, parts.join(singleLine ? ' ' : '\n'));
    const res = await runCli(['extract', file, '-f', 'ndjson']);
    expect(res.code, brief(res.stderr)).toBe(0);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]) as DocumentRecord;
    expect(rec.id).toBe('five-mb');
    expect(validateDocumentRecord(rec)).toEqual([]);
    rmSync(dir, { recursive: true });
  }

  it('a 5 MB Arabic file is processed', () => fiveMb(false), 300_000);

  // every line break lost, as in scraped text
  it('a 5 MB single-line Arabic file is processed', () => fiveMb(true), 300_000);
});
