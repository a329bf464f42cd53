// CSV formula injection: cells a spreadsheet would run as formulas (= + - @, tab, CR first)
// get a leading ' by default; --no-csv-safe writes them raw.
import { describe, expect, it, vi } from 'vitest';
import { createWriter } from '../../src/output/writer.js';
import type { RecordKind } from '../../src/output/flatten.js';
import type { Sink } from '../../src/output/sink.js';
import type { DocumentRecord, EventRecord } from '../../src/types.js';
import { validateDocumentRecord } from '../../src/schema/validate.js';
import { brief, runCli } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000 });

const HOSTILE = ['=HYPERLINK("http://x.test","click")', '+7 (495) 606-36-02', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

function hostileRecord(): DocumentRecord {
  const text = HOSTILE.join(' ');
  const at = (s: string): { text: string; start: number; end: number } => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const event: EventRecord = {
    id: '0123456789abcdef', doc: '=doc', type: '=TYPE', quad_class: '+q', subtype: '-s', context: [], rule: '@rule',
    trigger: at(HOSTILE[0]), sentence: { ...at(HOSTILE[1]), index: 0 },
    date: { value: '2021-08-23', granularity: 'day', basis: '=basis' }, date_precision: 'day', date_basis: '-b',
    location: { entity: 'place:x', name: '=Moscow', basis: 'sentence' }, mode: null,
    source: [{ entity: 'person:x', name: '@Putin', type: 'PERSON', basis: 'sentence' }], recipient: [], participants: [], chair: [], invited: [],
    status: 'reported', confidence: 0.9, main: true, basis: [],
  };
  return {
    id: '=doc', source: '+source', encoding: 'utf-8', language: 'ar', published: null, published_basis: null,
    text_length: text.length, sentences: 1,
    entities: [{
      id: '-entity', type: 'PERSON', name: '=HYPERLINK("http://x.test")', name_ar: '+name', linked: false, kind: '@kind',
      mentions: HOSTILE.map((h) => ({ ...at(h), sentence: 0, method: 'exact' as const, confidence: 1, role: '=role' })),
    }],
    dates: [{ ...at(HOSTILE[3]), sentence: 0, value: null, granularity: 'day', resolved: false, calendar: 'gregorian', rule: '=rule' }],
    events: [event],
    warnings: ['-warning'],
  };
}

async function csv(kind: RecordKind, csvSafe: boolean): Promise<string> {
  let out = '';
  const sink: Sink = { write: async (c) => { out += c; }, commit: async () => undefined, abort: () => undefined };
  const writer = createWriter(sink, { format: 'csv', records: kind, bom: false, csvSafe });
  await writer.write(hostileRecord());
  await writer.end();
  return out;
}

/** Minimal RFC 4180 reader: rows of cells. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const DANGEROUS = /^[=+\-@\t\r]/;

describe('CSV formula injection guard', () => {
  it('the hostile record is itself a valid record', () => {
    expect(validateDocumentRecord(hostileRecord())).toEqual([]);
  });

  for (const kind of ['documents', 'entities', 'mentions', 'dates', 'events'] as const) {
    it(`--records ${kind}: no cell starts with = + - @ tab or CR by default; each such text cell gets a leading '`, async () => {
      const rows = parseCsv(await csv(kind, true)).slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const cell of rows.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(DANGEROUS);
      const raw = parseCsv(await csv(kind, false)).slice(1);
      const flatSafe = rows.flat(), flatRaw = raw.flat();
      expect(flatSafe).toHaveLength(flatRaw.length);
      let neutralised = 0;
      flatRaw.forEach((cell, i) => {
        if (DANGEROUS.test(cell)) { expect(flatSafe[i]).toBe(`'${cell}`); neutralised++; } else expect(flatSafe[i]).toBe(cell);
      });
      expect(neutralised, 'the fixture should exercise the guard').toBeGreaterThan(0);
    });
  }

  it('mention and sentence text keep the formula raw with csvSafe off (--no-csv-safe)', async () => {
    const mentions = parseCsv(await csv('mentions', false));
    const textCol = mentions[0].indexOf('text');
    expect(mentions.slice(1).map((r) => r[textCol])).toEqual(HOSTILE);
    const events = parseCsv(await csv('events', false));
    expect(events[1][events[0].indexOf('sentence')]).toBe(HOSTILE[1]);
    expect(events[1][events[0].indexOf('trigger')]).toBe(HOSTILE[0]);
  });

  it('numbers are never quoted (a negative offset would be a bug, not a formula)', async () => {
    const mentions = parseCsv(await csv('mentions', true));
    const start = mentions[0].indexOf('start');
    for (const r of mentions.slice(1)) expect(r[start]).toMatch(/^\d+$/);
  });

  it('through the CLI: ids and sources from NDJSON are neutralised by default and raw with --no-csv-safe', async () => {
    const stdin = `${JSON.stringify({ id: '=1+1', source: '@evil', text: 'عقد قادة منظمة معاهدة الأمن الجماعي قمة في دوشنبه اليوم لبحث الوضع في أفغانستان.' })}\n`;
    const safe = await runCli(['extract', '-', '-f', 'csv', '-q'], { stdin });
    expect(safe.code, brief(safe.stderr)).toBe(0);
    const s = parseCsv(safe.stdout);
    expect(s[1][s[0].indexOf('id')]).toBe("'=1+1");
    expect(s[1][s[0].indexOf('source')]).toBe("'@evil");
    const raw = await runCli(['extract', '-', '-f', 'csv', '-q', '--no-csv-safe'], { stdin });
    expect(raw.code, brief(raw.stderr)).toBe(0);
    const r = parseCsv(raw.stdout);
    expect(r[1][r[0].indexOf('id')]).toBe('=1+1');
    expect(r[1][r[0].indexOf('source')]).toBe('@evil');
  });
});
