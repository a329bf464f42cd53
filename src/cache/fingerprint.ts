// What a record depends on besides its document: the code that made it, the data it read and
// the options that change it. Any change gives a new fingerprint, so a cached record is only
// ever reused by a run that would have made the same bytes.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_CACHE_FILE, DATA_DIR, PACKAGE_ROOT } from '../paths.js';

export interface FingerprintOptions {
  gazetteers: string[];
  lexicons: string[];
  refDate: string | null;
  allLanguages: boolean;
}

/** The parts of a fingerprint, kept next to the cached entries so `cache stats` can say what they were made with. */
export interface FingerprintParts {
  tool: string;
  node: string;
  /** Every module of the running code (dist/ or src/). */
  code: string;
  /** Every built-in data file (src/data). */
  data: string;
  dependencies: Record<string, string>;
  gazetteers: { file: string; sha256: string }[];
  triggers: { file: string; sha256: string }[];
  options: { ref_date: string | null; all_languages: boolean };
}

export interface Fingerprint {
  /** Hex SHA-256 of the parts. */
  id: string;
  parts: FingerprintParts;
}

/** The folder this module's code tree starts at: dist/ when built, src/ under vitest. */
const CODE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

function hashTree(root: string, keep: (name: string) => boolean): string {
  const hash = createHash('sha256');
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (keep(entry.name)) addFile(hash, relative(root, path), readFileSync(path));
    }
  };
  visit(root);
  return hash.digest('hex');
}

function addFile(hash: Hash, name: string, bytes: Buffer): void {
  hash.update(`${name}\0${bytes.length}\0`);
  hash.update(bytes);
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function dependencyVersions(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const versions: Record<string, string> = {};
  for (const name of Object.keys(pkg.dependencies ?? {}).sort()) {
    try {
      versions[name] = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      versions[name] = 'not found';
    }
  }
  return versions;
}

export function computeFingerprint(options: FingerprintOptions): Fingerprint {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  const parts: FingerprintParts = {
    tool: pkg.version,
    node: process.version,
    // the compiled data cache is made from the code and data hashed here, and may appear after a first run
    code: hashTree(CODE_ROOT, (name) => /\.(?:js|ts|json)$/.test(name) && !name.endsWith('.test.ts') && name !== DATA_CACHE_FILE),
    data: hashTree(DATA_DIR, () => true),
    dependencies: dependencyVersions(),
    gazetteers: options.gazetteers.map((file) => ({ file, sha256: sha256(readFileSync(file)) })),
    triggers: options.lexicons.map((file) => ({ file, sha256: sha256(readFileSync(file)) })),
    options: { ref_date: options.refDate, all_languages: options.allLanguages },
  };
  // a user file's path does not change a record, its bytes do
  const identity = { ...parts, gazetteers: parts.gazetteers.map((g) => g.sha256), triggers: parts.triggers.map((t) => t.sha256) };
  return { id: createHash('sha256').update(JSON.stringify(identity)).digest('hex'), parts };
}
