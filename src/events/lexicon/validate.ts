// Checking a lexicon file: its JSON Schema and the checks the schema cannot express, with
// problem lines that name the entry and field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../../errors.js';
import { DATA_DIR } from '../../paths.js';
import { schemaValidator as compiledSchema } from '../../schema/ajv.js';
import { foldKey } from '../../text/normalize.js';
import { requirementGroups, type LexiconFile } from './types.js';

export const TRIGGER_SCHEMA = join(DATA_DIR, 'schema', 'triggers.schema.json');

const getSchemaValidator = () => compiledSchema(TRIGGER_SCHEMA);

/** Describes an AJV instance path precisely: "entry 3 (rule consult.meet): field forms[2]". */
function describePath(data: unknown, instancePath: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'triggers' && parts.length >= 2) {
    const i = Number(parts[1]);
    const entry = (data as { triggers?: unknown[] }).triggers?.[i] as { rule?: unknown } | undefined;
    const rule = entry && typeof entry.rule === 'string' ? ` (rule ${entry.rule})` : '';
    const field = parts.slice(2).map((p, k) => (/^\d+$/.test(p) ? `[${p}]` : (k ? '.' : '') + p)).join('');
    return `entry ${i}${rule}: ${field ? `field ${field}` : 'entry'}`;
  }
  return parts.length ? `field ${parts.join('.')}` : 'top level';
}

/**
 * Validates a parsed lexicon file; returns precise problem lines
 * ("entry 3 (rule consult.meet): field type: must be one of ...").
 */
export function lexiconProblems(data: unknown, knownInflections: string[] = ['noun', 'verb', 'none'], knownCues: string[] = [], knownGroups: string[] = []): string[] {
  const problems: string[] = [];
  const validate = getSchemaValidator();
  if (!validate(data)) {
    for (const e of validate.errors ?? []) {
      let msg = e.message ?? 'is not valid';
      if (e.params && 'allowedValues' in e.params) msg += `: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      if (e.params && 'additionalProperty' in e.params) msg = `unknown field "${String(e.params.additionalProperty)}"`;
      if (e.params && 'missingProperty' in e.params) msg = `missing required field "${String(e.params.missingProperty)}"`;
      problems.push(`${describePath(data, e.instancePath)}: ${msg}`);
    }
    return problems;
  }
  const file = data as LexiconFile;
  const inflections = new Set([...knownInflections, ...Object.keys(file.inflection ?? {})]);
  const cueNames = new Set([...knownCues, ...Object.keys(file.cues ?? {})]);
  const groupNames = new Set([...knownGroups, ...Object.keys(file.word_groups ?? {})]);
  const checkWord = (w: string, where: string): void => {
    const bare = w.startsWith('=') ? w.slice(1) : w;
    if (!bare || foldKey(bare) !== bare) problems.push(`${where}: "${w}" is not folded, write "${w.startsWith('=') ? '=' : ''}${foldKey(bare)}"`);
  };
  const rules = new Map<string, number>();
  file.triggers.forEach((t, i) => {
    const where = `entry ${i} (rule ${t.rule})`;
    const prev = rules.get(t.rule);
    if (prev !== undefined) problems.push(`${where}: field rule: duplicate rule name, also entry ${prev}`);
    else rules.set(t.rule, i);
    if (!inflections.has(t.pos)) problems.push(`${where}: field pos: unknown inflection "${t.pos}" (known: ${[...inflections].join(', ')})`);
    for (const field of ['forms', 'verbal_nouns'] as const) (t[field] ?? []).forEach((f, k) => {
      if (/\s/.test(f)) problems.push(`${where}: field ${field}[${k}]: "${f}" contains a space; a form is one word (use "requires" for context words)`);
      else if (foldKey(f) !== f) problems.push(`${where}: field ${field}[${k}]: "${f}" is not folded, write "${foldKey(f)}"`);
    });
    for (const field of ['requires', 'unless'] as const) (t[field] ?? []).forEach((r, k) => {
      (r.any ?? []).forEach((w, j) => checkWord(w, `${where}: field ${field}[${k}].any[${j}]`));
      if (r.cue !== undefined && !cueNames.has(r.cue)) problems.push(`${where}: field ${field}[${k}].cue: no cue list "${r.cue}" in this file or the built-in lexicon`);
      for (const name of requirementGroups(r)) if (!groupNames.has(name)) problems.push(`${where}: field ${field}[${k}].group: no word group "${name}" in this file or the built-in lexicon`);
    });
  });
  file.triggers.forEach((t, i) => {
    if (t.several_sides !== undefined && !rules.has(t.several_sides)) problems.push(`entry ${i} (rule ${t.rule}): field several_sides: no rule "${t.several_sides}" in this file`);
  });
  for (const [name, list] of Object.entries(file.word_groups ?? {})) list.forEach((w, k) => checkWord(w, `word_groups.${name}[${k}]`));
  for (const [name, list] of Object.entries(file.cues ?? {})) list.forEach((c, k) => {
    if (foldKey(c) !== c) problems.push(`cues.${name}[${k}]: "${c}" is not folded, write "${foldKey(c)}"`);
  });
  return problems;
}

/** Reads and validates one lexicon file; throws DataFileError with every problem. */
export function readLexiconFile(path: string, knownInflections?: string[], knownCues?: string[], knownGroups?: string[]): LexiconFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DataFileError(path, [`cannot read: ${(err as Error).message}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new DataFileError(path, [`not valid JSON: ${(err as Error).message}`]);
  }
  const problems = lexiconProblems(data, knownInflections, knownCues, knownGroups);
  if (problems.length) throw new DataFileError(path, problems);
  return data as LexiconFile;
}
