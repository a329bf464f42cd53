// `csto-extract gazetteer validate|list|lookup`: the functions the CLI wires up.

import { openSync, readSync, closeSync } from 'node:fs';
import { DataFileError } from '../errors.js';
import { builtinGazetteerFiles, loadGazetteers, validateGazetteerFiles, type LoadedEntry } from '../entities/gazetteer.js';
import { loadEntityEngine } from '../entities/index.js';
import { analyze } from '../text/analyze.js';
import { foldKey } from '../text/normalize.js';

export type GazetteerAction = 'validate' | 'list' | 'lookup';

export interface GazetteerArgs {
  /** User gazetteer files (--gazetteer FILE or positional files). */
  files: string[];
  /** lookup: Arabic text to match, or an English name / id to search for. */
  query?: string;
  /** list/lookup: only PERSON, PLACE or ORG. */
  type?: string;
  /** Leave out the built-in gazetteers (validate only the given files). */
  noBuiltin?: boolean;
  /** list: only the entries of `files` when some are given (the command line's `list FILE`). */
  listOnlyFiles?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "1 file (and the 6 built-in files)": the user's files are the ones being checked. */
function checked(args: GazetteerArgs): string {
  const builtin = args.noBuiltin ? 0 : builtinGazetteerFiles().length;
  if (!args.files.length) return `the ${plural(builtin, 'built-in file')}`;
  return `${plural(args.files.length, 'file')}${builtin ? ` (checked with the ${plural(builtin, 'built-in file')})` : ''}`;
}

/** A NUL byte in the first kilobytes: an image or archive, whose bytes must not reach the terminal. */
function isBinary(file: string): boolean {
  let fd: number;
  try { fd = openSync(file, 'r'); } catch { return false; }
  try {
    const buf = Buffer.alloc(4096);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).includes(0);
  } finally { closeSync(fd); }
}

/** Control characters (from a damaged file quoted in a message) shown as U+FFFD, tabs kept. */
const printable = (line: string): string => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\ufffd');

/** `query` at the start of one of the words of `name` (بوتن is not in سبوتنيك). */
function startsAWord(name: string, query: string): boolean {
  return name.split(/[^\p{L}\p{N}\p{M}]+/u).some((_, i, words) => words.slice(i).join(' ').startsWith(query));
}

/**
 * Runs a gazetteer sub-command, writing lines through `out`. Returns the exit code:
 * 0 success, 1 lookup found nothing, 2 invalid data files or bad arguments.
 *
 * - validate: checks the built-in files and the given ones together (schema, duplicate ids,
 *   aliases claimed twice, unknown parent/capital ids); prints every problem, or a summary.
 * - list: one line per entry: id, type, kind, name, name_ar, aliases (tab-separated).
 * - lookup: finds the query as the extractor would in text (with clitics, nisba, fuzzy),
 *   and also entries whose id, English name or Arabic name contains the query.
 */
export function runGazetteerCommand(
  action: GazetteerAction, args: GazetteerArgs, write: (line: string) => void, writeErr: (line: string) => void = write,
): number {
  // entries on `write` (stdout: data); problems and verdicts on `writeErr` (stderr)
  const out = (line: string): void => write(printable(line));
  const err = (line: string): void => writeErr(printable(line));
  const files = [...(args.noBuiltin ? [] : builtinGazetteerFiles()), ...args.files];
  const type = args.type ? args.type.toUpperCase() : undefined;
  if (type && !['PERSON', 'PLACE', 'ORG'].includes(type)) {
    err(`unknown type "${args.type}" (expected PERSON, PLACE or ORG)`);
    return 2;
  }
  if (action === 'validate') {
    if (!files.length) { err('no gazetteer files to validate'); return 2; }
    const binary = args.files.filter(isBinary);
    for (const f of binary) err(`${f}: not a gazetteer: binary content, not JSON text`);
    const { problems, entries } = validateGazetteerFiles(files.filter((f) => !binary.includes(f)));
    const count = binary.length + problems.length;
    if (count) {
      for (const p of problems) err(p);
      err(`${plural(count, 'problem')} in ${checked(args)}`);
      return 2;
    }
    const builtin = args.noBuiltin ? 0 : builtinGazetteerFiles().length;
    err(builtin && args.files.length
      ? `ok: ${plural(args.files.length, 'file')} (${plural(entries, 'entry', 'entries')} with the ${plural(builtin, 'built-in file')})`
      : `ok: ${plural(entries, 'entry', 'entries')} in ${checked(args)}`);
    return 0;
  }
  let entries: LoadedEntry[];
  try {
    entries = loadGazetteers(files).entries;
  } catch (e) {
    if (e instanceof DataFileError) { for (const p of e.problems) err(p); return 2; }
    throw e;
  }
  if (action === 'list') {
    // Files named on the command line are what the user asked to see; the built-ins are
    // loaded with them (ids may refer to them) but listed only when no file is named.
    const only = args.listOnlyFiles && args.files.length ? new Set(args.files) : null;
    out(['id', 'type', 'kind', 'name', 'name_ar', 'aliases'].join('\t'));
    for (const e of entries) {
      if (type && e.type !== type) continue;
      if (only && !only.has(e.source)) continue;
      out([e.id, e.type, e.kind ?? '', e.name, e.name_ar ?? '', (e.aliases ?? []).join('|')].join('\t'));
    }
    return 0;
  }
  if (action === 'lookup') {
    const q = (args.query ?? '').trim();
    if (!q) { err('lookup needs a query'); return 2; }
    let found = 0;
    out(['text', 'id', 'type', 'name', 'method', 'confidence', 'role'].join('\t'));
    const engine = loadEntityEngine({ builtin: args.noBuiltin ? false : undefined, gazetteers: args.files });
    const t = analyze(q);
    for (const e of engine.extract(t)) {
      if (type && e.type !== type) continue;
      for (const m of e.mentions) {
        out(`${m.text}\t${e.id}\t${e.type}\t${e.name}\t${m.method}\t${m.confidence}\t${m.role ?? ''}`);
        found++;
      }
    }
    const fq = foldKey(q);
    const lq = q.toLowerCase();
    const seen = new Set<string>();
    for (const e of entries) {
      if (type && e.type !== type) continue;
      const hay = [e.id, e.name, ...(e.aliases_en ?? [])].map((s) => s.toLowerCase());
      const ar = [e.name_ar, ...(e.aliases ?? []), ...(e.short ?? [])].filter((s): s is string => !!s).map(foldKey);
      if (hay.some((h) => h.includes(lq)) || (fq.length >= 2 && ar.some((a) => startsAWord(a, fq)))) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        out(`${e.name_ar ?? ''}\t${e.id}\t${e.type}\t${e.name}\tentry\t\t`);
        found++;
      }
    }
    if (!found) err(`no match for "${q}"`);
    return found ? 0 : 1;
  }
  err(`unknown gazetteer action "${action as string}" (expected validate, list or lookup)`);
  return 2;
}
