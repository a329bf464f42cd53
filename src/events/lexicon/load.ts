// The lexicons a run uses: the built-in file (read once) and users' files, validated and
// compiled once per process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinDataChecked, usedDataCache } from '../../compiled/cache.js';
import { DataFileError } from '../../errors.js';
import { DATA_DIR } from '../../paths.js';
import { compileLexicon, lexiconEntries, lexiconInflection } from './compile.js';
import { stemsToJson } from './triggerTable.js';
import type { CompiledLexicon, LexiconFile, StemsJson } from './types.js';
import { readLexiconFile } from './validate.js';

export const BUILTIN_TRIGGERS = join(DATA_DIR, 'events', 'triggers.json');

let builtinFile: LexiconFile | null = null;

/**
 * The built-in lexicon file, read once per process; validated like a user's unless it was
 * checked when the compiled data cache was made (src/compiled/build.ts).
 */
export function builtinLexiconFile(): LexiconFile {
  if (builtinFile) return builtinFile;
  if (!builtinDataChecked()) return (builtinFile = readLexiconFile(BUILTIN_TRIGGERS));
  try {
    builtinFile = JSON.parse(readFileSync(BUILTIN_TRIGGERS, 'utf8')) as LexiconFile;
  } catch (err) {
    throw new DataFileError(BUILTIN_TRIGGERS, [`cannot read: ${(err as Error).message}`]);
  }
  return builtinFile;
}

/** The built-in lexicon's trigger stems, as the compiled data cache keeps them. */
export function builtinStems(): StemsJson {
  const files = [builtinLexiconFile()];
  return stemsToJson(lexiconEntries(files), lexiconInflection(files));
}

const cache = new Map<string, CompiledLexicon>();

/** The built-in lexicon plus user files, validated and compiled once per process. */
export function loadLexicon(userFiles: string[] = []): CompiledLexicon {
  const key = userFiles.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const builtin = builtinLexiconFile();
  const known = Object.keys(builtin.inflection ?? {});
  const users = userFiles.map((f) => readLexiconFile(f, known, Object.keys(builtin.cues ?? {}), Object.keys(builtin.word_groups ?? {})));
  // the built-in file alone: its stems come from the data cache, when there is one
  const compiled = compileLexicon([builtin, ...users], [BUILTIN_TRIGGERS, ...userFiles], users.length ? undefined : usedDataCache()?.triggers);
  cache.set(key, compiled);
  return compiled;
}
