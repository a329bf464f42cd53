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
