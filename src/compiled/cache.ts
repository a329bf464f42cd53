// The compiled data cache: the built-in gazetteers merged and compiled (tries, fuzzy index, folded
// keys, country table), the clause words and the trigger stems, written by `npm run build`
// (dist/compiled-data.bin) or on first use, and read in one go at start-up. It is in V8's
// serialization format (node:v8), which reads in half the time of the same data as JSON (most of
// its text is Arabic, which UTF-8 decoding and JSON.parse are slow on); a file a newer V8 wrote is
// refused by the deserializer, and made again like a damaged one. It also stands for
// "every built-in data file passed its checks": the JSON Schemas and the checks the schemas cannot
// express are run when the cache is made, not on each start.
//
// The cache is used only while it matches what made it: its format, the Unicode version of the
// running Node, a SHA-256 of the modules that check and compile the data, and a SHA-256 of every
// file under src/data (schemas included). A start does not hash those files (≈ 1 MB, ≈ 10 ms)
// while each is as it was when they were hashed: the cache also lists their names, sizes and
// modification times, and only a difference there (a file edited, added or removed, or touched)
// makes a start hash them again and compare. Otherwise (absent, stale, damaged) the data is checked and compiled again and the
// cache rewritten, quietly skipped where it cannot be written. User files (--gazetteer,
// --triggers) are never cached: they are checked and compiled on every start.
//
// This module reads the cache: the data loaders ask it whether the built-in data was checked
// (builtinDataChecked) and take compiled tables from it. It imports none of them. build.ts, above
// the loaders, checks and compiles the data (their validators) and makes the cache when it is
// absent or stale; so the imports go one way: build.ts -> loaders -> cache.ts.
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { DefaultDeserializer, serialize } from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { CompiledJson } from '../entities/compiledJsonFormat.js';
import type { CountryInfo } from '../entities/countryInfo.js';
import type { SerializedEntries } from '../entities/entryTable.js';
import type { ClauseWordsJson } from '../events/clause/json.js';
import type { StemsJson } from '../events/lexicon/types.js';
import { DATA_CACHE_FILE, DATA_DIR } from '../paths.js';

/** Bumped when the file's layout changes. */
export const DATA_CACHE_FORMAT = 13;

/** The environment variable that moves the cache file (a path), or turns it off ("off"). */
export const DATA_CACHE_ENV = 'CSTO_EXTRACT_DATA_CACHE';

const HERE = fileURLToPath(import.meta.url);
/** dist/ when built, src/ under vitest. */
const CODE_ROOT = dirname(dirname(HERE));
/** '.js' in dist/, '.ts' under vitest. */
const EXT = extname(HERE);

/**
 * The modules whose code decides what the data is checked against and what it compiles to:
 * a change to any of them makes the cache stale.
 */
const CODE_MODULES = [
  'compiled/cache', 'compiled/build', 'dates/data', 'entities/compiledJson', 'entities/compiledJsonFormat', 'entities/compile', 'entities/countries', 'entities/countryInfo', 'entities/entryTable', 'entities/fuzzy', 'entities/gazetteer', 'entities/lexicon',
  'entities/nonNames', 'entities/descriptions', 'entities/soundKey', 'entities/stateBodies', 'events/lexicon/types', 'events/lexicon/validate', 'events/lexicon/agreement',
  'events/lexicon/compile', 'events/lexicon/triggerTable', 'events/lexicon/load', 'events/clause/data', 'events/clause/json', 'events/frames', 'events/roleData',
  'schema/ajv', 'text/clitics', 'text/morphology', 'text/normalize', 'text/sorted',
];

export interface DataCacheFile {
  format: number;
  /** The Unicode version of the Node that made it: tokens are split by Unicode letter classes. */
  unicode: string;
  /** SHA-256 of CODE_MODULES. */
  code: string;
  /** SHA-256 of every built-in data file (names and bytes). */
  sources: string;
  /** The files `code` and `sources` were computed from, as they were then (see fileStamps). */
  stamps: { code: string; sources: string; files: FileStamp[] };
  gazetteer: {
    /** The built-in gazetteer files, relative to src/data, in load order. */
    files: string[];
    /** Merged entries, each as JSON (entities/entryTable.ts); `source` relative to src/data. */
    entries: SerializedEntries;
    compiled: CompiledJson;
    /** Their countries (entities/countries.ts's countryTable), by ISO2 code in table order. */
    countries: [string, CountryInfo][];
  };
  /** The clause words (events/clause/data.ts), compiled with the built-in lexicon's verbs. */
  clause: ClauseWordsJson;
  /** The built-in lexicon's trigger stems (events/lexicon/triggerTable.ts). */
  triggers: StemsJson;
}

/** Where the cache lives: $CSTO_EXTRACT_DATA_CACHE, else dist/compiled-data.bin; null: kept in memory only (under vitest, or "off"). */
export function dataCachePath(env: NodeJS.ProcessEnv = process.env): string | null {
  const set = env[DATA_CACHE_ENV];
  if (set === 'off') return null;
  if (set) return set;
  return EXT === '.js' ? join(CODE_ROOT, DATA_CACHE_FILE) : null;
}

/** A file's name (as hashed), size and modification time (ms). */
export type FileStamp = [string, number, number];

/** The code modules and the data files: the files the checksums cover. */
function checkedFiles(): { name: string; path: string }[] {
  return [
    ...CODE_MODULES.map((m) => ({ name: `code:${m}`, path: join(CODE_ROOT, `${m}${EXT}`) })),
    ...filesUnder(DATA_DIR).map((f) => ({ name: `data:${f.name}`, path: f.path })),
  ];
}

/** The stamps of the files the checksums cover, as they are now. */
export function fileStamps(): FileStamp[] {
  return checkedFiles().map(({ name, path }) => {
    const info = statSync(path);
    return [name, info.size, info.mtimeMs];
  });
}

/** Whether the files are the ones stamped (same names, sizes and times): then the checksums need no recomputing. */
function sameStamps(stamps: FileStamp[] | undefined): boolean {
  if (!Array.isArray(stamps)) return false;
  const files = checkedFiles();
  if (files.length !== stamps.length) return false;
  for (let i = 0; i < files.length; i++) {
    const [name, size, mtime] = stamps[i];
    if (name !== files[i].name) return false;
    const info = statSync(files[i].path, { throwIfNoEntry: false });
    if (!info || info.size !== size || info.mtimeMs !== mtime) return false;
  }
  return true;
}

function hashFiles(files: { name: string; path: string }[]): string {
  // node:crypto only here (≈ 5 ms to load): a start whose files match their stamps hashes nothing
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const hash = createHash('sha256');
  for (const { name, path } of files) {
    const bytes = readFileSync(path);
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Every file under a folder, sorted by relative path ('/' separated). */
function filesUnder(root: string): { name: string; path: string }[] {
  const out: { name: string; path: string }[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else out.push({ name: relative(root, path).split(sep).join('/'), path });
    }
  };
  visit(root);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

let codeHash: string | null = null;
let sourcesHash: string | null = null;
/** SHA-256 of the code that checks and compiles the data. */
export function dataCodeHash(): string {
  return (codeHash ??= hashFiles(CODE_MODULES.map((m) => ({ name: m, path: join(CODE_ROOT, `${m}${EXT}`) }))));
}
/** SHA-256 of the built-in data files. */
export function dataSourcesHash(): string {
  return (sourcesHash ??= hashFiles(filesUnder(DATA_DIR)));
}

/** node:v8's reader of a typed array, which its types do not declare. */
const readTypedArray = (DefaultDeserializer.prototype as unknown as { _readHostObject(this: DefaultDeserializer): Uint8Array })._readHostObject;

/**
 * node:v8's deserializer, but each typed array gets memory of its own: node:v8 makes it a view
 * of the buffer read from, which would keep the whole file's bytes alive beside the objects.
 */
class OwnMemoryDeserializer extends DefaultDeserializer {
  _readHostObject(): Uint8Array {
    return readTypedArray.call(this).slice();
  }
}

function deserialize(bytes: Buffer): unknown {
  const reader = new OwnMemoryDeserializer(bytes);
  reader.readHeader();
  return reader.readValue();
}

/** The cache file's content if it is there and matches the code and data; otherwise null. */
export function readDataCache(path: string): DataCacheFile | null {
  let cache: DataCacheFile;
  try {
    cache = deserialize(readFileSync(path)) as DataCacheFile;
  } catch {
    return null; // absent, unreadable, damaged or from a newer V8: made again
  }
  if (!cache || cache.format !== DATA_CACHE_FORMAT || cache.unicode !== (process.versions.unicode ?? '')) return null;
  const { stamps } = cache;
  if (stamps && stamps.code === cache.code && stamps.sources === cache.sources && sameStamps(stamps.files)) return cache;
  if (cache.code !== dataCodeHash() || cache.sources !== dataSourcesHash()) return null;
  return cache;
}

/** Writes the cache atomically (a temporary file renamed into place); false when it cannot be written. */
export function writeDataCache(path: string, cache: DataCacheFile): boolean {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, serialize(cache));
    renameSync(tmp, path);
    return true;
  } catch {
    try { rmSync(tmp, { force: true }); } catch { /* nothing left to clean */ }
    return false;
  }
}

/** The cache this process uses: read, or built (and written) when first needed. */
let current: DataCacheFile | null = null;
let looked = false;

function lookUp(): DataCacheFile | null {
  if (!looked) {
    looked = true;
    const path = dataCachePath();
    if (path) current = readDataCache(path);
  }
  return current;
}

/**
 * The valid cache: the one read, else made by `build` (and written where it can be) if it is
 * absent or stale. `build` is build.ts's buildDataCache (passed in: this module is below it).
 */
export function readOrBuildDataCache(build: () => DataCacheFile): DataCacheFile {
  const hit = lookUp();
  if (hit) return hit;
  const built = build();
  const path = dataCachePath();
  if (path) writeDataCache(path, built);
  // used through the serialization as a read cache would be, so every run sees the same structures
  return (current = deserialize(serialize(built)) as DataCacheFile);
}

/** The cache this process uses if it has been read or made, without making it; null when there is none yet. */
export function usedDataCache(): DataCacheFile | null {
  return lookUp();
}

/**
 * Whether the built-in data files were checked when the cache this process uses was made.
 * Reads the cache (never builds it): loaders check the built-in file themselves when false.
 */
export function builtinDataChecked(): boolean {
  return lookUp() !== null;
}

/** Forgets the cache this process read or built (tests; build.ts's resetDataCache also forgets what it made from it). */
export function forgetDataCache(): void {
  current = null;
  looked = false;
  codeHash = null;
  sourcesHash = null;
}
