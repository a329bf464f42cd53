import { describe, expect, it } from 'vitest';
import { decode } from '../../src/io/decode.js';

const arabic = 'منظمة معاهدة الأمن الجماعي';
// Windows-1256 encoder built from the decoder's table
const cp1256 = new TextDecoder('windows-1256');
const table = new Map<string, number>();
for (let b = 0; b < 256; b++) table.set(cp1256.decode(Uint8Array.of(b)), b);
const encode1256 = (s: string) => Uint8Array.from([...s].map((ch) => table.get(ch)!));
const utf16be = (s: string) => { const le = Buffer.from(s, 'utf16le'); return le.swap16(); };

describe('decoding', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decode(Buffer.from(arabic))).toEqual({ ok: true, text: arabic, encoding: 'utf-8' });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabic)]))).toEqual({ ok: true, text: arabic, encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 LE and BE with BOM, and without BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(arabic, 'utf16le')]))).toEqual({ ok: true, text: arabic, encoding: 'utf-16le' });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(arabic)]))).toEqual({ ok: true, text: arabic, encoding: 'utf-16be' });
    expect(decode(Buffer.from('Moscow and Minsk', 'utf16le'))).toEqual({ ok: true, text: 'Moscow and Minsk', encoding: 'utf-16le' });
  });
  it('falls back to Windows-1256 when the bytes are not UTF-8', () => {
    expect(decode(encode1256(arabic))).toEqual({ ok: true, text: arabic, encoding: 'windows-1256' });
  });
  it('reports empty, BOM-only and binary input', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decode(Uint8Array.of(0xef, 0xbb, 0xbf))).toEqual({ ok: false, reason: 'empty file (byte order mark only)' });
    expect(decode(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0)).ok).toBe(false);
  });
});

describe('UTF-8 with bad bytes', () => {
  const text = `${arabic} `.repeat(40);
  const withBad = (positions: number[]): Buffer => {
    const bytes = Buffer.from(text);
    const parts: Buffer[] = [];
    let from = 0;
    for (const p of positions) { parts.push(bytes.subarray(from, p), Buffer.from([0xff])); from = p; }
    parts.push(bytes.subarray(from));
    return Buffer.concat(parts);
  };

  it('a few invalid sequences: UTF-8 with U+FFFD in their place, a warning with their count and byte offsets', () => {
    const at = Buffer.from(text).indexOf(0x20, 100);
    const r = decode(withBad([at]));
    expect(r).toEqual({
      ok: true, encoding: 'utf-8', text: `${text.slice(0, Buffer.from(text).subarray(0, at).toString().length)}\ufffd${text.slice(Buffer.from(text).subarray(0, at).toString().length)}`,
      warnings: [`1 invalid UTF-8 byte sequence replaced by U+FFFD (at byte offset ${at})`],
    });
    // 12 bad bytes, each before a space: the offsets are in the damaged file (each one shifts the next)
    const spaces = [...Buffer.from(text).entries()].filter(([, b]) => b === 0x20).map(([i]) => i).slice(0, 12);
    const many = decode(withBad(spaces));
    const offsets = spaces.map((p, i) => p + i).slice(0, 10).join(', ');
    expect(many.ok && many.warnings).toEqual([`12 invalid UTF-8 byte sequences replaced by U+FFFD (at byte offsets ${offsets}, …)`]);
  });

  it('a truncated sequence at the end counts as one', () => {
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from('م').subarray(0, 1)]);
    const r = decode(bytes);
    expect(r.ok && r.encoding).toBe('utf-8');
    expect(r.ok && r.warnings).toEqual([`1 invalid UTF-8 byte sequence replaced by U+FFFD (at byte offset ${bytes.length - 1})`]);
  });

  it('Windows-1256 Arabic is still Windows-1256 (nearly every non-ASCII byte is invalid UTF-8)', () => {
    const r = decode(encode1256(text));
    expect(r).toEqual({ ok: true, text, encoding: 'windows-1256' });
  });
});
