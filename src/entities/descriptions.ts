// Descriptions of actors (src/data/entities/descriptions.json): "المنظمة", "الحلف", "التكتل الذي
// تقوده موسكو" stand for the organisation the article is about; "الجانبين", "البلدين" for the two
// sides named before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { DataFileError } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { keyTokens } from './compile.js';

export interface Descriptions {
  organisation_kinds: string[];
  default_organisation: string;
  organisation: { text: string; default?: boolean }[];
  side_kinds_excluded?: string[];
  sides: { text: string; countries?: boolean }[];
}

export const DESCRIPTIONS_FILE = join(DATA_DIR, 'entities', 'descriptions.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'descriptions.schema.json');

/** A description as folded words, longest first. */
export interface DescriptionPhrase { words: string[]; fallback: boolean; countries: boolean }

export interface CompiledDescriptions {
  kinds: Set<string>;
  defaultId: string;
  phrases: DescriptionPhrase[];
  sides: DescriptionPhrase[];
  notSides: Set<string>;
}

let cache: CompiledDescriptions | null = null;

export function loadDescriptions(file = DESCRIPTIONS_FILE): CompiledDescriptions {
  if (cache && file === DESCRIPTIONS_FILE) return cache;
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  if (!validate(data)) throw new DataFileError(file, (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`));
  const d = data as Descriptions;
  const longestFirst = (a: DescriptionPhrase, b: DescriptionPhrase): number => b.words.length - a.words.length;
  const phrases = d.organisation.map((p) => ({ words: keyTokens(p.text), fallback: p.default === true, countries: false })).sort(longestFirst);
  const sides = d.sides.map((p) => ({ words: keyTokens(p.text), fallback: false, countries: p.countries === true })).sort(longestFirst);
  const out = { kinds: new Set(d.organisation_kinds), defaultId: d.default_organisation, phrases, sides, notSides: new Set(d.side_kinds_excluded ?? []) };
  if (file === DESCRIPTIONS_FILE) cache = out;
  return out;
}
