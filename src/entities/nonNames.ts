// Words that are never part of a person's name (src/data/entities/non_names.json), and the verbs
// the clause words know.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../errors.js';
import { loadClauseWords } from '../events/clause/data.js';
import { DATA_DIR } from '../paths.js';
import { foldKey } from '../text/normalize.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaValidator } from '../schema/ajv.js';

export const NON_NAMES_FILE = join(DATA_DIR, 'entities', 'non_names.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'non_names.schema.json');

interface NonNamesFile { particles: string[]; adverbs: string[]; nouns: string[] }

let cache: Set<string> | null = null;

/** Schema problems of a parsed non-names file ("/particles/0 must ..."). */
export function nonNamesProblems(data: unknown): string[] {
  const validate = schemaValidator(SCHEMA_FILE);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** The folded words of non_names.json, validated once per process (the built-in file when the compiled data cache was made). */
export function nonNameWords(file = NON_NAMES_FILE): Set<string> {
  if (cache && file === NON_NAMES_FILE) return cache;
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!(file === NON_NAMES_FILE && builtinDataChecked())) {
    const problems = nonNamesProblems(data);
    if (problems.length) throw new DataFileError(file, problems);
  }
  const d = data as NonNamesFile;
  const out = new Set([...d.particles, ...d.adverbs, ...d.nouns].map(foldKey));
  if (file === NON_NAMES_FILE) cache = out;
  return out;
}

/** The known verb forms (clause words and trigger lexicon), folded. */
export function knownVerbs(): Set<string> {
  return loadClauseWords().verbs;
}
