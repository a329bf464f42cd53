import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReportCommand, runSummaryCommand } from '../../src/report/command.js';
import { parseRecords, readRecords, RecordsReadError, renderSummary } from '../../src/report/summary.js';
import type { DocumentRecord } from '../../src/types.js';
import { generateCorpus, makeSmallCorpus } from './make-records.js';

const ANSI = /\u001b\[/;
const made: string[] = [];
const tmp = (): string => { const dir = mkdtempSync(join(tmpdir(), 'csto-report-')); made.push(dir); return dir; };
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

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
  Collective Security Treaty Organization (منظمة معاهدة الأمن الجماعي)  2 / 2

Events
  3 in 2 documents (2 main)
  by type:  CONSULT 1, MOBILIZE 1, REQUEST 1
  by month: 2021-08 2, 2022-01 1

Date range: 2021-08-01 to 2022-01-06 (from 3 event dates and 2 date mentions)

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
        'Date range: none (no resolved dates)',
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
  it('runSummaryCommand prints the summary and returns 0', () => {
    const p = join(tmp(), 'out.ndjson');
    writeFileSync(p, makeSmallCorpus().map((d) => JSON.stringify(d)).join('\n') + '\n');
    let out = '';
    let err = '';
    expect(runSummaryCommand(p, { color: false }, (s) => (out += s), (s) => (err += s))).toBe(0);
    expect(out).toContain('Documents: 3 (ar 2, und 1)\n');
    expect(err).toBe('');
  });

  it('runSummaryCommand returns 1 with a one-line message on unreadable input', () => {
    const p = join(tmp(), 'bad.ndjson');
    writeFileSync(p, '{"id":"a"}\nnot json\n');
    let out = '';
    let err = '';
    expect(runSummaryCommand(p, { color: false }, (s) => (out += s), (s) => (err += s))).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^csto-extract: .*bad\.ndjson: line 2: not valid JSON[^\n]*\n$/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('runReportCommand writes the HTML atomically and returns 0', () => {
    const dir = tmp();
    const input = join(dir, 'out.json');
    writeFileSync(input, JSON.stringify(makeSmallCorpus()));
    const html = join(dir, 'report.html');
    const logs: string[] = [];
    expect(runReportCommand(input, { html }, (s) => logs.push(s))).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'report.html']);
    expect(logs.join('')).toMatch(/^wrote .*report\.html \(3 documents, 3 events, \d+ KiB\)\n$/);
  });

  it('runReportCommand returns 1 on unreadable input or an unwritable output', () => {
    const dir = tmp();
    const logs: string[] = [];
    expect(runReportCommand(join(dir, 'missing.ndjson'), { html: join(dir, 'r.html') }, (s) => logs.push(s))).toBe(1);
    expect(logs[0]).toMatch(/^csto-extract: .*missing\.ndjson: cannot read: no such file\n$/);
    const input = join(dir, 'ok.ndjson');
    writeFileSync(input, '');
    expect(runReportCommand(input, { html: join(dir, 'no-such-dir', 'r.html') }, (s) => logs.push(s))).toBe(1);
    expect(logs[1]).toMatch(/^csto-extract: .*r\.html: cannot write \(ENOENT\)/);
    expect(readdirSync(dir)).toEqual(['ok.ndjson']);
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
