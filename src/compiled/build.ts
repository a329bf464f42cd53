// Makes the compiled data cache (cache.ts reads it): checks every built-in data file with its
// loader's validator (the JSON Schemas and the checks the schemas cannot express) and compiles the
// gazetteers, the clause words and the trigger stems. Above the loaders, which import only the reader (cache.ts), not
// this module: the entity engine (builtinGazetteer), compiled/write.ts (`npm run build`) and the
// tests make the cache through here, on first use where it is absent or stale.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compiledFromJson, compiledToJson } from '../entities/compiledJson.js';
import { compile, STOPWORDS_FILE, stopwordsProblems, type Compiled } from '../entities/compile.js';
import { countryTable, type CountryInfo } from '../entities/countries.js';
import { descriptionsProblems, DESCRIPTIONS_FILE } from '../entities/descriptions.js';
import { stateBodiesProblems, STATE_BODIES_FILE } from '../entities/stateBodies.js';
import { LazyEntries, serializeEntries, type EntryTable } from '../entities/entryTable.js';
import { builtinGazetteerFiles, loadGazetteers, type LoadedEntry } from '../entities/gazetteer.js';
import { PATTERNS_FILE, validatePatternWords } from '../entities/lexicon.js';
import { NON_NAMES_FILE, nonNamesProblems } from '../entities/nonNames.js';
import { SOUND_CLASSES_FILE, soundClassesProblems } from '../entities/soundKey.js';
import { DATE_TABLE_NAMES, dateTableFile, dateTableProblems } from '../dates/data.js';
import { DataFileError } from '../errors.js';
import { CLAUSE_WORDS, clauseWordsProblems, clauseWordsToJson, compileBuiltinClauseWords } from '../events/clause/data.js';
import { BUILTIN_FRAMES, readFrames } from '../events/frames.js';
import { BUILTIN_TRIGGERS, builtinStems } from '../events/lexicon/load.js';
import { readLexiconFile } from '../events/lexicon/validate.js';
import { ROLES_FILE, roleDataProblems } from '../events/roleData.js';
import { DATA_DIR } from '../paths.js';
import { CLITICS_FILE, cliticProblems } from '../text/clitics.js';
import { MORPHOLOGY_FILE, morphologyProblems } from '../text/morphology.js';
import { DATA_CACHE_FORMAT, readOrBuildDataCache, dataCodeHash, dataSourcesHash, fileStamps, forgetDataCache, type DataCacheFile } from './cache.js';

/**
 * Checks every built-in data file (schemas and the checks beyond them), as a start-up did before
 * the cache; throws DataFileError for the first bad file.
 */
export function checkBuiltinData(): { entries: LoadedEntry[]; clause: unknown } {
  const parse = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new DataFileError(file, [`cannot read: ${(err as Error).message}`]);
    }
  };
  const { entries } = loadGazetteers(builtinGazetteerFiles());
  const lexicon = readLexiconFile(BUILTIN_TRIGGERS);
  readFrames(BUILTIN_FRAMES, lexicon.triggers.map((t) => t.rule));
  const checks: [string, (data: unknown) => string[]][] = [
    [CLITICS_FILE, cliticProblems], [MORPHOLOGY_FILE, morphologyProblems], [PATTERNS_FILE, validatePatternWords],
    [CLAUSE_WORDS, clauseWordsProblems], [ROLES_FILE, roleDataProblems], [NON_NAMES_FILE, nonNamesProblems], [SOUND_CLASSES_FILE, soundClassesProblems], [DESCRIPTIONS_FILE, descriptionsProblems], [STATE_BODIES_FILE, stateBodiesProblems],
    [STOPWORDS_FILE, stopwordsProblems], ...DATE_TABLE_NAMES.map((n): [string, (data: unknown) => string[]] => [dateTableFile(n), dateTableProblems(n)]),
  ];
  const parsed = new Map<string, unknown>();
  for (const [file, problems] of checks) {
    const data = parse(file);
    const found = problems(data);
    if (found.length) throw new DataFileError(file, found);
    parsed.set(file, data);
  }
  return { entries, clause: parsed.get(CLAUSE_WORDS) };
}

/** Checks and compiles the built-in data into a cache file's content. */
export function buildDataCache(): DataCacheFile {
  const { entries, clause } = checkBuiltinData();
  const files = builtinGazetteerFiles();
  const rel = (file: string): string => relative(DATA_DIR, file).split(sep).join('/');
  // stamped before hashing: a file changed meanwhile then differs from its stamp at the next start
  const stamped = fileStamps();
  const code = dataCodeHash();
  const sources = dataSourcesHash();
  return {
    format: DATA_CACHE_FORMAT,
    unicode: process.versions.unicode ?? '',
    code,
    sources,
    stamps: { code, sources, files: stamped },
    gazetteer: {
      files: files.map(rel),
      entries: serializeEntries(entries.map((e) => ({ ...e, source: rel(e.source) }))),
      compiled: compiledToJson(compile(entries)),
      countries: [...countryTable(entries)],
    },
    clause: clauseWordsToJson(compileBuiltinClauseWords(clause)),
    triggers: builtinStems(),
  };
}

/** The valid cache, made (and written where it can be) if it is absent or stale. */
export function dataCache(): DataCacheFile {
  return readOrBuildDataCache(buildDataCache);
}

let gazetteer: { files: string[]; entries: EntryTable; compiled: Compiled } | null = null;

/** The built-in gazetteers, merged and compiled, from the cache (once per process). */
export function builtinGazetteer(): { files: string[]; entries: EntryTable; compiled: Compiled } {
  if (gazetteer) return gazetteer;
  const g = dataCache().gazetteer;
  const files = g.files.map((f) => join(DATA_DIR, f));
  const paths = new Map(g.files.map((f, i) => [f, files[i]]));
  // each entry decoded when first used, its `source` then made absolute in place
  const entries = new LazyEntries(g.entries, (e) => { e.source = paths.get(e.source) ?? join(DATA_DIR, e.source); });
  return (gazetteer = { files, entries, compiled: compiledFromJson(entries, g.compiled) });
}

/** The built-in gazetteers' country table, from the cache (a new map each call: an engine keeps its own). */
export function builtinCountries(): Map<string, CountryInfo> {
  return new Map(dataCache().gazetteer.countries);
}

/** Forgets the cache this process read or built, and the gazetteer made from it (tests). */
export function resetDataCache(): void {
  forgetDataCache();
  gazetteer = null;
}
