// Sound keys of names (src/data/entities/sound_classes.json): transliterations of one foreign name write
// its sounds with different letters, add or leave out vowel letters and spaces ("قرمان بك باقييف",
// "كورمانبيك باكييف"); their sound keys are the same. The table of the gazetteer's people by key is
// what entities/passes/soundAlike.ts looks names up in.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaProblems } from '../schema/ajv.js';
import { keyTokens, type Compiled } from './compile.js';
import { byCodeUnits } from '../text/sorted.js';

interface SoundClassesFile {
  classes: { sound: string; letters: string[] }[];
  vowels: string[];
  word_final_silent: string[];
  min_key_letters: number;
}

export const SOUND_CLASSES_FILE = join(DATA_DIR, 'entities', 'sound_classes.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'sound_classes.schema.json');

/** Schema problems of a parsed sound classes file ("field classes.0: must ..."). */
export const soundClassesProblems = (data: unknown): string[] => schemaProblems(SCHEMA_FILE, data);

interface SoundRules {
  /** a letter → the letter its class is written with; a vowel letter → '' */
  letter: Map<string, string>;
  finalSilent: Set<string>;
  minLetters: number;
}

let rules: SoundRules | null = null;

function soundRules(): SoundRules {
  if (rules) return rules;
  const d = readCheckedJson<SoundClassesFile>(SOUND_CLASSES_FILE, builtinDataChecked() ? () => [] : soundClassesProblems);
  const letter = new Map<string, string>();
  for (const c of d.classes) for (const l of c.letters) letter.set(l, c.letters[0]);
  for (const v of d.vowels) letter.set(v, '');
  return (rules = { letter, finalSilent: new Set(d.word_final_silent), minLetters: d.min_key_letters });
}

/** The sound key of one folded word: each letter as its class's, vowel letters and a silent final letter left out. */
export function wordSoundKey(f: string): string {
  const { letter, finalSilent } = soundRules();
  let end = f.length;
  if (end > 1 && finalSilent.has(f[end - 1])) end--;
  let out = '';
  for (let i = 0; i < end; i++) {
    const c = f[i];
    const m = letter.get(c);
    out += m === undefined ? c : m;
  }
  return out;
}

/** The gazetteer's people by the sound key of each name of two words or more; a key two people share names neither. */
export interface SoundTable {
  /** key → entry index */
  byKey: Map<string, number>;
  /** the keys, sorted: whether a key begins with what has been read so far */
  sorted: string[];
  minLetters: number;
}

const TABLES = new WeakMap<Compiled, SoundTable>();

export function soundTable(c: Compiled): SoundTable {
  let table = TABLES.get(c);
  if (table) return table;
  const { minLetters } = soundRules();
  const byKey = new Map<string, number>();
  c.entries.forEach((e, i) => {
    if (e.type !== 'PERSON') return;
    for (const a of [e.name_ar, ...(e.aliases ?? [])]) {
      const toks = a ? keyTokens(a) : [];
      if (toks.length < 2) continue;
      const key = toks.map(wordSoundKey).join('');
      if (key.length < minLetters) continue;
      const had = byKey.get(key);
      byKey.set(key, had === undefined || had === i ? i : -1);
    }
  });
  for (const [k, v] of byKey) if (v < 0) byKey.delete(k);
  table = { byKey, sorted: [...byKey.keys()].sort(byCodeUnits), minLetters };
  TABLES.set(c, table);
  return table;
}

/** Whether some key of the table begins with `prefix`. */
export function keyBegins(table: SoundTable, prefix: string): boolean {
  const keys = table.sorted;
  let lo = 0, hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo].startsWith(prefix);
}
