// NDJSON read as a byte stream: lines split on LF (CRLF too), a BOM dropped, and --max-bytes
// applied to each line, whose bytes are not kept when it is over.
import { describe, expect, it } from 'vitest';
import { ndjsonLines, type NdjsonLine } from '../../src/io/ndjson.js';

async function lines(chunks: string[] | Buffer[], max = 100): Promise<NdjsonLine[]> {
  const out: NdjsonLine[] = [];
  for await (const l of ndjsonLines((async function* () { for (const c of chunks) yield Buffer.from(c); })(), max)) out.push(l);
  return out;
}

describe('ndjsonLines', () => {
  it('splits on LF and CRLF across chunk boundaries; a BOM on the first line is dropped', async () => {
    expect(await lines(['\ufeff{"a":1}\r', '\n{"b"', ':2}\n\n{"c":3}'])).toEqual([
      { lineNo: 1, text: '{"a":1}' }, { lineNo: 2, text: '{"b":2}' }, { lineNo: 3, text: '' }, { lineNo: 4, text: '{"c":3}' },
    ]);
  });

  it('a line over the limit is reported with its size, lines around it are kept', async () => {
    const long = 'x'.repeat(250);
    expect(await lines(['ok\n', long.slice(0, 120), long.slice(120), '\nfine'])).toEqual([
      { lineNo: 1, text: 'ok' }, { lineNo: 2, tooLong: 250 }, { lineNo: 3, text: 'fine' },
    ]);
  });

  it('the limit is on bytes, not on characters; a line at the limit is kept', async () => {
    expect(await lines(['م'.repeat(50)], 100)).toEqual([{ lineNo: 1, text: 'م'.repeat(50) }]);
    expect(await lines(['م'.repeat(51)], 100)).toEqual([{ lineNo: 1, tooLong: 102 }]);
  });
});
