// `csto-extract summary`: a compact terminal overview of extracted records,
// and the reader for the JSON / NDJSON files the extractor writes.

import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { InputError } from '../errors.js';
import type { DocumentRecord } from '../types.js';
import { fileKind, wrongKindMessage } from './kind.js';
import {
  allEvents,
  arr,
  countBy,
  dateRange,
  entityStats,
  eventMonth,
  type EntityStat,
} from './aggregate.js';

export interface RunInfo {
  skipped?: { source: string; reason: string }[];
}

export interface SummaryOptions {
  color: boolean;
  /** How many entities to list per type (default 10). */
  top?: number;
  /** How many examples to list per warning kind (default 5). */
  examples?: number;
}

/** An input file that cannot be read as records; the message is one line (exit code 2). */
export class RecordsReadError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'RecordsReadError';
  }
}

function lineOfPosition(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Offset of the first syntax error in a JSON text, or -1 when it is valid.
 * (Node 20's JSON.parse messages do not always give a position.)
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  class Stop {
    constructor(readonly at: number) {}
  }
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (): never => {
    throw new Stop(i);
  };
  const lit = (w: string): void => {
    if (text.startsWith(w, i)) i += w.length;
    else fail();
  };
  const str = (): void => {
    i++; // opening quote
    while (i < n) {
      const ch = text.charCodeAt(i);
      if (ch === 34) {
        i++;
        return;
      }
      if (ch < 0x20) fail();
      if (ch === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail();
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail();
      } else i++;
    }
    fail();
  };
  const num = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        str();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '"') str();
    else if (ch === 't') lit('true');
    else if (ch === 'f') lit('false');
    else if (ch === 'n') lit('null');
    else num();
  };
  try {
    value();
    ws();
    return i < n ? i : -1;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}

function jsonErrorLine(text: string, err: unknown): string {
  const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  const at = jsonErrorOffset(text);
  return at >= 0 ? `line ${lineOfPosition(text, at)}: ${msg}` : msg;
}

function checkRecord(x: unknown, where: string): DocumentRecord {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) {
    throw new RecordsReadError(`${where}: expected a document record (a JSON object), got ${x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x}`);
  }
  const kind = fileKind(x);
  if (kind !== 'records') throw new RecordsReadError(`${where}: ${wrongKindMessage(kind, 'records')}`);
  const r = x as Record<string, unknown>;
  for (const k of ['entities', 'dates', 'events', 'warnings'] as const) {
    if (r[k] === undefined || r[k] === null) r[k] = [];
    else if (!Array.isArray(r[k])) throw new RecordsReadError(`${where}: field "${k}" is not an array`);
  }
  if (typeof r.id !== 'string') r.id = String(r.id ?? '');
  return r as unknown as DocumentRecord;
}

/** Parses the text of a JSON array or NDJSON records file. `path` is only used in messages. */
export function parseRecords(text: string, path = '<input>'): DocumentRecord[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const trimmed = text.trimStart();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new RecordsReadError(`${path}: not valid JSON: ${jsonErrorLine(text, err)}`);
    }
    if (!Array.isArray(data)) throw new RecordsReadError(`${path}: expected a JSON array of document records`);
    if (data.length && fileKind(data[0]) !== 'records') checkRecord(data[0], path);
    return data.map((r, i) => checkRecord(r, `${path}: record ${i + 1}`));
  }
  const lines = text.split('\n');
  const out: DocumentRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      // A single pretty-printed object is still one record.
      if (i === 0 && trimmed.startsWith('{')) {
        let whole: unknown;
        try {
          whole = JSON.parse(text);
        } catch {
          /* report the NDJSON error below */
        }
        if (whole !== undefined) return [checkRecord(whole, i === 0 && fileKind(whole) !== 'records' ? path : `${path}: record 1`)];
      }
      const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      throw new RecordsReadError(`${path}: line ${i + 1}: not valid JSON: ${msg}`);
    }
    out.push(checkRecord(data, out.length === 0 && fileKind(data) !== 'records' ? path : `${path}: line ${i + 1}`));
  }
  return out;
}

/** Reads a JSON array or NDJSON file of DocumentRecords. Throws RecordsReadError with a one-line message. */
export function readRecords(path: string): DocumentRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new RecordsReadError(`${path}: cannot read: ${why}`);
  }
  return parseRecords(text, path);
}

/** The widest entity label in the summary's tables. */
const LABEL_WIDTH = 48;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** A compact plain-text (optionally coloured) overview of the records. */
export function renderSummary(docs: DocumentRecord[], runInfo: RunInfo | null, opts: SummaryOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const top = opts.top ?? 10;
  const nEx = opts.examples ?? 5;
  const lines: string[] = [];
  const head = (s: string): void => {
    lines.push(c.bold.cyan(s));
  };
  const num = (n: number | string): string => c.bold(String(n));

  // Documents and languages
  const langs = countBy(docs, (d) => d.language || 'unknown');
  const langText = langs.length ? ` (${langs.map(([l, n]) => `${l} ${n}`).join(', ')})` : '';
  lines.push(`${c.bold('Documents:')} ${num(docs.length)}${langText}`);

  const skipped = arr(runInfo?.skipped);
  if (skipped.length) {
    lines.push(`${c.bold('Skipped inputs:')} ${num(skipped.length)}`);
    for (const s of skipped.slice(0, 20)) lines.push(`  ${c.yellow('-')} ${s.source}: ${s.reason}`);
    if (skipped.length > 20) lines.push(c.dim(`  … and ${skipped.length - 20} more`));
  }

  // Entities
  const ents = entityStats(docs);
  const totalMentions = ents.reduce((s, e) => s + e.mentions, 0);
  const byType = (t: string): EntityStat[] => ents.filter((e) => e.type === t);
  const people = byType('PERSON');
  const places = byType('PLACE');
  const orgs = byType('ORG');
  lines.push(
    `${c.bold('Entities:')} ${num(ents.length)} distinct (people ${people.length}, places ${places.length}, organisations ${orgs.length}), ${plural(totalMentions, 'mention')}`,
  );
  const entityBlock = (title: string, list: EntityStat[]): void => {
    if (!list.length) return;
    lines.push('');
    head(`Top ${title} (mentions / documents)`);
    const shown = list.slice(0, top);
    // the Arabic name only when it fits, so the counts stay in one column
    const label = (e: EntityStat): string => {
      const both = `${e.name} (${e.name_ar})`;
      return e.name_ar && e.name_ar !== e.name && both.length <= LABEL_WIDTH ? both : truncate(e.name, LABEL_WIDTH);
    };
    const width = Math.max(...shown.map((e) => label(e).length));
    const cw = Math.max(...shown.map((e) => String(e.mentions).length));
    for (const e of shown) {
      const l = label(e);
      const mark = e.linked ? '' : c.yellow(' [unlinked]');
      lines.push(`  ${l.padEnd(width)}  ${String(e.mentions).padStart(cw)} / ${e.documents}${mark}`);
    }
    if (list.length > top) lines.push(c.dim(`  … ${list.length - top} more`));
  };
  entityBlock('people', people);
  entityBlock('places', places);
  entityBlock('organisations', orgs);

  // Events
  const events = allEvents(docs);
  lines.push('');
  head('Events');
  if (!events.length) {
    lines.push('  none');
  } else {
    const main = events.filter((e) => e.main).length;
    lines.push(`  ${num(events.length)} in ${plural(docs.filter((d) => arr(d.events).length).length, 'document')} (${main} main)`);
    lines.push(`  by type:  ${countBy(events, (e) => e.type || 'unknown').map(([t, n]) => `${t} ${n}`).join(', ')}`);
    const months = countBy(events, (e) => eventMonth(e) ?? 'undated').sort((a, b) =>
      a[0] === 'undated' ? 1 : b[0] === 'undated' ? -1 : a[0] < b[0] ? -1 : 1,
    );
    lines.push(`  by month: ${months.map(([m, n]) => `${m} ${n}`).join(', ')}`);
  }

  // Date range
  const range = dateRange(docs);
  lines.push('');
  if (range) {
    lines.push(
      `${c.bold('Date range:')} ${range.start} to ${range.end} (${plural(range.fromEvents, 'dated event')})`,
    );
  } else {
    lines.push(`${c.bold('Date range:')} none (no dated events)`);
  }

  // Warnings
  const unresolved: string[] = [];
  const fuzzy: string[] = [];
  const docWarnings: string[] = [];
  for (const d of docs) {
    for (const dm of arr(d.dates)) if (dm.resolved === false || dm.value === null) unresolved.push(`${d.id}: "${truncate(dm.text, 40)}"`);
    for (const e of arr(d.entities)) {
      for (const m of arr(e.mentions)) if (m.method === 'fuzzy') fuzzy.push(`${d.id}: "${truncate(m.text, 30)}" -> ${e.name} (${m.confidence})`);
    }
    for (const w of arr(d.warnings)) docWarnings.push(`${d.id}: ${truncate(String(w), 100)}`);
  }
  const unlinked = ents.filter((e) => !e.linked);
  const warnCount = unresolved.length + fuzzy.length + unlinked.length + docWarnings.length;
  lines.push('');
  head(`Warnings worth a look${warnCount ? '' : ': none'}`);
  const warnBlock = (title: string, list: string[]): void => {
    if (!list.length) return;
    lines.push(`  ${c.yellow(title)}: ${list.length}`);
    for (const s of list.slice(0, nEx)) lines.push(`    ${s}`);
    if (list.length > nEx) lines.push(c.dim(`    … ${list.length - nEx} more`));
  };
  warnBlock('unresolved dates', unresolved);
  warnBlock('fuzzy matches', fuzzy);
  warnBlock(
    'unlinked names',
    unlinked.map((e) => `${e.name} (${e.type.toLowerCase()}, ${plural(e.mentions, 'mention')} in ${plural(e.documents, 'document')})`),
  );
  warnBlock('document warnings', docWarnings);

  return `${lines.join('\n')}\n`;
}
