// How bin/csto-extract starts the CLI. Node 20 resolves, reads, compiles and links the ≈ 120 ES
// modules of `extract` one by one (≈ 0.15 s), and then compiles every function the first article
// runs, cold; it has no code cache for ES modules. So `npm run build` also writes the CLI as one
// CommonJS script (dist/cli.bundle.cjs, made by compiled/bundle.ts from the compiled modules) and
// V8's code cache for it, made after extracting the seed articles (dist/cli.bundle.v8cache): a
// start compiles that one script with the cache, which holds the bytecode of the functions an
// article runs. The output is the same: it is the same code.
//
// The bundle is used only while it is what the build made: its manifest (dist/cli.bundle.json)
// lists every file that went into it (the bundle included) with its size, modification time and
// SHA-256, and each is checked: its size and time, and its bytes when the time differs (a copy, a
// package unpacked from its tarball). After a change (an edited module, an updated dependency) the
// ES modules are used, as they are without a bundle; a bare `tsc` after the build rewrites every
// module, so its bytes are compared, and a changed one leaves the bundle aside. The code cache is used only with the bundle
// it was made for (its first bytes are the bundle's SHA-256); V8 itself refuses one made by another
// V8 or under other flags. CSTO_EXTRACT_BUNDLE=off starts from the ES modules. Node without
// require(esm) (before 20.19) uses the ES modules too: franc, an ES module, could not be loaded.
//
// This module and bin/csto-extract are CommonJS (bin/package.json), and so is the bundle: a start
// that uses it loads no ES module, and Node does not set up its ES module loader (≈ 10 ms).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { constants as vmConstants, Script } from 'node:vm';
import { HEAP_GROWTH_FLAG } from './flags.cjs';

/** dist/, where this module is compiled. */
const DIST = __dirname;
const ROOT = join(DIST, '..');
export const BUNDLE_FILE = join(DIST, 'cli.bundle.cjs');
export const BUNDLE_MANIFEST = join(DIST, 'cli.bundle.json');
export const BUNDLE_CODE_CACHE = join(DIST, 'cli.bundle.v8cache');
/** Bumped when the bundle's or the manifest's layout changes. */
export const BUNDLE_FORMAT = 1;
/** The environment variable that turns the bundle off ("off"). */
export const BUNDLE_ENV = 'CSTO_EXTRACT_BUNDLE';
/** Length of the bundle's SHA-256 (hex) at the head of the code cache file. */
const ID_LENGTH = 64;

/** SHA-256 (hex) of a file; node:crypto is loaded only then (≈ 5 ms), as a start whose files kept their times needs none. */
function sha256Of(path: string): string {
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export interface BundleManifest {
  format: number;
  /** SHA-256 of the bundle (hex). */
  id: string;
  /** Every file the bundle was made from, and the bundle: path (from the package root, or absolute outside it), size, mtimeMs, SHA-256. */
  files: [string, number, number, string][];
}

type Cli = typeof import('./cli.js', { with: { 'resolution-mode': 'import' } });

export interface LoadedBundle {
  cli: Cli;
  script: Script;
  id: string;
  /** Whether a code cache was given to V8 and accepted. */
  cached: boolean;
}

/** The manifest when every file it lists is as it was; otherwise null. */
function freshManifest(): BundleManifest | null {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(BUNDLE_MANIFEST, 'utf8')) as BundleManifest;
  } catch {
    return null; // no bundle (a bare tsc), or damaged
  }
  if (manifest?.format !== BUNDLE_FORMAT || !Array.isArray(manifest.files)) return null;
  for (const [file, size, mtime, sha] of manifest.files) {
    const path = isAbsolute(file) ? file : join(ROOT, file);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info || info.size !== size) return null;
    // another time (a copy, a package unpacked from its tarball): the same bytes will do
    if (info.mtimeMs !== mtime && sha256Of(path) !== sha) return null;
  }
  return manifest;
}

/** The bundled CLI, compiled with its code cache when there is a valid one; null when it is absent, stale or off. */
export function loadBundle(env: NodeJS.ProcessEnv = process.env): LoadedBundle | null {
  if (env[BUNDLE_ENV] === 'off' || !(process.features as { require_module?: boolean }).require_module) return null;
  const manifest = freshManifest();
  if (!manifest) return null;
  const source = readFileSync(BUNDLE_FILE, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    const bytes = readFileSync(BUNDLE_CODE_CACHE);
    if (bytes.toString('latin1', 0, ID_LENGTH) === manifest.id) cachedData = bytes.subarray(ID_LENGTH);
  } catch { /* none: compiled without */ }
  // before compiling: the flags are part of what a code cache must match
  setFlagsFromString(HEAP_GROWTH_FLAG);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE_FILE,
    cachedData,
    // import() as in any module (the bundle's own are made calls; this is for a package left out of it)
    importModuleDynamically: vmConstants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as Cli };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE_FILE), module, BUNDLE_FILE, DIST);
  return { cli: module.exports, script, id: manifest.id, cached: Boolean(cachedData) && !script.cachedDataRejected };
}

/** Writes the code cache of a loaded bundle (after it has run, so it holds the functions that ran). */
export function codeCacheBytes(bundle: LoadedBundle): Buffer {
  return Buffer.concat([Buffer.from(bundle.id, 'latin1'), bundle.script.createCachedData()]);
}

/** Runs the CLI: the bundle when it can be used, otherwise the ES modules. */
export async function start(argv: string[]): Promise<void> {
  const cli = loadBundle()?.cli ?? await import('./cli.js');
  await cli.main(argv);
}
