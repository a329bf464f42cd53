// Turns the command line's paths into a deterministic stream of documents and skips.
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { InputDocument } from '../types.js';
import { decode } from './decode.js';
import { ndjsonLines } from './ndjson.js';

export interface Skip {
  source: string;
  id?: string;
  reason: string;
  /** 'skipped' for inputs the tool declines, 'failed' for inputs it could not read. */
  status: 'skipped' | 'failed';
}

export type InputItem = { kind: 'doc'; doc: InputDocument } | { kind: 'skip'; skip: Skip };

export interface InputOptions {
  /** Documents larger than this many bytes are skipped. */
  maxBytes: number;
  /** How to read stdin and files whose extension does not say: auto looks at the first character. */
  inputFormat: 'auto' | 'text' | 'ndjson';
  stdin?: Readable;
  /** Absolute paths that are not inputs even inside a given folder (this run's own files). */
  ignore?: (path: string) => boolean;
}

const NDJSON_EXT = new Set(['.ndjson', '.jsonl']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** A path to open (a Buffer when its bytes are not valid UTF-8) and its name as shown to people. */
interface Found { file: string | Buffer; source: string }

const SLASH = Buffer.from(sep);
/** A folder entry's path: a string unless the name's bytes are not UTF-8 (then opened by its bytes). */
function childPath(dir: Found, name: Buffer): Found {
  const text = name.toString('utf8');
  const source = join(dir.source, text);
  if (typeof dir.file === 'string' && Buffer.from(text).equals(name)) return { file: source, source };
  const parent = typeof dir.file === 'string' ? Buffer.from(dir.file) : dir.file;
  return { file: Buffer.concat([parent, SLASH, name]), source };
}

/** Lists files under the given paths: folders recursively, names sorted (by bytes), symlink loops reported. */
async function* walk(at: Found, seen: Set<string>, ignore: (path: string) => boolean): AsyncGenerator<{ found: Found } | { skip: Skip }> {
  const path = at.source;
  let info;
  try {
    info = await stat(at.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    let reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (err as Error).message})`;
    if (code === 'ELOOP') reason = 'symbolic link loop';
    else if (code === 'ENAMETOOLONG') reason = 'file name too long';
    else if (code === 'ENOENT' && (await lstat(at.file).catch(() => null))?.isSymbolicLink()) reason = 'broken symbolic link';
    yield { skip: { source: path, reason, status: 'failed' } };
    return;
  }
  if (info.isDirectory()) {
    let real: string;
    try { real = await realpath(at.file); } catch { real = path; }
    if (seen.has(real)) {
      yield { skip: { source: path, reason: 'symbolic link loop (folder already visited)', status: 'skipped' } };
      return;
    }
    seen.add(real);
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(at.file, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      yield { skip: { source: path, reason: `cannot list folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`, status: 'failed' } };
      return;
    }
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      const child = childPath(at, entry.name);
      // this run's own output, report and temporary files are not inputs
      if (ignore(resolve(child.source))) continue;
      if (entry.name[0] === 0x2e) {
        yield { skip: { source: child.source, reason: 'hidden file or folder', status: 'skipped' } };
        continue;
      }
      // a regular file (not a link) needs no stat of its own; folders and links go through walk
      if (entry.isFile()) yield { found: child };
      else yield* walk(child, seen, ignore);
    }
    seen.delete(real);
  } else if (info.isFile()) {
    yield { found: at };
  } else {
    yield { skip: { source: path, reason: 'not a regular file', status: 'skipped' } };
  }
}

const idOf = (file: string): string => basename(file, extname(file));

/** Parses one NDJSON line into a document or a skip with a reason. */
export function parseNdjsonLine(line: string, source: string, lineNo: number): InputItem | null {
  if (line.trim() === '') return null;
  const where = `${source}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { kind: 'skip', skip: { source: where, reason: `invalid JSON (${(err as Error).message})`, status: 'failed' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'skip', skip: { source: where, reason: 'NDJSON line is not an object', status: 'failed' } };
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return { kind: 'skip', skip: { source: where, reason: 'NDJSON line has no "text" string', status: 'failed' } };
  if (o.id !== undefined && typeof o.id !== 'string' && typeof o.id !== 'number') {
    return { kind: 'skip', skip: { source: where, reason: '"id" must be a string or a number', status: 'failed' } };
  }
  let published: string | null = null;
  if (o.published !== undefined && o.published !== null) {
    if (typeof o.published !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(o.published)) {
      return { kind: 'skip', skip: { source: where, reason: '"published" must be an ISO date (YYYY-MM-DD)', status: 'failed' } };
    }
    if (!isCalendarDate(o.published.slice(0, 10))) {
      return { kind: 'skip', skip: { source: where, reason: `"published" is not a date that exists (${o.published.slice(0, 10)})`, status: 'failed' } };
    }
    published = o.published.slice(0, 10);
  }
  if (o.text.trim() === '') return { kind: 'skip', skip: { source: where, id: o.id === undefined ? undefined : String(o.id), reason: 'empty text', status: 'skipped' } };
  const isHtml = o.format === 'html' || /^\s*<(?:!doctype|html|body|div|p|article)\b/i.test(o.text);
  return {
    kind: 'doc',
    doc: {
      id: o.id === undefined ? `${idOf(source)}-${lineNo}` : String(o.id),
      source: typeof o.source === 'string' ? o.source : where,
      text: o.text,
      encoding: 'utf-8',
      published,
      format: isHtml ? 'html' : 'text',
    },
  };
}

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** NDJSON items of a stream; a line over maxBytes is skipped (and never held in memory whole). */
async function* readNdjson(stream: AsyncIterable<Buffer> | Readable, source: string, maxBytes: number, first?: Buffer): AsyncGenerator<InputItem> {
  for await (const line of ndjsonLines(stream, maxBytes, first)) {
    if ('tooLong' in line) {
      yield { kind: 'skip', skip: { source: `${source}:${line.lineNo}`, reason: `line larger than --max-bytes (${line.tooLong} > ${maxBytes} bytes)`, status: 'skipped' } };
      continue;
    }
    const item = parseNdjsonLine(line.text, source, line.lineNo);
    if (item) yield item;
  }
}

function textDoc(bytes: Uint8Array, source: string, id: string, html: boolean): InputItem {
  const decoded = decode(bytes);
  if (!decoded.ok) return { kind: 'skip', skip: { source, id, reason: decoded.reason, status: 'skipped' } };
  const doc: InputDocument = { id, source, text: decoded.text, encoding: decoded.encoding, format: html ? 'html' : 'text' };
  if (decoded.warnings) doc.warnings = decoded.warnings;
  return { kind: 'doc', doc };
}

/** Every input as a document or a skip, in a deterministic order; ids made unique. */
export async function* readInputs(paths: string[], options: InputOptions): AsyncGenerator<InputItem> {
  // every id given out, so that a made-up "a~2" never meets a literal "a~2" from the input
  const taken = new Set<string>();
  const repeats = new Map<string, number>();
  const unique = (item: InputItem): InputItem => {
    if (item.kind !== 'doc') return item;
    const id = item.doc.id;
    if (!taken.has(id)) { taken.add(id); return item; }
    let n = repeats.get(id) ?? 1;
    while (taken.has(`${id}~${++n}`));
    repeats.set(id, n);
    taken.add(`${id}~${n}`);
    return { kind: 'doc', doc: { ...item.doc, id: `${id}~${n}` } };
  };
  const ignore = options.ignore ?? (() => false);
  for (const path of paths) {
    if (path === '-') {
      for await (const item of readStdin(options)) yield unique(item);
      continue;
    }
    for await (const entry of walk({ file: path, source: path }, new Set(), ignore)) {
      if ('skip' in entry) { yield { kind: 'skip', skip: entry.skip }; continue; }
      for await (const item of readFileItems(entry.found, options)) yield unique(item);
    }
  }
}

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Stdin is NDJSON (--input-format ndjson, or in auto mode when its first character is "{"),
 * read line by line with the limit on each line, or one text document within --max-bytes.
 */
async function* readStdin(options: InputOptions): AsyncGenerator<InputItem> {
  const chunks = (options.stdin ?? process.stdin)[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => chunks };
  const head: Buffer[] = [];
  let size = 0;
  let ndjson = options.inputFormat === 'ndjson';
  if (options.inputFormat === 'auto') {
    // look at the first character that is not white space (after a UTF-8 BOM)
    for (let decided = false; !decided;) {
      const next = await chunks.next();
      if (next.done) break;
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      head.push(chunk);
      size += chunk.length;
      const all = head.length === 1 ? chunk : Buffer.concat(head);
      const from = all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf ? 3 : 0;
      for (let i = from; i < all.length && !decided; i++) {
        if (isSpace(all[i])) continue;
        decided = true;
        ndjson = all[i] === 0x7b; // '{'
      }
    }
  }
  if (ndjson) {
    yield* readNdjson(rest, 'stdin', options.maxBytes, head.length ? Buffer.concat(head) : undefined);
    return;
  }
  for await (const chunk of rest) {
    size += chunk.length;
    if (size > options.maxBytes) {
      // drain what is left, so that a producer does not fail on a closed pipe
      for await (const _ of rest) { /* discard */ }
      yield { kind: 'skip', skip: { source: 'stdin', reason: `larger than --max-bytes (${options.maxBytes} bytes)`, status: 'skipped' } };
      return;
    }
    head.push(chunk);
  }
  if (size > options.maxBytes) {
    yield { kind: 'skip', skip: { source: 'stdin', reason: `larger than --max-bytes (${options.maxBytes} bytes)`, status: 'skipped' } };
    return;
  }
  yield textDoc(Buffer.concat(head), 'stdin', 'stdin', false);
}

async function* readFileItems(at: Found, options: InputOptions): AsyncGenerator<InputItem> {
  const file = at.source;
  const ext = extname(file).toLowerCase();
  try {
    if (NDJSON_EXT.has(ext) || (options.inputFormat === 'ndjson')) {
      yield* readNdjson(createReadStream(at.file), file, options.maxBytes);
      return;
    }
    const bytes = readSmallFile(at.file, options.maxBytes);
    if (typeof bytes === 'number') {
      yield { kind: 'skip', skip: { source: file, id: idOf(file), reason: `larger than --max-bytes (${bytes} > ${options.maxBytes} bytes)`, status: 'skipped' } };
      return;
    }
    yield textDoc(bytes, file, idOf(file), HTML_EXT.has(ext));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield { kind: 'skip', skip: { source: file, id: idOf(file), reason: code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (err as Error).message})`, status: 'failed' } };
  }
}

/**
 * Reads a whole file with one open, one fstat and (usually) one read, synchronously: for
 * corpora of many small articles this is several times cheaper than fs/promises.readFile,
 * and the documents are needed one after the other anyway. Returns the size instead when
 * the file is larger than maxBytes.
 */
function readSmallFile(file: string | Buffer, maxBytes: number): Buffer | number {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return size;
    let buf = Buffer.allocUnsafe(Math.max(size, 1));
    let len = 0;
    for (;;) {
      if (len === buf.length) {
        // the file grew since fstat (or reports size 0, like /proc files): keep reading
        if (len >= maxBytes + 1) break;
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    if (len > maxBytes) return len;
    return buf.subarray(0, len);
  } finally {
    closeSync(fd);
  }
}
