// Words that are never part of a person's name (src/data/entities/non_names.json), and the verbs
// the clause words know.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { DataFileError } from '../errors.js';
import { loadClauseWords } from '../events/clause/data.js';
import { DATA_DIR } from '../paths.js';
import { foldKey } from '../text/normalize.js';

export const NON_NAMES_FILE = join(DATA_DIR, 'entities', 'non_names.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'non_names.schema.json');

interface NonNamesFile { particles: string[]; adverbs: string[]; nouns: string[] }

let cache: Set<string> | null = null;

/** The folded words of non_names.json, validated once per process. */
export function nonNameWords(file = NON_NAMES_FILE): Set<string> {
  if (cache && file === NON_NAMES_FILE) return cache;
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  if (!validate(data)) throw new DataFileError(file, (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`));
  const d = data as NonNamesFile;
  const out = new Set([...d.particles, ...d.adverbs, ...d.nouns].map(foldKey));
  if (file === NON_NAMES_FILE) cache = out;
  return out;
}

/** The known verb forms (clause words and trigger lexicon), folded. */
export function knownVerbs(): Set<string> {
  return loadClauseWords().verbs;
}
