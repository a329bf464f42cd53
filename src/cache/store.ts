// extract --cache DIR: each document's outcome stored under a key made of its bytes, its inputs
// and the run's fingerprint, so a re-run extracts only new or changed documents.
//
// Layout: DIR/<fingerprint>/fingerprint.json (what the entries were made with; its mtime is the
// generation's last use) and DIR/<fingerprint>/<key[0..2]>/<key[2..]>, one file per document.
// An entry is a JSON header line (key, payload length and checksum, the run report's figures)
// followed by the record's UTF-8 JSON. Entries are written to a temporary file and renamed into
// place, so concurrent runs and interrupted runs never leave a partial entry under a key; an
// entry that does not check out (truncated, edited, another key's) is a miss and is rewritten.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, futimesSync, mkdirSync, openSync, readSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as zlib from 'node:zlib';
import { summarizeRecord, type RecordSummary } from '../process.js';
import type { InputDocument } from '../types.js';
import type { PooledResult } from '../workers/pool.js';
import type { Fingerprint } from './fingerprint.js';

export const CACHEDIR_TAG = 'Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by csto-extract (extract --cache).\n';
const FORMAT = 1;
/** An entry read this long after its last use has its time stamp renewed, for `cache prune --older-than`. */
const TOUCH_AFTER_MS = 12 * 3600 * 1000;

interface Header {
  v: number;
  key: string;
  bytes: number;
  sum: string;
  summary?: RecordSummary;
  skip?: { reason: string; language: string | null };
}

// zlib.crc32 (Node ≥ 20.15) is ten times faster than a cryptographic hash; the checksum only
// has to catch damage, not forgery (whoever can write the cache can write a valid entry).
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
const checksum = (bytes: Uint8Array): string =>
  crc32 ? `crc32:${crc32(bytes).toString(16)}` : `sha1:${createHash('sha1').update(bytes).digest('hex')}`;

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries found but not trusted (damaged or not matching their key); they are rewritten. */
  rejected: number;
  stored: number;
  storeErrors: number;
  firstStoreError: string | null;
}

export interface RecordCache {
  readonly stats: CacheStats;
  /** The document's key: its bytes, its inputs and the fingerprint. */
  keyOf(doc: InputDocument): string;
  /** A stored outcome, shaped as the processor would give it (JSON bytes when `serialized`). */
  get(key: string, serialized: boolean): PooledResult | null;
  /** Stores an outcome; never rejects (a cache that cannot be written only counts storeErrors). Failures are not stored: they may be transient. */
  put(key: string, result: PooledResult): Promise<void>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function openCache(dir: string, fingerprint: Fingerprint): RecordCache {
  const root = join(dir, fingerprint.id.slice(0, 32));
  mkdirSync(root, { recursive: true });
  const tag = join(dir, 'CACHEDIR.TAG');
  if (!existsSync(tag)) writeAtomically(tag, CACHEDIR_TAG);
  const marker = join(root, 'fingerprint.json');
  if (!existsSync(marker)) writeAtomically(marker, `${JSON.stringify({ fingerprint: fingerprint.id, ...fingerprint.parts }, null, 2)}\n`);
  const now = new Date();
  utimesSync(marker, now, now);

  const stats: CacheStats = { hits: 0, misses: 0, rejected: 0, stored: 0, storeErrors: 0, firstStoreError: null };
  let tmpSeq = 0;
  const pathOf = (key: string): string => join(root, key.slice(0, 2), key.slice(2));

  const read = (key: string): Buffer | null => {
    let fd: number;
    try { fd = openSync(pathOf(key), 'r'); } catch { return null; }
    try {
      const info = fstatSync(fd);
      const buf = Buffer.allocUnsafe(info.size);
      let len = 0;
      while (len < buf.length) {
        const n = readSync(fd, buf, len, buf.length - len, null);
        if (n === 0) break;
        len += n;
      }
      if (Date.now() - info.mtimeMs > TOUCH_AFTER_MS) {
        try { futimesSync(fd, new Date(), new Date()); } catch { /* a read-only cache still serves */ }
      }
      return buf.subarray(0, len);
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  };

  const store = async (key: string, header: Header, payload: Uint8Array): Promise<void> => {
    const path = pathOf(key);
    const tmp = `${path}.${process.pid}.${tmpSeq++}.tmp`;
    try {
      // made again each time: a concurrent prune may have removed it
      await mkdir(dirname(path), { recursive: true });
      await writeFile(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
      await rename(tmp, path);
      stats.stored++;
    } catch (err) {
      stats.storeErrors++;
      stats.firstStoreError ??= (err as Error).message;
      await unlink(tmp).catch(() => undefined);
    }
  };

  return {
    stats,
    keyOf(doc) {
      const hash = createHash('sha256');
      hash.update(fingerprint.id);
      hash.update(JSON.stringify([doc.id, doc.source, doc.encoding, doc.published ?? null, doc.format ?? 'text', doc.text.length]));
      hash.update(doc.text);
      return hash.digest('hex');
    },
    get(key, serialized) {
      const result = parseEntry(read(key), key, serialized);
      if (result === undefined) stats.misses++;
      else if (result === null) { stats.misses++; stats.rejected++; }
      else stats.hits++;
      return result ?? null;
    },
    put(key, result) {
      let header: Header;
      let payload: Uint8Array;
      if (result.ok) {
        payload = 'serialized' in result ? result.serialized : encoder.encode(JSON.stringify(result.record));
        header = { v: FORMAT, key, bytes: payload.length, sum: checksum(payload), summary: 'serialized' in result ? result.summary : summarizeRecord(result.record) };
      } else if (result.status === 'skipped') {
        payload = new Uint8Array(0);
        header = { v: FORMAT, key, bytes: 0, sum: checksum(payload), skip: { reason: result.reason, language: result.language ?? null } };
      } else return Promise.resolve();
      return store(key, header, payload);
    },
  };
}

/** undefined: no entry; null: an entry that does not check out; else the outcome it holds. */
function parseEntry(buf: Buffer | null, key: string, serialized: boolean): PooledResult | null | undefined {
  if (!buf) return undefined;
  const nl = buf.indexOf(0x0a);
  if (nl < 0) return null;
  let header: Header;
  try { header = JSON.parse(buf.toString('utf8', 0, nl)) as Header; } catch { return null; }
  if (header?.v !== FORMAT || header.key !== key || buf.length - nl - 1 !== header.bytes) return null;
  const payload = buf.subarray(nl + 1);
  if (checksum(payload) !== header.sum) return null;
  if (header.skip) return { ok: false, status: 'skipped', reason: header.skip.reason, language: header.skip.language ?? undefined };
  if (!header.summary) return null;
  if (serialized) return { ok: true, serialized: payload, summary: header.summary };
  try {
    return { ok: true, record: JSON.parse(decoder.decode(payload)) };
  } catch {
    return null;
  }
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
