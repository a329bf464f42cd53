// The JSON and NDJSON writers frame records the same whether they get objects (--jobs 1) or
// UTF-8 JSON bytes made by a worker thread (--jobs N): same records, same bytes; batching keeps
// lines whole and reports write errors; the stdout sink does not pile up listeners.
import { describe, expect, it } from 'vitest';
import { createWriter, type OutputFormat } from '../../src/output/writer.js';
import { Writable } from 'node:stream';
import { stdoutSink, type Sink } from '../../src/output/sink.js';
import type { DocumentRecord } from '../../src/types.js';

const record = (id: string): DocumentRecord => ({
  id, source: `${id}.txt`, encoding: 'utf-8', language: 'ar', published: '2021-08-23', published_basis: 'dateline',
  text_length: 12, sentences: 1, entities: [], dates: [], events: [], warnings: ['مثال «عربي»'],
});

async function written(format: OutputFormat, feed: (w: ReturnType<typeof createWriter>) => Promise<void>): Promise<string> {
  const chunks: Buffer[] = [];
  const sink: Sink = { write: async (c) => { chunks.push(Buffer.from(c)); }, commit: async () => undefined, abort: () => undefined };
  const writer = createWriter(sink, { format, records: 'documents', bom: false, csvSafe: true });
  await feed(writer);
  await writer.end();
  return Buffer.concat(chunks).toString('utf8');
}

const bytesOf = (r: DocumentRecord): Uint8Array => new TextEncoder().encode(JSON.stringify(r));

describe('record writer', () => {
  for (const format of ['json', 'ndjson'] as const) {
    it(`${format}: serialized records give the same bytes as record objects`, async () => {
      const recs = [record('a'), record('b'), record('ج')];
      const fromObjects = await written(format, async (w) => { for (const r of recs) await w.write(r); });
      const fromBytes = await written(format, async (w) => { for (const r of recs) await w.writeSerialized(bytesOf(r)); });
      expect(fromBytes).toBe(fromObjects);
      const parsed = format === 'json' ? JSON.parse(fromObjects) : fromObjects.trim().split('\n').map((l) => JSON.parse(l));
      expect(parsed.map((r: DocumentRecord) => r.id)).toEqual(['a', 'b', 'ج']);
    });
  }

  it('json: no records is an empty array', async () => {
    expect(await written('json', async () => undefined)).toBe('[]\n');
  });

  it('csv: refuses JSON bytes, which carry no fields to put in columns', async () => {
    await expect(written('csv', (w) => w.writeSerialized(bytesOf(record('a'))))).rejects.toThrow(/CSV output needs record objects/);
  });
});

describe('batched writing', () => {
  /** A sink that records each write it gets, failing from the `failAt`-th write on. */
  const recording = (failAt = Infinity): Sink & { writes: Buffer[] } => {
    const writes: Buffer[] = [];
    return {
      writes,
      write: async (c) => {
        if (writes.length + 1 >= failAt) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        writes.push(Buffer.from(c));
      },
      commit: async () => undefined,
      abort: () => undefined,
    };
  };
  const big = (id: string): DocumentRecord => ({ ...record(id), warnings: ['ص'.repeat(9000)] });

  it('gathers records into chunks of about 64 KiB, each chunk ending at a whole NDJSON line', async () => {
    const sink = recording();
    const writer = createWriter(sink, { format: 'ndjson', records: 'documents', bom: false, csvSafe: true });
    const ids = Array.from({ length: 40 }, (_, i) => `r${i}`);
    // half as objects, half as worker bytes: both put the line break in the same write as the record
    for (const [i, id] of ids.entries()) await (i % 2 ? writer.writeSerialized(bytesOf(big(id))) : writer.write(big(id)));
    await writer.end();
    expect(sink.writes.length).toBeGreaterThan(2);
    expect(sink.writes.length).toBeLessThan(ids.length);
    for (const chunk of sink.writes) {
      expect(chunk.length).toBeLessThan(2 * 65536);
      expect(chunk[chunk.length - 1]).toBe(10);
    }
    const lines = Buffer.concat(sink.writes).toString('utf8').trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as DocumentRecord).id)).toEqual(ids);
  });

  it('a write that fails is reported by the next write or by end, and nothing more is written', async () => {
    const sink = recording(2);
    const writer = createWriter(sink, { format: 'ndjson', records: 'documents', bom: false, csvSafe: true });
    let failure: unknown = null;
    try {
      for (let i = 0; i < 40; i++) await writer.writeSerialized(bytesOf(big(`r${i}`)));
      await writer.end();
    } catch (err) { failure = err; }
    expect((failure as NodeJS.ErrnoException | null)?.code).toBe('ENOSPC');
    expect(sink.writes).toHaveLength(1);
  });

  it('a record counts once it is in the batch, before a stalled stream takes it: the count a signal\'s run report gives', () => {
    const sink: Sink = { write: () => new Promise<void>(() => undefined), commit: async () => undefined, abort: () => undefined, writeSync: () => undefined };
    const writer = createWriter(sink, { format: 'ndjson', records: 'documents', bom: false, csvSafe: true });
    // more than a chunk (64 KiB): the batch hands it to the stream, which never takes it
    void writer.writeSerialized(bytesOf({ ...record('a'), warnings: ['ص'.repeat(40000)] }));
    expect(writer.count).toBe(1);
    void writer.write(record('b'));
    expect(writer.count).toBe(2);
  });

  it('flushSync puts out at once what is batched, for a sink that can write synchronously', async () => {
    const sync: Buffer[] = [];
    const sink: Sink = { write: async () => undefined, commit: async () => undefined, abort: () => undefined, writeSync: (c) => { sync.push(Buffer.from(c)); } };
    const writer = createWriter(sink, { format: 'ndjson', records: 'documents', bom: false, csvSafe: true });
    await writer.write(record('a'));
    await writer.writeSerialized(bytesOf(record('b')));
    expect(writer.flushSync()).toBe(true);
    expect(Buffer.concat(sync).toString('utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as DocumentRecord).id)).toEqual(['a', 'b']);
    const noSync = createWriter({ write: async () => undefined, commit: async () => undefined, abort: () => undefined }, { format: 'ndjson', records: 'documents', bom: false, csvSafe: true });
    expect(noSync.flushSync()).toBe(false);
  });
});

describe('stdout sink', () => {
  it('adds no listener per write (worker threads pipe into the same stream: no MaxListenersExceededWarning)', async () => {
    const stream = new Writable({ write: (_c, _e, cb) => cb() });
    const sink = stdoutSink(stream, true);
    for (let i = 0; i < 50; i++) await sink.write(`line ${i}\n`);
    expect(stream.listenerCount('error')).toBe(1);
    expect(stream.listenerCount('drain')).toBe(0);
  });
});
