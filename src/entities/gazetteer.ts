// Gazetteer files: reading, validation (JSON Schema + cross-entry checks) and merging.
//
// Problems are reported as precise lines, "FILE: entry 12 (id place:x): field aliases[3]: ...",
// and thrown together as one DataFileError per file.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { DataFileError } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { foldKey } from '../text/normalize.js';
import type { EntityType } from '../types.js';
import { schemaValidator } from '../schema/ajv.js';

export interface GazetteerRole {
  title: string;
  title_ar?: string;
  country?: string;
  org?: string;
  from?: number | string | null;
  to?: number | string | null;
}

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  name_ar?: string;
  aliases?: string[];
  aliases_en?: string[];
  kind?: string;
  country?: string;
  iso3?: string;
  capital?: string;
  nisba?: string[];
  /** a country's English adjective ("Kyrgyz"), for national bodies named after it */
  demonym?: string;
  /** the year a country ceased to exist */
  dissolved?: number;
  roles?: GazetteerRole[];
  short?: string[];
  acronym?: string;
  parent?: string;
  note?: string;
  replace?: boolean;
  disabled?: boolean;
}

export interface GazetteerFile {
  name: string;
  description?: string;
  entries: GazetteerEntry[];
}

/** An entry after merging, with the file it (last) came from. */
export interface LoadedEntry extends GazetteerEntry {
  source: string;
  /** Index of the entry in that file. */
  index: number;
}

export const BUILTIN_GAZETTEER_DIR = join(DATA_DIR, 'gazetteers');
export const GAZETTEER_SCHEMA_FILE = join(DATA_DIR, 'schema', 'gazetteer.schema.json');

/** Built-in gazetteer files, in file-name order. */
export function builtinGazetteerFiles(): string[] {
  if (!existsSync(BUILTIN_GAZETTEER_DIR)) return [];
  return readdirSync(BUILTIN_GAZETTEER_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(BUILTIN_GAZETTEER_DIR, f));
}

/** Line and column (1-based) of a UTF-16 offset. */
function lineCol(text: string, pos: number): { line: number; column: number } {
  let line = 1, last = -1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return { line, column: pos - last };
}

/** Parses JSON, turning a syntax error into a message with line and column. */
export function parseJsonFile(file: string, text?: string): unknown {
  let src: string;
  try {
    src = text ?? readFileSync(file, 'utf8');
  } catch (err) {
    throw new DataFileError(file, [`${file}: cannot read file: ${(err as Error).message}`]);
  }
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  try {
    return JSON.parse(src);
  } catch (err) {
    const msg = (err as Error).message;
    const m = /position (\d+)/.exec(msg);
    const pos = m ? Number(m[1]) : jsonErrorOffset(src);
    let where = '';
    if (pos >= 0) {
      const { line, column } = lineCol(src, pos);
      where = `line ${line} column ${column}: `;
    } else if (/end of JSON input/i.test(msg)) {
      const { line, column } = lineCol(src, src.length);
      where = `line ${line} column ${column}: `;
    }
    throw new DataFileError(file, [`${file}: ${where}malformed JSON: ${msg.replace(/ in JSON at position \d+.*$/, '')}`]);
  }
}

/** Offset of the first syntax error in a JSON text (for messages that give no position), or -1. */
export function jsonErrorOffset(src: string): number {
  let i = 0;
  const ws = (): void => { while (i < src.length && ' \t\n\r'.includes(src[i])) i++; };
  const fail = (): never => { throw i; };
  const str = (): void => {
    if (src[i] !== '"') fail();
    i++;
    while (i < src.length && src[i] !== '"') {
      if (src[i] === '\\') i++;
      else if (src.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= src.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = src[i];
    if (c === '{') {
      i++; ws();
      if (src[i] === '}') { i++; return; }
      for (;;) {
        ws(); str(); ws();
        if (src[i] !== ':') fail();
        i++; value(); ws();
        if (src[i] === ',') { i++; continue; }
        if (src[i] === '}') { i++; return; }
        fail();
      }
    } else if (c === '[') {
      i++; ws();
      if (src[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (src[i] === ',') { i++; continue; }
        if (src[i] === ']') { i++; return; }
        fail();
      }
    } else if (c === '"') str();
    else {
      const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(src.slice(i, i + 64));
      if (!m) fail();
      i += m![0].length;
    }
  };
  try {
    value(); ws();
    return i < src.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : -1;
  }
}

function entryLabel(file: string, data: unknown, index: number): string {
  const e = (data as { entries?: unknown[] })?.entries?.[index] as { id?: unknown } | undefined;
  const id = e && typeof e.id === 'string' ? ` (id ${e.id})` : '';
  return `${file}: entry ${index}${id}`;
}

/** Turns an Ajv error into one readable line. */
function describe(file: string, data: unknown, e: ErrorObject): string {
  const parts = e.instancePath.split('/').slice(1);
  let prefix = `${file}`;
  let rest = parts;
  if (parts[0] === 'entries' && parts.length >= 2 && /^\d+$/.test(parts[1])) {
    prefix = entryLabel(file, data, Number(parts[1]));
    rest = parts.slice(2);
  }
  let field = rest.length ? rest.map((p, i) => (/^\d+$/.test(p) && i > 0 ? `[${p}]` : (i > 0 ? '.' : '') + p)).join('') : '';
  const value = e.instancePath ? valueAt(data, parts) : data;
  let what: string;
  switch (e.keyword) {
    case 'additionalProperties': {
      const p = (e.params as { additionalProperty: string }).additionalProperty;
      field = field ? `${field}.${p}` : p;
      what = `unknown field "${p}"`;
      break;
    }
    case 'required': {
      const p = (e.params as { missingProperty: string }).missingProperty;
      field = field ? `${field}.${p}` : p;
      what = 'is required but missing';
      break;
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
      what = rest[rest.length - 1] === 'type'
        ? `unknown type ${JSON.stringify(value)} (expected one of ${allowed})`
        : `${JSON.stringify(value)} is not allowed (expected one of ${allowed})`;
      break;
    }
    case 'minLength':
      what = 'must not be empty';
      break;
    case 'pattern': {
      const pat = (e.params as { pattern: string }).pattern;
      if (pat === '\\S') what = 'must not be empty';
      else if (pat.startsWith('^(person')) what = `${JSON.stringify(value)} is not a valid id (expected person:|place:|org: followed by lower-case letters, digits, '.', '_' or '-')`;
      else if (pat === '^[A-Z]{2}$') what = `${JSON.stringify(value)} is not an ISO 3166 alpha-2 code (two capital letters)`;
      else if (pat === '^[A-Z]{3}$') what = `${JSON.stringify(value)} is not an ISO 3166 alpha-3 code (three capital letters)`;
      else what = `${JSON.stringify(value)} does not match ${pat}`;
      break;
    }
    case 'type':
      what = `must be ${(e.params as { type: string | string[] }).type} (got ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value})`;
      break;
    case 'if':
      return '';
    default:
      what = e.message ?? e.keyword;
  }
  return `${prefix}: ${field ? `field ${field}: ` : ''}${what}`;
}

function valueAt(data: unknown, parts: string[]): unknown {
  let v: unknown = data;
  for (const p of parts) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

/** Arabic alias keys of an entry (name_ar and aliases), folded. */
export function aliasKeys(e: GazetteerEntry): string[] {
  const out: string[] = [];
  for (const a of [e.name_ar, ...(Array.isArray(e.aliases) ? e.aliases : [])]) if (typeof a === 'string' && a.trim()) out.push(foldKey(a));
  return out;
}

/** Structure checks of one parsed file; returns problem lines. */
export function checkStructure(file: string, data: unknown): string[] {
  const validate = schemaValidator(GAZETTEER_SCHEMA_FILE);
  if (validate(data)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of validate.errors ?? []) {
    const line = describe(file, data, e);
    if (line && !seen.has(line)) { seen.add(line); out.push(line); }
  }
  return out;
}

/** The fields only a country has. */
const COUNTRY_FIELDS = ['capital', 'nisba', 'dissolved', 'demonym'] as const;

/** Checks inside one file that the schema cannot express (duplicates, id/type agreement). */
export function checkEntries(file: string, data: GazetteerFile): string[] {
  const out: string[] = [];
  const ids = new Map<string, number>();
  const aliasOwner = new Map<string, { index: number; id: string }>();
  if (!data || !Array.isArray(data.entries)) return out;
  data.entries.forEach((e, i) => {
    // entries the schema already rejected as a whole are left to its messages
    if (!e || typeof e !== 'object' || typeof e.id !== 'string' || typeof e.type !== 'string') return;
    const label = `${file}: entry ${i} (id ${e.id})`;
    const prev = ids.get(e.id);
    if (prev !== undefined) out.push(`${label}: field id: duplicate id, already used by entry ${prev}`);
    else ids.set(e.id, i);
    const prefix = e.id.split(':')[0];
    const want = e.type === 'PERSON' ? 'person' : e.type === 'PLACE' ? 'place' : e.type === 'ORG' ? 'org' : prefix;
    if (prefix !== want) out.push(`${label}: field id: prefix "${prefix}:" does not match type ${e.type} (expected "${want}:")`);
    if (!e.disabled && !e.name_ar && !(Array.isArray(e.aliases) && e.aliases.length) && prev === undefined) {
      // an extension of an entry from an earlier file may leave them out
      out.push(`${label}: field name_ar: missing, and no aliases either: the entry could never be found`);
    }
    const countryField = e.type === 'PLACE' ? undefined : COUNTRY_FIELDS.find((k) => e[k]);
    if (countryField) out.push(`${label}: field ${countryField}: only PLACE entries (countries) have it`);
    const local = new Set<string>();
    for (const k of aliasKeys(e)) {
      if (!k || local.has(k)) continue;
      local.add(k);
      const key = `${e.type}\u0000${k}`;
      const o = aliasOwner.get(key);
      if (o && o.id !== e.id) out.push(`${label}: field aliases: alias "${k}" is also claimed by entry ${o.index} (id ${o.id}) of the same type ${e.type}`);
      else aliasOwner.set(key, { index: i, id: e.id });
    }
  });
  return out;
}

function mergeEntry(prev: LoadedEntry, e: GazetteerEntry, source: string, index: number): LoadedEntry {
  if (e.replace) return { ...e, source, index };
  const out: LoadedEntry = { ...prev, source, index };
  for (const k of ['name', 'name_ar', 'kind', 'country', 'iso3', 'capital', 'demonym', 'dissolved', 'acronym', 'parent', 'note', 'type'] as const) {
    if (e[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = e[k];
  }
  for (const k of ['aliases', 'aliases_en', 'nisba', 'short'] as const) {
    if (e[k]) out[k] = [...new Set([...(prev[k] ?? []), ...e[k]!])];
  }
  if (e.roles) out.roles = [...(prev.roles ?? []), ...e.roles];
  return out;
}

export interface LoadResult {
  entries: LoadedEntry[];
  files: string[];
}

/**
 * Reads and validates gazetteer files in order, merging entries by id (see the schema's
 * description). Throws DataFileError for the first file with problems, or for
 * cross-file problems (unknown parent/capital ids, an alias claimed by two entries).
 */
export function loadGazetteers(files: string[]): LoadResult {
  const byId = new Map<string, LoadedEntry>();
  for (const file of files) {
    const data = parseJsonFile(file);
    const structural = checkStructure(file, data);
    const g = data as GazetteerFile;
    const problems = checkEntries(file, g).filter((p) => !(p.includes('field name_ar: missing') && byId.has(idOfLine(p))));
    if (structural.length || problems.length) throw new DataFileError(file, [...structural, ...problems]);
    g.entries.forEach((e, i) => {
      const prev = byId.get(e.id);
      if (e.disabled) { byId.delete(e.id); return; }
      byId.set(e.id, prev ? mergeEntry(prev, e, file, i) : { ...e, source: file, index: i });
    });
  }
  const entries = [...byId.values()];
  const problems = crossCheck(entries);
  if (problems.length) throw new DataFileError(files.length === 1 ? files[0] : files.map((f) => basename(f)).join(', '), problems);
  return { entries, files };
}

function idOfLine(line: string): string {
  const m = /\(id ([^)]+)\)/.exec(line);
  return m ? m[1] : '';
}

/** References and alias ownership across every loaded file. */
export function crossCheck(entries: LoadedEntry[]): string[] {
  const out: string[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const label = (e: LoadedEntry): string => `${e.source}: entry ${e.index} (id ${e.id})`;
  for (const e of entries) {
    if (e.parent !== undefined && !byId.has(e.parent)) out.push(`${label(e)}: field parent: unknown id "${e.parent}"`);
    if (e.capital !== undefined) {
      const c = byId.get(e.capital);
      if (!c) out.push(`${label(e)}: field capital: unknown id "${e.capital}"`);
      else if (c.type !== 'PLACE') out.push(`${label(e)}: field capital: "${e.capital}" is a ${c.type}, not a PLACE`);
    }
    for (const r of e.roles ?? []) if (r.org && r.org.includes(':') && !byId.has(r.org)) out.push(`${label(e)}: field roles: org "${r.org}" is an unknown id`);
  }
  const owner = new Map<string, LoadedEntry>();
  const nisbaOwner = new Map<string, LoadedEntry>();
  for (const e of entries) {
    for (const k of new Set(aliasKeys(e))) {
      const key = `${e.type}\u0000${k}`;
      const o = owner.get(key);
      if (o && o.id !== e.id) out.push(`${label(e)}: field aliases: alias "${k}" is also claimed by ${label(o)} of the same type ${e.type}`);
      else owner.set(key, e);
    }
    for (const n of new Set((e.nisba ?? []).map(foldKey))) {
      const o = nisbaOwner.get(n);
      if (o && o.id !== e.id) out.push(`${label(e)}: field nisba: "${n}" is also the nisba of ${label(o)}`);
      else nisbaOwner.set(n, e);
    }
  }
  return out;
}

/** Validates files without compiling: every problem of every file, for `gazetteer validate`. */
export function validateGazetteerFiles(files: string[]): { problems: string[]; entries: number } {
  const problems: string[] = [];
  const byId = new Map<string, LoadedEntry>();
  let ok = true;
  for (const file of files) {
    try {
      const data = parseJsonFile(file);
      const structural = checkStructure(file, data);
      const g = data as GazetteerFile;
      const ps = checkEntries(file, g).filter((p) => !(p.includes('field name_ar: missing') && byId.has(idOfLine(p))));
      problems.push(...structural, ...ps);
      if (structural.length) { ok = false; continue; }
      g.entries.forEach((e, i) => {
        const prev = byId.get(e.id);
        if (e.disabled) { byId.delete(e.id); return; }
        byId.set(e.id, prev ? mergeEntry(prev, e, file, i) : { ...e, source: file, index: i });
      });
    } catch (err) {
      if (err instanceof DataFileError) { problems.push(...err.problems); ok = false; } else throw err;
    }
  }
  if (ok || byId.size) problems.push(...crossCheck([...byId.values()]));
  return { problems: [...new Set(problems)], entries: byId.size };
}
