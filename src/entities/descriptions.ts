// Descriptions of actors (src/data/entities/descriptions.json): "المنظمة", "الحلف", "التكتل الذي
// تقوده موسكو" stand for the organisation the article is about.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { keyTokens } from '../text/normalize.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaProblems } from '../schema/ajv.js';

export interface Descriptions {
  organisation_kinds: string[];
  default_organisation: string;
  organisation: { text: string; default?: boolean; entity?: string; among?: string[] }[];
}

export const DESCRIPTIONS_FILE = join(DATA_DIR, 'entities', 'descriptions.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'descriptions.schema.json');

/** A description as folded words, longest first; `names`: the gazetteer id it always stands for; `among`: the ids
 *  it stands for one of (the one the article mentions most). */
export interface DescriptionPhrase { words: string[]; fallback: boolean; names: string | undefined; among: Set<string> | undefined }

export interface CompiledDescriptions {
  kinds: Set<string>;
  defaultId: string;
  phrases: DescriptionPhrase[];
  /** The phrases' first words: what a token must be (clitics off) to start one. */
  firsts: Set<string>;
}

let cache: CompiledDescriptions | null = null;

/** Schema problems of a parsed descriptions file ("field organisation.0: must ..."). */
export const descriptionsProblems = (data: unknown): string[] => schemaProblems(SCHEMA_FILE, data);

/** The descriptions, validated (the built-in file when the compiled data cache was made) and folded once per process. */
export function loadDescriptions(file = DESCRIPTIONS_FILE): CompiledDescriptions {
  if (cache && file === DESCRIPTIONS_FILE) return cache;
  const d = readCheckedJson<Descriptions>(file, file === DESCRIPTIONS_FILE && builtinDataChecked() ? () => [] : descriptionsProblems);
  const phrases = d.organisation
    .map((p) => ({ words: keyTokens(p.text), fallback: p.default === true, names: p.entity, among: p.among && new Set(p.among) }))
    .sort((a, b) => b.words.length - a.words.length);
  const out = { kinds: new Set(d.organisation_kinds), defaultId: d.default_organisation, phrases, firsts: new Set(phrases.map((p) => p.words[0])) };
  if (file === DESCRIPTIONS_FILE) cache = out;
  return out;
}
