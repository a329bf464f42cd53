// `npm run build` runs this after tsc: checks every built-in data file and writes the compiled
// data cache (dist/compiled-data.bin, or $CSTO_EXTRACT_DATA_CACHE), so that no start checks or
// compiles the built-in data again. A bad built-in data file fails the build with its problems.
import { DataFileError } from '../errors.js';
import { buildDataCache } from './build.js';
import { dataCachePath, writeDataCache } from './cache.js';

const path = dataCachePath();
try {
  if (!path) throw new Error(`no cache file to write (${process.env.CSTO_EXTRACT_DATA_CACHE === 'off' ? 'CSTO_EXTRACT_DATA_CACHE=off' : 'not running from dist/'})`);
  if (!writeDataCache(path, buildDataCache())) throw new Error(`cannot write ${path}`);
} catch (err) {
  process.stderr.write(`compiled data cache: ${err instanceof DataFileError ? `invalid data file ${err.message}` : (err as Error).message}\n`);
  process.exitCode = 1;
}
