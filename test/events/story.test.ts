// Cross-article clustering and the flat CSV row.
import { describe, expect, it } from 'vitest';
import { dedupeEvents } from '../../src/events/dedupe.js';
import { EVENT_COLUMNS, flattenEvent } from '../../src/events/flatten.js';
import type { DocumentRecord, EventRecord } from '../../src/types.js';
import { names, run, type Fixture } from './helpers.js';

const SUMMIT_A = 'عقدت قمة منظمة معاهدة الأمن الجماعي اليوم في مدينة دوشنبه بمشاركة الرئيس الروسي فلاديمير بوتين.';
const SUMMIT_B = 'وشارك الرئيس الروسي فلاديمير بوتين في قمة منظمة معاهدة الأمن الجماعي التي انعقدت في دوشنبه.';
const fx = (docId: string, published: string): Fixture => ({
  docId, published,
  entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Dushanbe: ['دوشنبه'], Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }] },
});
const docOf = (id: string, events: EventRecord[]): DocumentRecord => ({
  id, source: id, encoding: 'utf-8', language: 'ar', published: null, published_basis: null, text_length: 0, sentences: 1, entities: [], dates: [], events, warnings: [],
});

describe('dedupeEvents', () => {
  const build = (): DocumentRecord[] => {
    const a = run(SUMMIT_A, { ...fx('a', '2021-09-16'), dates: [['اليوم', '2021-09-16', 'day', { relative: true }]] }).events;
    const b = run(SUMMIT_B, fx('b', '2021-09-16')).events;
    const c = run('وقعت روسيا وبيلاروسيا على اتفاقية للتعاون العسكري.', { docId: 'c', published: '2021-09-16', entities: { Russia: ['روسيا'], Belarus: ['بيلاروسيا'] } }).events;
    return [docOf('a', a), docOf('b', b), docOf('c', c)];
  };

  it('clusters two articles reporting one summit, without dropping anything', () => {
    const docs = build();
    dedupeEvents(docs);
    const [a, b, c] = docs.map((d) => d.events);
    expect([a.length, b.length, c.length]).toEqual([1, 1, 1]);
    expect(a[0].cluster).toBe(b[0].cluster);
    expect(a[0].cluster).toMatch(/^c[0-9a-f]{12}$/);
    expect([a[0].num_mentions, a[0].num_articles, b[0].num_mentions, b[0].num_articles]).toEqual([2, 2, 2, 2]);
    expect([a[0].representative, b[0].representative].filter(Boolean)).toHaveLength(1);
    expect(c[0].cluster).not.toBe(a[0].cluster);
    expect([c[0].num_mentions, c[0].num_articles, c[0].representative]).toEqual([1, 1, true]);
  });

  it('is deterministic whatever the order of the documents', () => {
    const x = build();
    const y = build().reverse();
    dedupeEvents(x);
    dedupeEvents(y);
    const view = (docs: DocumentRecord[]) => Object.fromEntries(docs.flatMap((d) => d.events.map((e) => [`${d.id}/${e.id}`, [e.cluster, e.num_mentions, e.num_articles, e.representative]])));
    expect(view(y)).toEqual(view(x));
  });

  it('does not cluster incompatible dates or places', () => {
    const docs = build();
    const b = docs[1].events[0];
    b.date = { value: '2021-10-28', granularity: 'day', basis: 'sentence' };
    dedupeEvents(docs);
    expect(docs[0].events[0].cluster).not.toBe(b.cluster);
    const d2 = build();
    d2[0].events[0].date = { value: '2021-09', granularity: 'month', basis: 'sentence' };
    dedupeEvents(d2);
    expect(d2[0].events[0].cluster).toBe(d2[1].events[0].cluster);
  });
});

describe('flattenEvent', () => {
  it('one row with every column, multi-valued cells joined by "; "', () => {
    const { events } = run(SUMMIT_A, { ...fx('a', '2021-09-16'), dates: [['اليوم', '2021-09-16', 'day', { relative: true }]] });
    const docs = [docOf('a', events)];
    dedupeEvents(docs);
    const row = flattenEvent(events[0]);
    expect(Object.keys(row)).toEqual(EVENT_COLUMNS);
    expect(EVENT_COLUMNS).toHaveLength(30);
    expect(row).toMatchObject({
      doc: 'a', date: '2021-09-16', date_precision: 'day', date_basis: 'relative', type: 'CONSULT', quad_class: 'verbal cooperation',
      subtype: 'summit', status: 'reported', main: true, location: 'Dushanbe', country_code: 'TJK', mode: 'in person',
      source: 'Collective Security Treaty Organization', recipient: '', participants: 'Vladimir Putin', chair: '', invited: '',
      trigger: 'قمة', sentence_index: 0, sentence_start: 0, sentence_end: SUMMIT_A.length, rule: 'consult.summit+consult.hold',
      num_mentions: 1, num_articles: 1,
    });
    expect(row.trigger_start).toBe(SUMMIT_A.indexOf('قمة'));
    const two = flattenEvent({ ...events[0], participants: [...events[0].participants, { ...events[0].source[0] }] });
    expect(two.participants).toBe('Vladimir Putin; Collective Security Treaty Organization');
  });
});
