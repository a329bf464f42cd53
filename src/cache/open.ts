// extract --cache DIR: checks the folder and opens the cache for the run's fingerprint.
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { computeFingerprint, type FingerprintOptions } from './fingerprint.js';
import { openCache, type RecordCache } from './store.js';

export function openRunCache(dir: string, paths: string[], options: FingerprintOptions): RecordCache {
  if (statSync(dir, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--cache: ${dir} is a file, not a folder`);
  // the cache's entries would be read as articles (hidden folders are not read)
  for (const p of paths) {
    const inside = relative(resolve(p), resolve(dir));
    if (p !== '-' && !inside.startsWith('..') && !isAbsolute(inside) && !inside.split(sep).some((part) => part.startsWith('.'))) {
      throw new UsageError(`--cache: ${dir} is inside the input ${p}; put it elsewhere or give it a name starting with a dot`);
    }
  }
  return openCache(dir, computeFingerprint(options));
}
