import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (this file compiles to dist/paths.js). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Built-in data files (gazetteers, lexicons, month tables) are read from the source tree. */
export const DATA_DIR = join(PACKAGE_ROOT, 'src', 'data');
/** The compiled data cache's file name in dist/ (src/compiled/cache.ts). */
export const DATA_CACHE_FILE = 'compiled-data.bin';
