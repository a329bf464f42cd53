// Byte-level decoding: BOMs, strict UTF-8, UTF-16 without BOM, Windows-1256 fallback, binary detection.

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: true });
const cp1256 = new TextDecoder('windows-1256');

/** Share of zero bytes at even and odd positions in the first 4 KiB. */
function zeroProfile(bytes: Uint8Array): { even: number; odd: number; any: boolean } {
  const n = Math.min(bytes.length, 4096);
  let even = 0, odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i & 1 ? odd++ : even++);
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half, any: even + odd > 0 };
}

/** Control characters other than tab, line feed, carriage return and form feed. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    try { text = utf8.decode(rest); } catch { return { ok: false, reason: 'invalid UTF-8 after a UTF-8 byte order mark' }; }
    encoding = 'utf-8-bom';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = utf16le.decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = utf16be.decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    const z = zeroProfile(bytes);
    if (z.any) {
      // UTF-16 without a BOM: text in the BMP leaves one byte of each pair mostly zero for Latin,
      // and for Arabic (U+06xx) the high byte is 0x06, so look for one side nearly free of zeros.
      if (z.odd > 0.3 && z.even < 0.05) { text = utf16le.decode(bytes); encoding = 'utf-16le'; }
      else if (z.even > 0.3 && z.odd < 0.05) { text = utf16be.decode(bytes); encoding = 'utf-16be'; }
      else return { ok: false, reason: 'binary file (contains NUL bytes)' };
    } else {
      try {
        text = utf8.decode(bytes);
        encoding = 'utf-8';
      } catch {
        text = cp1256.decode(bytes);
        encoding = 'windows-1256';
      }
    }
  }
  if (controlShare(text) > 0.1) return { ok: false, reason: `binary file (control characters after ${encoding} decoding)` };
  if (text.trim().length === 0) return { ok: false, reason: bytes.length <= 3 ? 'empty file (byte order mark only)' : 'empty file (only white space)' };
  return { ok: true, text, encoding };
}
