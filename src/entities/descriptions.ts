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
  led_by?: { heads: string[]; adjectives: string[]; relatives: string[]; leaders: string[] };
  organisation: { text: string; default?: boolean; entity?: string; among?: string[] }[];
}

export const DESCRIPTIONS_FILE = join(DATA_DIR, 'entities', 'descriptions.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'descriptions.schema.json');

/** A description as folded words, longest first; `names`: the gazetteer id it always stands for; `among`: the ids
 *  it stands for one of (the one the article mentions most). */
export interface DescriptionPhrase { words: string[]; fallback: boolean; names: string | undefined; among: Set<string> | undefined }

/** A bloc by who leads it, folded: a head, an adjective and a relative pronoun if any, then a leader's words. */
export interface LedBy { heads: Set<string>; adjectives: Set<string>; relatives: Set<string>; leaders: string[][] }

export interface CompiledDescriptions {
  kinds: Set<string>;
  defaultId: string;
  /** The phrases by their first word, longest first. */
  byFirst: Map<string, DescriptionPhrase[]>;
  ledBy: LedBy | null;
  /** What a token must be (clitics off) to start a description: a phrase's first word or a bloc's head. */
  starts: Set<string>;
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
  const byFirst = new Map<string, DescriptionPhrase[]>();
  for (const p of phrases) {
    const list = byFirst.get(p.words[0]);
    if (list) list.push(p); else byFirst.set(p.words[0], [p]);
  }
  const fold = (words: string[]): Set<string> => new Set(words.map((w) => keyTokens(w)[0]));
  const ledBy = d.led_by ? { heads: fold(d.led_by.heads), adjectives: fold(d.led_by.adjectives), relatives: fold(d.led_by.relatives), leaders: d.led_by.leaders.map(keyTokens) } : null;
  const starts = new Set([...byFirst.keys(), ...(ledBy?.heads ?? [])]);
  const out = { kinds: new Set(d.organisation_kinds), defaultId: d.default_organisation, byFirst, ledBy, starts };
  if (file === DESCRIPTIONS_FILE) cache = out;
  return out;
}
