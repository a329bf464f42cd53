// The argument-role cue words (src/data/events/roles.json): loaded, validated against their schema
// and folded once per process; the role rules read them by name.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { foldKey } from '../text/normalize.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaProblems } from '../schema/ajv.js';

export const ROLES_FILE = join(DATA_DIR, 'events', 'roles.json');
export const ROLES_SCHEMA = join(DATA_DIR, 'schema', 'roles.schema.json');

export type SpeakerNumber = 'masculine' | 'feminine' | 'plural';

/** A description of an organisation: its folded words, and the entity it names when it names one. */
export interface Description { words: string[]; entity: string | null }

export interface RoleData {
  complementizers: Set<string>;
  /** folded إنه/إنها/إنهم → the gender or number of the speaker it stands for */
  speakerPronouns: Map<string, SpeakerNumber>;
  /** speech verbs that relay what another said ("نقلت عن") */
  relaying: Set<string>;
  /** answering words: a verb has its own subject, a noun answers through the verb that carries it */
  answering: { nouns: Set<string>; verbs: Set<string> };
  /** longest first, so that "الحلف الذي تقوده موسكو" wins over "الحلف" */
  descriptions: Description[];
  /** the first words of the descriptions: most tokens start none, and are passed over at one lookup */
  descriptionFirsts: Set<string>;
}

interface RolesFile {
  complementizers: string[];
  speaker_pronouns: Record<SpeakerNumber, string[]>;
  relaying: string[];
  answering: { nouns: string[]; verbs: string[] };
  descriptions: { phrase: string; entity?: string }[];
}

/** Problems of a parsed roles file against its schema ("field complementizers.0: must match pattern ..."). */
export const roleDataProblems = (data: unknown): string[] => schemaProblems(ROLES_SCHEMA, data);

const fold = (words: string[]): Set<string> => new Set(words.map(foldKey));

export function compileRoleData(raw: RolesFile): RoleData {
  const speakerPronouns = new Map<string, SpeakerNumber>();
  for (const n of ['masculine', 'feminine', 'plural'] as const) for (const w of raw.speaker_pronouns[n]) speakerPronouns.set(foldKey(w), n);
  const descriptions = raw.descriptions
    .map((d) => ({ words: foldKey(d.phrase).split(' ').filter(Boolean), entity: d.entity ?? null }))
    // a phrase of no word (punctuation only) describes nothing
    .filter((d) => d.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  return {
    complementizers: fold(raw.complementizers), speakerPronouns,
    relaying: fold(raw.relaying), answering: { nouns: fold(raw.answering.nouns), verbs: fold(raw.answering.verbs) }, descriptions,
    descriptionFirsts: new Set(descriptions.map((d) => d.words[0])),
  };
}

let cached: RoleData | null = null;
/** The built-in role cues, validated on first use (unless checked when the compiled data cache was made). */
export function roleData(): RoleData {
  if (!cached) {
    cached = compileRoleData(readCheckedJson<RolesFile>(ROLES_FILE, builtinDataChecked() ? () => [] : roleDataProblems));
  }
  return cached;
}
