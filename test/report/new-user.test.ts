// Report and summary findings of a new user's trial (issue 15): one row per country, the real
// range of event dates, aligned tables, the actor filter in Arabic, readable network labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryStats, dateRange } from '../../src/report/aggregate.js';
import { buildReportModel } from '../../src/report/html/model.js';
import { renderSummary } from '../../src/report/summary.js';
import type { DocumentRecord, EntityRecord, EventRecord } from '../../src/types.js';
import { generateCorpus } from './make-records.js';

const SEEDS: DocumentRecord[] = readFileSync(join(__dirname, '..', '..', 'fixtures', 'seeds.expected.ndjson'), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as DocumentRecord);

const place = (id: string, name: string, extra: Partial<EntityRecord>): EntityRecord => ({
  id, type: 'PLACE', name, name_ar: '', linked: true, mentions: [{ text: name, start: 0, end: 1, sentence: 0, method: 'exact', confidence: 1 }], ...extra,
} as EntityRecord);
const doc = (id: string, entities: EntityRecord[], events: Partial<EventRecord>[] = [], dates: DocumentRecord['dates'] = []): DocumentRecord => ({
  id, source: id, encoding: 'utf-8', language: 'ar', published: null, published_basis: null, text_length: 1, sentences: 1,
  entities, dates, events: events as EventRecord[], warnings: [],
});

describe('countries', () => {
  it('a city (alpha-2 country code) counts towards its country (alpha-3), one row per country', () => {
    const docs = [doc('a', [
      place('place:tajikistan', 'Tajikistan', { kind: 'country', country: 'TJ', iso3: 'TJK' }),
      place('place:dushanbe', 'Dushanbe', { kind: 'capital', country: 'TJ' }),
    ], [{ type: 'CONSULT', location: { entity: 'place:dushanbe', name: 'Dushanbe', country: 'TJ' } } as Partial<EventRecord>])];
    expect(countryStats(docs).map((c) => [c.key, c.name, c.mentions, c.places, c.events])).toEqual([['TJK', 'Tajikistan', 2, 1, 1]]);
  });
  it('on the seeds, no country appears under two codes', () => {
    const keys = countryStats(SEEDS).map((c) => c.key);
    expect(keys.filter((k) => k.length === 2)).toEqual([]);
  });
});

describe('date range', () => {
  it('spans the dated events at their own precision; background dates in the text do not stretch it', () => {
    const ev = (value: string): Partial<EventRecord> => ({ type: 'CONSULT', date: { value, granularity: 'day', text: value, basis: 'sentence' } } as Partial<EventRecord>);
    const background = [{ text: '1992', start: 0, end: 4, sentence: 0, value: '1992', granularity: 'year', resolved: true, calendar: 'gregorian', rule: 'year' }] as DocumentRecord['dates'];
    const docs = [doc('a', [], [ev('2021-08-23'), ev('2021-10')], background), doc('b', [], [ev('2022-01-06')])];
    expect(dateRange(docs)).toEqual({ start: '2021-08-23', end: '2022-01-06', fromEvents: 3 });
    expect(dateRange([doc('c', [], [ev('2021'), ev('2025-01-29')])])).toEqual({ start: '2021', end: '2025-01-29', fromEvents: 2 });
    expect(renderSummary(docs, null, { color: false })).toContain('Date range: 2021-08-23 to 2022-01-06 (3 dated events)\n');
  });
});

describe('summary tables', () => {
  it('keep the counts in one column, also for long organisation names', () => {
    const out = renderSummary(SEEDS, null, { color: false });
    for (const title of ['people', 'places', 'organisations']) {
      const block = out.split(`Top ${title} (mentions / documents)\n`)[1].split('\n\n')[0].split('\n').filter((l) => / \/ \d+/.test(l));
      const columns = new Set(block.map((l) => l.replace(/ \[unlinked\]$/, '').lastIndexOf(' / ')));
      expect(columns.size, `${title}:\n${block.join('\n')}`).toBe(1);
    }
  });
});

describe('HTML report', () => {
  it('lets the actor filter find Arabic names and spellings (بوتين), not only English ones', () => {
    const m = buildReportModel(SEEDS);
    const putin = m.events.flatMap((e) => e.actors).find((a) => a.name === 'Vladimir Putin')!;
    expect(putin.ar).toContain('فلاديمير بوتين');
    expect(putin.ar.some((s) => s.includes('بوتين'))).toBe(true);
  });
  it('labels only the busiest actors of the network (dense clusters stay readable)', () => {
    const m = buildReportModel(generateCorpus({ count: 400, seed: 3 }));
    expect(m.network.nodes.length).toBeGreaterThan(20);
    expect(m.network.nodes.filter((n) => n.labelled).length).toBe(20);
    expect(m.network.nodes.slice(0, 20).every((n) => n.labelled)).toBe(true);
  });
});
