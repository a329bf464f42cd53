// NDJSON read as a stream, line by line, with --max-bytes applying to each line: one rule for
// files and stdin, and memory bounded by the longest line admitted, never by the input.
import type { Readable } from 'node:stream';

export type NdjsonLine =
  | { lineNo: number; text: string }
  /** A line longer than the limit: its bytes were dropped as they came. */
  | { lineNo: number; tooLong: number };

/** Splits a byte stream into lines (LF or CRLF; a UTF-8 BOM on the first line is dropped). */
export async function* ndjsonLines(stream: AsyncIterable<Buffer | string> | Readable, maxBytes: number, first?: Buffer): AsyncGenerator<NdjsonLine> {
  // a UTF-8 BOM and a CR before the LF are not counted against the limit
  const limit = maxBytes + 4;
  let parts: Buffer[] = [];
  let size = 0;
  let dropped = 0;
  let lineNo = 0;
  const end = (): NdjsonLine => {
    lineNo++;
    if (dropped) {
      const line: NdjsonLine = { lineNo, tooLong: dropped + size };
      dropped = 0; parts = []; size = 0;
      return line;
    }
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    parts = []; size = 0;
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes.length > maxBytes) return { lineNo, tooLong: bytes.length };
    return { lineNo, text: bytes.toString('utf8') };
  };
  const take = (piece: Buffer): void => {
    if (dropped) { dropped += piece.length; return; }
    size += piece.length;
    parts.push(piece);
    if (size > limit) { dropped = size; parts = []; size = 0; }
  };
  async function* chunks(): AsyncGenerator<Buffer> {
    if (first) yield first;
    for await (const c of stream) yield typeof c === 'string' ? Buffer.from(c) : c;
  }
  for await (const chunk of chunks()) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      take(chunk.subarray(from, nl));
      yield end();
      from = nl + 1;
    }
    if (from < chunk.length) take(chunk.subarray(from));
  }
  if (size || dropped) yield end();
}
