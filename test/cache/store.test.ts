// The cache's keys, entries and fingerprint, without the CLI.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeFingerprint, type Fingerprint } from '../../src/cache/fingerprint.js';
import { pruneCache, scanCache } from '../../src/cache/scan.js';
import { openCache } from '../../src/cache/store.js';
import type { InputDocument } from '../../src/types.js';
import type { PooledResult } from '../../src/workers/pool.js';

const dir = mkdtempSync(join(tmpdir(), 'csto-cache-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FP: Fingerprint = computeFingerprint({ gazetteers: [], lexicons: [], refDate: null, allLanguages: false });
const doc: InputDocument = { id: 'a', source: 'x/a.txt', text: 'عقدت جلسة', encoding: 'utf-8', published: null, format: 'text' };
const json = '{"id":"a","language":"ar","entities":[{"mentions":[{},{}]}],"dates":[],"events":[{}]}';
const record: PooledResult = { ok: true, serialized: new TextEncoder().encode(json), summary: { language: 'ar', counts: { entities: 1, mentions: 2, dates: 0, events: 1 } } };
const entryFiles = (root: string): string[] => readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name !== 'fingerprint.json').map((e) => join(e.parentPath, e.name));

describe('cache keys', () => {
  const cache = openCache(join(dir, 'keys'), FP);
  it('change with every input a record is made from, and only with those', () => {
    const k = cache.keyOf(doc);
    expect(cache.keyOf({ ...doc })).toBe(k);
    for (const change of [{ id: 'a~2' }, { source: 'y/a.txt' }, { text: 'عقدت جلسة.' }, { published: '2021-08-23' }, { format: 'html' as const }, { encoding: 'windows-1256' }]) {
      expect(cache.keyOf({ ...doc, ...change }), JSON.stringify(change)).not.toBe(k);
    }
    const other = openCache(join(dir, 'keys'), computeFingerprint({ gazetteers: [], lexicons: [], refDate: '2020-01-01', allLanguages: false }));
    expect(other.keyOf(doc)).not.toBe(k);
  });
});

describe('cache entries', () => {
  it('give back what was stored, as bytes or as a record; language skips too; failures are not stored', async () => {
    const cache = openCache(join(dir, 'entries'), FP);
    const k = cache.keyOf(doc);
    expect(cache.get(k, true)).toBeNull();
    await cache.put(k, record);
    const hit = cache.get(k, true) as { serialized: Uint8Array };
    expect(new TextDecoder().decode(hit.serialized)).toBe(json);
    expect(cache.get(k, false)).toEqual({ ok: true, record: JSON.parse(json) });
    const skipKey = cache.keyOf({ ...doc, id: 'b' });
    await cache.put(skipKey, { ok: false, status: 'skipped', reason: 'language is en, not Arabic', language: 'en' });
    expect(cache.get(skipKey, true)).toEqual({ ok: false, status: 'skipped', reason: 'language is en, not Arabic', language: 'en' });
    const failKey = cache.keyOf({ ...doc, id: 'c' });
    await cache.put(failKey, { ok: false, status: 'failed', reason: 'worker crashed' });
    expect(cache.get(failKey, true)).toBeNull();
    expect(cache.stats).toMatchObject({ hits: 3, stored: 2 });
  });

  it('are not trusted when damaged or under another key', async () => {
    const cache = openCache(join(dir, 'damaged'), FP);
    const keys = ['d1', 'd2', 'd3', 'd4'].map((id) => cache.keyOf({ ...doc, id }));
    for (const k of keys) await cache.put(k, record);
    const path = (k: string): string => join(dir, 'damaged', FP.id.slice(0, 32), k.slice(0, 2), k.slice(2));
    writeFileSync(path(keys[0]), readFileSync(path(keys[0])).subarray(0, 20));
    writeFileSync(path(keys[1]), readFileSync(path(keys[2])));
    writeFileSync(path(keys[2]), 'not an entry');
    writeFileSync(path(keys[3]), Buffer.concat([readFileSync(path(keys[3])), Buffer.from('x')]));
    for (const k of keys) expect(cache.get(k, true)).toBeNull();
    expect(cache.stats.rejected).toBe(4);
  });

  it('survive concurrent writers of the same keys: one whole entry each, no temporary files', async () => {
    const a = openCache(join(dir, 'concurrent'), FP);
    const b = openCache(join(dir, 'concurrent'), FP);
    const keys = Array.from({ length: 20 }, (_, i) => a.keyOf({ ...doc, id: `k${i}` }));
    await Promise.all(keys.flatMap((k) => [a.put(k, record), b.put(k, record)]));
    for (const k of keys) expect(b.get(k, true)).not.toBeNull();
    expect(entryFiles(join(dir, 'concurrent', FP.id.slice(0, 32)))).toHaveLength(20);
  });
});

describe('fingerprint', () => {
  it('follows a user file by its bytes, not its path', () => {
    const g = join(dir, 'g.json');
    const h = join(dir, 'h.json');
    writeFileSync(g, '{"entries":[]}');
    writeFileSync(h, '{"entries":[]}');
    const fp = (files: string[]): string => computeFingerprint({ gazetteers: files, lexicons: [], refDate: null, allLanguages: false }).id;
    expect(fp([g])).toBe(fp([h]));
    expect(fp([g])).not.toBe(FP.id);
    writeFileSync(h, '{"entries": []}');
    expect(fp([h])).not.toBe(fp([g]));
    expect(computeFingerprint({ gazetteers: [], lexicons: [g], refDate: null, allLanguages: false }).id).not.toBe(fp([g]));
    expect(computeFingerprint({ gazetteers: [], lexicons: [], refDate: null, allLanguages: true }).id).not.toBe(FP.id);
  });
});

describe('prune', () => {
  it('removes entries and generations unused for the given days, and stale temporary files', async () => {
    const root = join(dir, 'prune');
    const cache = openCache(root, FP);
    const [fresh, stale] = [cache.keyOf({ ...doc, id: 'fresh' }), cache.keyOf({ ...doc, id: 'stale' })];
    await cache.put(fresh, record);
    await cache.put(stale, record);
    const old = new Date(Date.now() - 40 * 86400_000);
    const gen = join(root, FP.id.slice(0, 32));
    utimesSync(join(gen, stale.slice(0, 2), stale.slice(2)), old, old);
    const tmp = join(gen, fresh.slice(0, 2), `${fresh.slice(2)}.1.0.tmp`);
    writeFileSync(tmp, 'partial');
    utimesSync(tmp, old, old);
    const oldGen = openCache(root, computeFingerprint({ gazetteers: [], lexicons: [], refDate: '1999-01-01', allLanguages: false }));
    await oldGen.put(fresh, record);
    const oldRoot = scanCache(root).generations.find((g) => g.id !== FP.id.slice(0, 32))!;
    utimesSync(join(root, oldRoot.id, 'fingerprint.json'), old, old);
    const result = pruneCache(root, { olderThanDays: 30, keepGenerations: null });
    expect(result).toMatchObject({ generations_removed: 1, entries_removed: 2 });
    const left = scanCache(root);
    expect(left.generations.map((g) => [g.id, g.entries, g.temporary])).toEqual([[FP.id.slice(0, 32), 1, 0]]);
    expect(cache.get(fresh, true)).not.toBeNull();
  });
});
