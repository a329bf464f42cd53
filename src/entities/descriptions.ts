// Descriptions of actors (src/data/entities/descriptions.json): "المنظمة", "الحلف", "التكتل الذي
// تقوده موسكو" stand for the organisation the article is about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { keyTokens } from './compile.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaValidator } from '../schema/ajv.js';

export interface Descriptions {
  organisation_kinds: string[];
  default_organisation: string;
  organisation: { text: string; default?: boolean }[];
}

export const DESCRIPTIONS_FILE = join(DATA_DIR, 'entities', 'descriptions.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'descriptions.schema.json');

/** A description as folded words, longest first. */
export interface DescriptionPhrase { words: string[]; fallback: boolean }

export interface CompiledDescriptions {
  kinds: Set<string>;
  defaultId: string;
  phrases: DescriptionPhrase[];
}

let cache: CompiledDescriptions | null = null;

/** Schema problems of a parsed descriptions file ("/organisation/0 must ..."). */
export function descriptionsProblems(data: unknown): string[] {
  const validate = schemaValidator(SCHEMA_FILE);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** The descriptions, validated (the built-in file when the compiled data cache was made) and folded once per process. */
export function loadDescriptions(file = DESCRIPTIONS_FILE): CompiledDescriptions {
  if (cache && file === DESCRIPTIONS_FILE) return cache;
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!(file === DESCRIPTIONS_FILE && builtinDataChecked())) {
    const problems = descriptionsProblems(data);
    if (problems.length) throw new DataFileError(file, problems);
  }
  const d = data as Descriptions;
  const phrases = d.organisation
    .map((p) => ({ words: keyTokens(p.text), fallback: p.default === true }))
    .sort((a, b) => b.words.length - a.words.length);
  const out = { kinds: new Set(d.organisation_kinds), defaultId: d.default_organisation, phrases };
  if (file === DESCRIPTIONS_FILE) cache = out;
  return out;
}
