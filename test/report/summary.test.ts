import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/commands/io.js';
import { reportCommand } from '../../src/commands/report.js';
import { summaryCommand } from '../../src/commands/summary.js';
import { InputError } from '../../src/errors.js';
import { parseRecords, readRecords, RecordsReadError, renderSummary } from '../../src/report/summary.js';
import type { DocumentRecord } from '../../src/types.js';
import { generateCorpus, makeSmallCorpus } from './make-records.js';

const ANSI = /\u001b\[/;
const made: string[] = [];
const tmp = (): string => { const dir = mkdtempSync(join(tmpdir(), 'csto-report-')); made.push(dir); return dir; };
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

/** An Io whose stdout and stderr are kept in memory. */
function memoryIo(): Io & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => { out += c.toString(); });
  stderr.on('data', (c: Buffer) => { err += c.toString(); });
  return { stdout, stderr, env: { NO_COLOR: '1' }, out: () => out, err: () => err };
}

const SMALL_EXPECTED = `Documents: 3 (ar 2, und 1)
Skipped inputs: 1
  - scans/x.pdf: not a text file
Entities: 6 distinct (people 3, places 2, organisations 1), 9 mentions

Top people (mentions / documents)
  Kassym-Jomart Tokayev (قاسم جومارت توكاييف)  2 / 2
  Vladimir Putin (فلاديمير بوتين)              1 / 1
  عبد الله رحيموف                              1 / 1 [unlinked]

Top places (mentions / documents)
  Kazakhstan (كازاخستان)  2 / 2
  Moscow (موسكو)          1 / 1

Top organisations (mentions / documents)
  Collective Security Treaty Organization  2 / 2

Events
  3 in 2 documents (2 main)
  by type:  CONSULT 1, MOBILIZE 1, REQUEST 1
  by month: 2021-08 2, 2022-01 1

Date range: 2021-08 to 2022-01-06 (3 dated events)

Warnings worth a look
  unresolved dates: 1
    doc-b: "في وقت لاحق"
  fuzzy matches: 1
    doc-b: "توكايف" -> Kassym-Jomart Tokayev (0.8)
  unlinked names: 1
    عبد الله رحيموف (person, 1 mention in 1 document)
  document warnings: 1
    doc-b: sentence 2: date could not be resolved
`;

describe('renderSummary', () => {
  it('prints exact counts and lines in plain mode', () => {
    const out = renderSummary(makeSmallCorpus(), { skipped: [{ source: 'scans/x.pdf', reason: 'not a text file' }] }, { color: false });
    expect(out).toBe(SMALL_EXPECTED);
    expect(out).not.toMatch(ANSI);
  });

  it('uses no ANSI codes when color is false, and some when true', () => {
    const docs = generateCorpus({ count: 120, seed: 7 });
    const plain = renderSummary(docs, null, { color: false });
    expect(plain).not.toMatch(ANSI);
    const coloured = renderSummary(docs, null, { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('counts the generated corpus consistently', () => {
    const docs = generateCorpus({ count: 500 });
    const out = renderSummary(docs, null, { color: false });
    const events = docs.reduce((n, d) => n + d.events.length, 0);
    expect(out).toContain('Documents: 500 (ar 500)\n');
    expect(out).toContain(`  ${events} in 500 documents (500 main)\n`);
    const byType = /by type: {2}(.*)\n/.exec(out)![1].split(', ').map((s) => Number(s.split(' ')[1]));
    expect(byType.reduce((a, b) => a + b, 0)).toBe(events);
    const byMonth = /by month: (.*)\n/.exec(out)![1].split(', ').map((s) => Number(s.split(' ')[1]));
    expect(byMonth.reduce((a, b) => a + b, 0)).toBe(events);
    expect(out).toMatch(/Top people \(mentions \/ documents\)\n {2}\S/);
    expect(out).toContain('  … 1 more\n'); // 11 people, top 10 shown
  });

  it('handles zero documents', () => {
    const out = renderSummary([], null, { color: false });
    expect(out).toBe(
      [
        'Documents: 0',
        'Entities: 0 distinct (people 0, places 0, organisations 0), 0 mentions',
        '',
        'Events',
        '  none',
        '',
        'Date range: none (no dated events)',
        '',
        'Warnings worth a look: none',
        '',
      ].join('\n'),
    );
  });

  it('handles documents with no entities or events (what the extractor writes today)', () => {
    const docs: DocumentRecord[] = [1, 2].map((i) => ({
      id: `d${i}`, source: `d${i}.txt`, encoding: 'utf-8', language: 'ar', published: '2021-10-28', published_basis: 'text',
      text_length: 100, sentences: 3, entities: [], dates: [], events: [], warnings: [],
    }));
    const out = renderSummary(docs, { skipped: [] }, { color: false });
    expect(out).toContain('Documents: 2 (ar 2)\n');
    expect(out).toContain('Events\n  none\n');
    expect(out).not.toContain('Skipped inputs');
    expect(out).not.toContain('Top people');
  });
});

describe('readRecords', () => {
  const docs = makeSmallCorpus();

  it('reads a JSON array', () => {
    const p = join(tmp(), 'out.json');
    writeFileSync(p, JSON.stringify(docs, null, 2));
    expect(readRecords(p)).toEqual(docs);
  });

  it('reads NDJSON with a trailing newline, CRLF and blank lines', () => {
    const dir = tmp();
    const p = join(dir, 'out.ndjson');
    writeFileSync(p, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    expect(readRecords(p)).toEqual(docs);
    const q = join(dir, 'crlf.ndjson');
    writeFileSync(q, '\uFEFF' + docs.map((d) => JSON.stringify(d)).join('\r\n\r\n') + '\r\n');
    expect(readRecords(q)).toEqual(docs);
  });

  it('reads an empty file as no records', () => {
    const p = join(tmp(), 'empty.ndjson');
    writeFileSync(p, '\n');
    expect(readRecords(p)).toEqual([]);
    expect(parseRecords('[]')).toEqual([]);
  });

  it('names the bad line of an NDJSON file', () => {
    const p = join(tmp(), 'bad.ndjson');
    writeFileSync(p, `${JSON.stringify(docs[0])}\n${JSON.stringify(docs[1])}\n{"id": "x", oops}\n`);
    expect(() => readRecords(p)).toThrow(RecordsReadError);
    expect(() => readRecords(p)).toThrow(/bad\.ndjson: line 3: not valid JSON/);
    try {
      readRecords(p);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('names the line of a broken JSON array and rejects non-records', () => {
    expect(() => parseRecords('[\n{"id":"a"},\n{"id":}\n]', 'x.json')).toThrow(/x\.json: not valid JSON: line 3/);
    expect(() => parseRecords('{"id":"a"}\n42\n', 'y.ndjson')).toThrow(/y\.ndjson: line 2: expected a document record/);
    expect(() => parseRecords('{"id":"a","events":{}}', 'z.ndjson')).toThrow(/field "events" is not an array/);
  });

  it('reports a missing file in one line', () => {
    expect(() => readRecords('/nonexistent/out.ndjson')).toThrow('/nonexistent/out.ndjson: cannot read: no such file');
  });
});

describe('commands', () => {
  const dirs: string[] = [];
  const dir = (): string => { const d = tmp(); dirs.push(d); return d; };
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

  it('summary prints the summary and returns 0', async () => {
    const p = join(dir(), 'out.ndjson');
    writeFileSync(p, makeSmallCorpus().map((d) => JSON.stringify(d)).join('\n') + '\n');
    const io = memoryIo();
    expect(await summaryCommand(p, io)).toBe(0);
    expect(io.out()).toContain('Documents: 3 (ar 2, und 1)\n');
    expect(io.err()).toBe('');
  });

  it('summary stops with a one-line InputError on unreadable input', async () => {
    const p = join(dir(), 'bad.ndjson');
    writeFileSync(p, '{"id":"a"}\nnot json\n');
    const io = memoryIo();
    await expect(summaryCommand(p, io)).rejects.toThrow(/^.*bad\.ndjson: line 2: not valid JSON[^\n]*$/);
    await expect(summaryCommand(p, io)).rejects.toBeInstanceOf(InputError);
    expect(io.out()).toBe('');
  });

  it('report writes the HTML atomically through the shared sink', async () => {
    const d = dir();
    const input = join(d, 'out.json');
    writeFileSync(input, JSON.stringify(makeSmallCorpus()));
    const html = join(d, 'report.html');
    const io = memoryIo();
    expect(await reportCommand(input, { html }, io)).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(d).sort()).toEqual(['out.json', 'report.html']);
    expect(io.err()).toMatch(/^wrote .*report\.html \(3 documents, 3 events, \d+ KiB\)\n$/);
  });

  it('report: unreadable input or a missing output folder stop before writing anything', async () => {
    const d = dir();
    const io = memoryIo();
    await expect(reportCommand(join(d, 'missing.ndjson'), { html: join(d, 'r.html') }, io)).rejects.toThrow(/missing\.ndjson: cannot read: no such file$/);
    const input = join(d, 'ok.ndjson');
    writeFileSync(input, '');
    await expect(reportCommand(input, { html: join(d, 'no-such-dir', 'r.html') }, io)).rejects.toThrow(/cannot write .*r\.html: no such folder/);
    expect(readdirSync(d)).toEqual(['ok.ndjson']);
  });
});

describe('jsonErrorOffset', () => {
  it('finds the first syntax error', async () => {
    const { jsonErrorOffset } = await import('../../src/report/summary.js');
    expect(jsonErrorOffset('[1, {"a": "b\\u00e9", "c": [true, false, null, -1.5e3]}]')).toBe(-1);
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1] x')).toBe(4);
    expect(jsonErrorOffset('"abc')).toBe(4);
  });
});
