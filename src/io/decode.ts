// Byte-level decoding: BOMs, strict UTF-8, UTF-16 without BOM, Windows-1256 fallback, binary detection.

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings?: string[] }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const cp1256 = new TextDecoder('windows-1256');

/**
 * Checks UTF-8 as the WHATWG decoder does (each maximal invalid subpart is one error):
 * the number of valid multi-byte sequences, and the byte offsets of the invalid ones.
 */
function utf8Errors(bytes: Uint8Array): { valid: number; bad: number[] } {
  let valid = 0;
  const bad: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need = 0, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) { need = 2; lo = 0xa0; }
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) need = 2;
    else if (b === 0xed) { need = 2; hi = 0x9f; }
    else if (b === 0xf0) { need = 3; lo = 0x90; }
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else if (b === 0xf4) { need = 3; hi = 0x8f; }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) break;
    }
    if (need && j > need) valid++;
    else bad.push(i);
    i += need && j > need ? need + 1 : j;
  }
  return { valid, bad };
}

/** UTF-8 with a few bad sequences (≤ 1 in 20 of the non-ASCII ones) is UTF-8 damaged, not another encoding. */
const MAX_BAD_SHARE = 0.05;
const OFFSETS_SHOWN = 10;

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
  let warnings: string[] | undefined;
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
        const { valid, bad } = utf8Errors(bytes);
        if (bad.length <= MAX_BAD_SHARE * (valid + bad.length)) {
          text = utf8Lenient.decode(bytes);
          encoding = 'utf-8';
          const shown = bad.slice(0, OFFSETS_SHOWN).join(', ') + (bad.length > OFFSETS_SHOWN ? ', …' : '');
          warnings = [`${bad.length} invalid UTF-8 byte sequence${bad.length === 1 ? '' : 's'} replaced by U+FFFD (at byte offset${bad.length === 1 ? '' : 's'} ${shown})`];
        } else {
          text = cp1256.decode(bytes);
          encoding = 'windows-1256';
        }
      }
    }
  }
  if (controlShare(text) > 0.1) return { ok: false, reason: `binary file (control characters after ${encoding} decoding)` };
  if (text.trim().length === 0) return { ok: false, reason: bytes.length <= 3 ? 'empty file (byte order mark only)' : 'empty file (only white space)' };
  return warnings ? { ok: true, text, encoding, warnings } : { ok: true, text, encoding };
}
