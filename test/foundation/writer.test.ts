// The JSON and NDJSON writers frame records the same whether they get objects (--jobs 1) or
// UTF-8 JSON bytes made by a worker thread (--jobs N): same records, same bytes.
import { describe, expect, it } from 'vitest';
import { createWriter, type OutputFormat } from '../../src/output/writer.js';
import type { Sink } from '../../src/output/sink.js';
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
