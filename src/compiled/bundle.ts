// `npm run build` runs this after tsc and compiled/write.js: writes the CLI as one CommonJS script
// (dist/cli.bundle.cjs) from the compiled ES modules, its manifest, and V8's code cache for it made
// after extracting the seed articles (dist/cli.bundle.v8cache); see start.cts for how a start uses
// them. The worker threads and the library keep the ES modules.
//
// In the bundle every module keeps its own import.meta.url (its file in dist/, or in node_modules),
// so the paths it derives (the package root, the data cache's code, the worker script) are as before.
// ajv, franc, fast-csv and vega stay outside: they are loaded (require) only when needed. Node's
// built-in modules are required by the module that imports them when it is initialised, not all at
// the top of the bundle: `extract` then loads neither node:zlib (--cache), node:tty (chalk) nor the
// others only other commands need. The script is escaped to ASCII, without comments, so that a
// start reads it as a one-byte string (≈ 0.65 MB, not ≈ 1.6 MB of UTF-16).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { PACKAGE_ROOT } from '../paths.js';
import { BUNDLE_CODE_CACHE, BUNDLE_FILE, BUNDLE_FORMAT, BUNDLE_MANIFEST, codeCacheBytes, loadBundle, type BundleManifest } from '../start.cjs';

const DIST = join(PACKAGE_ROOT, 'dist');
/** Packages left out of the bundle, loaded by require() when first needed. */
const EXTERNAL = /^(ajv|franc|fast-csv|vega|chrono-node)/;
/** The bundle's module standing for a built-in one: `module.exports = require("node:…")`, run when first imported. */
const BUILTIN = '\0builtin:';

/** The bundle's function that gives a module's URL (a module may have a `require` of its own). */
const MODULE_URL = '__cstoModuleUrl';

/** Makes the bundle and its manifest; returns the manifest. */
async function writeBundle(): Promise<BundleManifest> {
  for (const f of [BUNDLE_FILE, BUNDLE_MANIFEST, BUNDLE_CODE_CACHE]) rmSync(f, { force: true });
  const bundle = await rolldown({
    input: join(DIST, 'cli.js'),
    platform: 'node',
    external: (id) => EXTERNAL.test(id),
    logLevel: 'warn',
    plugins: [{
      // rolldown hoists the require() of an external module to the top of the bundle, so every
      // built-in module would load at each start; a CommonJS module of the bundle runs when imported
      name: 'builtins-when-imported',
      resolveId(id, importer) {
        if (!id.startsWith('node:')) return null;
        return importer?.startsWith(BUILTIN) ? { id, external: true } : `${BUILTIN}${id}`;
      },
      load(id) {
        return id.startsWith(BUILTIN) ? { code: `module.exports = require(${JSON.stringify(id.slice(BUILTIN.length))});`, moduleType: 'js' } : null;
      },
    }, {
      name: 'module-url',
      // each module's own URL, from the bundle's folder at run time (the package may be moved)
      transform(code, id) {
        if (!code.includes('import.meta.url')) return null;
        const url = JSON.stringify(relative(DIST, id).split(sep).join('/'));
        return { code: code.replaceAll('import.meta.url', `${MODULE_URL}(${url})`) };
      },
    }],
  });
  const { output } = await bundle.write({
    file: BUNDLE_FILE,
    format: 'cjs',
    codeSplitting: false,
    charset: 'ascii',
    comments: false,
    banner: `const ${MODULE_URL} = (file) => require("node:url").pathToFileURL(require("node:path").join(__dirname, file)).href;`,
  });
  await bundle.close();
  const chunk = output.find((o) => o.type === 'chunk');
  if (!chunk || output.length !== 1) throw new Error(`expected one script, got ${output.map((o) => o.fileName).join(', ')}`);
  const source = readFileSync(BUNDLE_FILE);
  const stamp = (file: string): [string, number, number, string] => {
    const info = statSync(file);
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    // inside the package: from its root (the package may be moved); outside (a hoisted or linked node_modules): absolute
    const rel = relative(PACKAGE_ROOT, file);
    return [rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/'), info.size, info.mtimeMs, sha];
  };
  const inputs = chunk.moduleIds.filter((id) => !id.startsWith('\0')).sort();
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    id: createHash('sha256').update(source).digest('hex'),
    files: [...inputs.map(stamp), stamp(BUNDLE_FILE)],
  };
  writeFileSync(BUNDLE_MANIFEST, `${JSON.stringify(manifest)}\n`);
  return manifest;
}

/** Extracts the seed articles with the bundle, then writes its code cache. */
async function writeCodeCache(manifest: BundleManifest): Promise<void> {
  const loaded = loadBundle({});
  if (!loaded || loaded.id !== manifest.id) throw new Error('the bundle just written is not used (stale manifest?)');
  const seeds = join(PACKAGE_ROOT, 'seeds');
  const articles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f));
  const tmp = mkdtempSync(join(tmpdir(), 'csto-bundle-'));
  try {
    const previous = process.exitCode;
    await loaded.cli.main([process.execPath, 'csto-extract', 'extract', ...articles, '--jobs', '1', '-q', '-o', join(tmp, 'out.json')]);
    if (process.exitCode) throw new Error(`extracting the seed articles with the bundle exited with ${process.exitCode}`);
    process.exitCode = previous;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(BUNDLE_CODE_CACHE, codeCacheBytes(loaded));
}

/** In a new process, as bin/csto-extract starts: whether V8 takes the code cache. */
function checkCodeCache(): void {
  const probe = `import(${JSON.stringify(pathToFileURL(join(DIST, 'start.cjs')).href)}).then((m) => { const b = m.loadBundle({}); process.stdout.write(b ? (b.cached ? 'cached' : 'compiled') : 'none'); })`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  if (r.stdout !== 'cached') throw new Error(`a start does not use the code cache (${r.stdout || r.stderr.trim()})`);
}

try {
  const manifest = await writeBundle();
  await writeCodeCache(manifest);
  checkCodeCache();
} catch (err) {
  // without the bundle a start uses the ES modules: slower, same output
  for (const f of [BUNDLE_FILE, BUNDLE_MANIFEST, BUNDLE_CODE_CACHE]) rmSync(f, { force: true });
  process.stderr.write(`CLI bundle: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
