// Words that are never part of a person's name (src/data/entities/non_names.json), and the verbs
// the clause words know.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { loadClauseWords } from '../events/clause/data.js';
import { DATA_DIR } from '../paths.js';
import { foldKey } from '../text/normalize.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaProblems } from '../schema/ajv.js';

export const NON_NAMES_FILE = join(DATA_DIR, 'entities', 'non_names.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'non_names.schema.json');

interface NonNamesFile { particles: string[]; adverbs: string[]; nouns: string[] }

let cache: Set<string> | null = null;

/** Schema problems of a parsed non-names file ("field particles.0: must ..."). */
export const nonNamesProblems = (data: unknown): string[] => schemaProblems(SCHEMA_FILE, data);

/** The folded words of non_names.json, validated once per process (the built-in file when the compiled data cache was made). */
export function nonNameWords(file = NON_NAMES_FILE): Set<string> {
  if (cache && file === NON_NAMES_FILE) return cache;
  const d = readCheckedJson<NonNamesFile>(file, file === NON_NAMES_FILE && builtinDataChecked() ? () => [] : nonNamesProblems);
  const out = new Set([...d.particles, ...d.adverbs, ...d.nouns].map(foldKey));
  if (file === NON_NAMES_FILE) cache = out;
  return out;
}

/** The known verb forms (clause words and trigger lexicon), folded. */
export function knownVerbs(): Set<string> {
  return loadClauseWords().verbs;
}
