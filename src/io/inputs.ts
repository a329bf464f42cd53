// Turns the command line's paths into a deterministic stream of documents and skips.
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { InputDocument } from '../types.js';
import { decode } from './decode.js';

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
}

const NDJSON_EXT = new Set(['.ndjson', '.jsonl']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** Lists files under the given paths: folders recursively, names sorted, symlink loops reported. */
async function* walk(path: string, seen: Set<string>): AsyncGenerator<{ file: string } | { skip: Skip }> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    let reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (err as Error).message})`;
    if (code === 'ELOOP') reason = 'symbolic link loop';
    else if (code === 'ENOENT' && (await lstat(path).catch(() => null))?.isSymbolicLink()) reason = 'broken symbolic link';
    yield { skip: { source: path, reason, status: 'failed' } };
    return;
  }
  if (info.isDirectory()) {
    let real: string;
    try { real = await realpath(path); } catch { real = path; }
    if (seen.has(real)) {
      yield { skip: { source: path, reason: 'symbolic link loop (folder already visited)', status: 'skipped' } };
      return;
    }
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (err) {
      yield { skip: { source: path, reason: `cannot list folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`, status: 'failed' } };
      return;
    }
    const names = entries.map((e) => e.name).sort();
    const regular = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
    for (const name of names) {
      const child = join(path, name);
      if (name.startsWith('.')) {
        yield { skip: { source: child, reason: 'hidden file or folder', status: 'skipped' } };
        continue;
      }
      // a regular file (not a link) needs no stat of its own; folders and links go through walk
      if (regular.has(name)) yield { file: child };
      else yield* walk(child, seen);
    }
    seen.delete(real);
  } else if (info.isFile()) {
    yield { file: path };
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

async function* readNdjson(stream: Readable, source: string): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const item = parseNdjsonLine(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, source, n);
    if (item) yield item;
  }
}

async function readAll(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function textDoc(bytes: Uint8Array, source: string, id: string, html: boolean): InputItem {
  const decoded = decode(bytes);
  if (!decoded.ok) return { kind: 'skip', skip: { source, id, reason: decoded.reason, status: 'skipped' } };
  return { kind: 'doc', doc: { id, source, text: decoded.text, encoding: decoded.encoding, format: html ? 'html' : 'text' } };
}

/** Every input as a document or a skip, in a deterministic order; ids made unique. */
export async function* readInputs(paths: string[], options: InputOptions): AsyncGenerator<InputItem> {
  const ids = new Map<string, number>();
  const unique = (item: InputItem): InputItem => {
    if (item.kind !== 'doc') return item;
    const n = (ids.get(item.doc.id) ?? 0) + 1;
    ids.set(item.doc.id, n);
    return n === 1 ? item : { kind: 'doc', doc: { ...item.doc, id: `${item.doc.id}~${n}` } };
  };
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options, unique);
      continue;
    }
    for await (const entry of walk(path, new Set())) {
      if ('skip' in entry) { yield { kind: 'skip', skip: entry.skip }; continue; }
      yield* readFileItems(entry.file, options, unique);
    }
  }
}

async function* readStdin(options: InputOptions, unique: (i: InputItem) => InputItem): AsyncGenerator<InputItem> {
  const stdin = options.stdin ?? process.stdin;
  if (options.inputFormat === 'ndjson') {
    for await (const item of readNdjson(stdin, 'stdin')) yield unique(item);
    return;
  }
  const bytes = await readAll(stdin, options.maxBytes);
  if (!bytes) { yield { kind: 'skip', skip: { source: 'stdin', reason: `larger than --max-bytes (${options.maxBytes} bytes)`, status: 'skipped' } }; return; }
  if (options.inputFormat === 'auto' && looksLikeNdjson(bytes)) {
    const text = bytes.toString('utf8');
    let n = 0;
    for (const line of text.split(/\r?\n/)) {
      n++;
      const item = parseNdjsonLine(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, 'stdin', n);
      if (item) yield unique(item);
    }
    return;
  }
  yield unique(textDoc(bytes, 'stdin', 'stdin', false));
}

function looksLikeNdjson(bytes: Uint8Array): boolean {
  for (let i = bytes[0] === 0xef ? 3 : 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
    return b === 0x7b; // '{'
  }
  return false;
}

async function* readFileItems(file: string, options: InputOptions, unique: (i: InputItem) => InputItem): AsyncGenerator<InputItem> {
  const ext = extname(file).toLowerCase();
  try {
    if (NDJSON_EXT.has(ext) || (options.inputFormat === 'ndjson')) {
      for await (const item of readNdjson(createReadStream(file), file)) {
        if (item.kind === 'doc' && Buffer.byteLength(item.doc.text) > options.maxBytes) {
          yield { kind: 'skip', skip: { source: item.doc.source, id: item.doc.id, reason: `larger than --max-bytes (${options.maxBytes} bytes)`, status: 'skipped' } };
        } else yield unique(item);
      }
      return;
    }
    const bytes = readSmallFile(file, options.maxBytes);
    if (typeof bytes === 'number') {
      yield { kind: 'skip', skip: { source: file, id: idOf(file), reason: `larger than --max-bytes (${bytes} > ${options.maxBytes} bytes)`, status: 'skipped' } };
      return;
    }
    yield unique(textDoc(bytes, file, idOf(file), HTML_EXT.has(ext)));
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
function readSmallFile(file: string, maxBytes: number): Buffer | number {
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
