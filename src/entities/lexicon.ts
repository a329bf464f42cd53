// Word lists of the entity patterns (src/data/entities/patterns.json): titles that introduce a
// person's name, the words a title may carry before the name ("وزير خارجية ..."), organisation
// trigger nouns, parts of compound given names, the words for "capital" and "republic", news outlets,
// words before a name, and party heads.
import { join } from 'node:path';
import { builtinDataChecked } from '../compiled/cache.js';
import { readCheckedJson } from '../errors.js';
import { schemaValidator } from '../schema/ajv.js';
import { DATA_DIR } from '../paths.js';
import { foldKey } from '../text/normalize.js';

export interface PatternWords {
  /** Titles (one or more words) that introduce a person's name. */
  person_titles: string[];
  /** Titles that, with nothing after them, need a name of at least two words ("الرئيس X Y"). */
  weak_titles: string[];
  /** Words that may follow a title before the name ("رئيس وزراء أرمينيا", "وزير الدفاع الروسي"). */
  title_complements: string[];
  /** Words after a title that tie the office to the known place or body right after them ("السفير الروسي لدى كازاخستان"). */
  office_prepositions: string[];
  /** Nouns that introduce an organisation's name ("حركة X", "شركة X"). */
  org_triggers: string[];
  /** Words after which a name follows without a title ("ويدعى X Y", "بقيادة X Y"). */
  name_cues: string[];
  /** Organisation nouns that, definite, take a name of nisba adjectives ("الحزب الشيوعي"). */
  adjective_org_heads: string[];
  /** Nisba adjectives that describe such an organisation and name none ("الحزب السياسي"). */
  generic_org_adjectives: string[];
  /** Second parts of compound given names ("سراج الدين", "عبد الله"): not counted in the 3-word limit. */
  name_parts: string[];
  /** Name parts that come before the word they belong to ("عبد الله", "أبو بكر"): they may start a name, never end one. */
  leading_name_parts: string[];
  /** Given names that fold to a stop word (علي, the preposition على): names only where written exactly so. */
  stopword_names: string[];
  /** Beginnings as written that fold to the article but are not it ("أل": ألكسندر): they may start a name. */
  article_lookalikes: string[];
  /** Words meaning "capital" before a country nisba or name ("العاصمة الطاجيكية"). */
  capital_words: string[];
  /** "republic" that may stand between "عاصمة" and the country name. */
  republic_words: string[];
  /** News outlets and currencies whose adjective of a country says where they come from, not the state ("وكالة", "دولار"). */
  outlet_words: string[];
  /** Words of an outlet's name between the outlet word and the adjective ("الأنباء", "الإخبارية"). */
  outlet_name_words: string[];
  /** Words with the article that no adjective describes ("اليوم", "الذي"). */
  article_non_nouns: string[];
}

export const PATTERNS_FILE = join(DATA_DIR, 'entities', 'patterns.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'patterns.schema.json');

/** Problems of a patterns file's content against data/schema/patterns.schema.json ("field person_titles.1: must ..."); none when it is valid. */
export function validatePatternWords(data: unknown): string[] {
  const validate = schemaValidator(SCHEMA_FILE);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => {
    const where = e.instancePath ? `field ${e.instancePath.slice(1).replace(/\//g, '.')}` : 'top level';
    const extra = e.keyword === 'additionalProperties' ? ` ("${(e.params as { additionalProperty: string }).additionalProperty}")` : '';
    return `${where}: ${e.keyword === 'pattern' ? 'must be a word, not empty or blank' : e.message ?? 'is not valid'}${extra}`;
  });
}

let cache: PatternWords | null = null;
/** The pattern word lists, validated once per process (a bad file throws DataFileError). */
export function loadPatternWords(file = PATTERNS_FILE): PatternWords {
  if (cache && file === PATTERNS_FILE) return cache;
  // the built-in file was checked when the compiled data cache was made
  const words = readCheckedJson<PatternWords>(file, file === PATTERNS_FILE && builtinDataChecked() ? () => [] : validatePatternWords);
  if (file === PATTERNS_FILE) cache = words;
  return words;
}

/** The lists passes read as they run, not compiled into the data cache. */
type PassList = 'outlet_words' | 'outlet_name_words' | 'name_cues' | 'adjective_org_heads' | 'generic_org_adjectives' | 'article_non_nouns';
const passLists = new Map<PassList, Set<string>>();
/** A list of the built-in patterns file, folded, once per process. */
export function patternWordSet(name: PassList): Set<string> {
  let set = passLists.get(name);
  if (!set) passLists.set(name, (set = new Set(loadPatternWords()[name].map(foldKey))));
  return set;
}
