// Arabic inflectional endings, folded: a verb's person, gender and number, a noun's feminine, dual
// and plural, a nisba adjective's forms. The letters live in src/data/text/morphology.json (schema
// data/schema/morphology.schema.json); code reads them by name from here, as the prefixes from clitics.ts.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { schemaProblems } from '../schema/ajv.js';
import { foldKey } from './normalize.js';

export const MORPHOLOGY_FILE = join(DATA_DIR, 'text', 'morphology.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'morphology.schema.json');

/** morphology.json as written. */
export interface MorphologyFile {
  verb_past: { feminine: string; plural: string; dual: string; feminine_dual: string; feminine_plural: string; first_plural: string };
  verb_present: { plural: string; plural_subjunctive: string; dual: string };
  noun: { feminine: string; feminine_bound: string; dual: string; oblique_plural: string; feminine_plural: string; feminine_name: string };
  nisba: { masculine: string; feminine: string; plural: string; oblique_plural: string; feminine_plural: string };
}

/** Problems of a parsed endings table (schema, then every ending folded); none when it is valid. */
export function morphologyProblems(data: unknown): string[] {
  const problems = schemaProblems(SCHEMA_FILE, data);
  if (problems.length) return problems;
  for (const [group, endings] of Object.entries(data as MorphologyFile)) {
    if (typeof endings !== 'object') continue;
    for (const [name, v] of Object.entries(endings as Record<string, string>)) if (foldKey(v) !== v) problems.push(`field ${group}.${name}: "${v}" is not folded, write "${foldKey(v)}"`);
  }
  return problems;
}

// checked with the other built-in data when the compiled data cache is made (compiled/cache.ts), not at every start
const T = readCheckedJson<MorphologyFile>(MORPHOLOGY_FILE, () => []);

/** Endings of a past-tense verb ("أيدت", "أيدوا", "ناقشا"). */
export const VERB_PAST: Readonly<MorphologyFile['verb_past']> = T.verb_past;
/** Endings of a present-tense verb after its prefix ("يدعمون", "تدعمان"). */
export const VERB_PRESENT: Readonly<MorphologyFile['verb_present']> = T.verb_present;
/** Endings of a noun or adjective ("منظمة", "زيارته", "مشيرين"). */
export const NOUN: Readonly<MorphologyFile['noun']> = T.noun;
/** Forms of a nisba adjective ("روسي", "الروسية", "الروسيين"). */
export const NISBA: Readonly<MorphologyFile['nisba']> = T.nisba;
