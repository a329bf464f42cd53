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

export interface CompiledDescriptions {
  kinds: Set<string>;
  defaultId: string;
  /** The phrases by their first word (what a token must be, clitics off, to start one), longest first. */
  byFirst: Map<string, DescriptionPhrase[]>;
}

let cache: CompiledDescriptions | null = null;

/** Schema problems of a parsed descriptions file ("field organisation.0: must ..."). */
export const descriptionsProblems = (data: unknown): string[] => schemaProblems(SCHEMA_FILE, data);

/** The descriptions, validated (the built-in file when the compiled data cache was made) and folded once per process. */
export function loadDescriptions(file = DESCRIPTIONS_FILE): CompiledDescriptions {
  if (cache && file === DESCRIPTIONS_FILE) return cache;
  const d = readCheckedJson<Descriptions>(file, file === DESCRIPTIONS_FILE && builtinDataChecked() ? () => [] : descriptionsProblems);
  const texts: Descriptions['organisation'] = [...d.organisation, ...ledBy(d.led_by).map((text) => ({ text, default: true }))];
  const phrases = texts
    .map((p) => ({ words: keyTokens(p.text), fallback: p.default === true, names: p.entity, among: p.among && new Set(p.among) }))
    .sort((a, b) => b.words.length - a.words.length);
  const byFirst = new Map<string, DescriptionPhrase[]>();
  for (const p of phrases) {
    const list = byFirst.get(p.words[0]);
    if (list) list.push(p); else byFirst.set(p.words[0], [p]);
  }
  const out = { kinds: new Set(d.organisation_kinds), defaultId: d.default_organisation, byFirst };
  if (file === DESCRIPTIONS_FILE) cache = out;
  return out;
}

/** Every description a bloc's head, adjective, relative pronoun and leader make, in turn ("التحالف العسكري الذي تقوده روسيا"). */
function ledBy(parts: Descriptions['led_by']): string[] {
  if (!parts) return [];
  const out: string[] = [];
  for (const head of parts.heads) {
    for (const adjective of parts.adjectives) {
      for (const relative of parts.relatives) {
        for (const leader of parts.leaders) out.push([head, adjective, relative, leader].filter((w) => w !== '').join(' '));
      }
    }
  }
  return out;
}
