// `csto-extract gazetteer validate|list|lookup`: the functions the CLI wires up.

import { DataFileError } from '../errors.js';
import { analyze } from '../text/analyze.js';
import { foldKey } from '../text/normalize.js';
import { builtinGazetteerFiles, loadGazetteers, validateGazetteerFiles, type LoadedEntry } from './gazetteer.js';
import { loadEntityEngine } from './index.js';

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
export function runGazetteerCommand(action: GazetteerAction, args: GazetteerArgs, out: (line: string) => void): number {
  const files = [...(args.noBuiltin ? [] : builtinGazetteerFiles()), ...args.files];
  const type = args.type ? args.type.toUpperCase() : undefined;
  if (type && !['PERSON', 'PLACE', 'ORG'].includes(type)) {
    out(`unknown type "${args.type}" (expected PERSON, PLACE or ORG)`);
    return 2;
  }
  if (action === 'validate') {
    if (!files.length) { out('no gazetteer files to validate'); return 2; }
    const { problems, entries } = validateGazetteerFiles(files);
    if (problems.length) {
      for (const p of problems) out(p);
      out(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
      return 2;
    }
    out(`ok: ${entries} entries in ${files.length} file${files.length === 1 ? '' : 's'}`);
    return 0;
  }
  let entries: LoadedEntry[];
  try {
    entries = loadGazetteers(files).entries;
  } catch (err) {
    if (err instanceof DataFileError) { for (const p of err.problems) out(p); return 2; }
    throw err;
  }
  if (action === 'list') {
    for (const e of entries) {
      if (type && e.type !== type) continue;
      out([e.id, e.type, e.kind ?? '', e.name, e.name_ar ?? '', (e.aliases ?? []).join('|')].join('\t'));
    }
    return 0;
  }
  if (action === 'lookup') {
    const q = (args.query ?? '').trim();
    if (!q) { out('lookup needs a query'); return 2; }
    let found = 0;
    const engine = loadEntityEngine({ builtin: args.noBuiltin ? false : undefined, gazetteers: args.files });
    const t = analyze(q);
    for (const e of engine.extract(t)) {
      if (type && e.type !== type) continue;
      for (const m of e.mentions) {
        out(`${m.text}\t${e.id}\t${e.type}\t${e.name}\t${m.method}\t${m.confidence}${m.role ? `\trole=${m.role}` : ''}`);
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
      if (hay.some((h) => h.includes(lq)) || (fq.length >= 2 && ar.some((a) => a.includes(fq)))) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        out(`entry\t${e.id}\t${e.type}\t${e.name}\t${e.name_ar ?? ''}\t${e.source}`);
        found++;
      }
    }
    if (!found) out(`no match for "${q}"`);
    return found ? 0 : 1;
  }
  out(`unknown gazetteer action "${action as string}" (expected validate, list or lookup)`);
  return 2;
}
