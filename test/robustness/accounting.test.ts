// run.ts: an input is listed as processed in the same turn as its record is taken by the output, not
// once the output has written it: a signal in between puts the record out (flushSync) and writes the
// run report, which must list its input (the SIGINT test of faults.test.ts, made deterministic here).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newProgress, runExtract, type RunOptions } from '../../src/run.js';
import { ROOT } from '../helpers/cli.js';

const SEEDS = join(ROOT, 'seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
const options: RunOptions = { jobs: 1, inputFormat: 'auto', maxBytes: 32 * 2 ** 20, gazetteers: [], lexicons: [], refDate: null, keepInputs: true };

describe('accounting of inputs', () => {
  it('an input is listed while the output still waits to write its record', async () => {
    const progress = newProgress();
    const listedWhileWaiting: [string, boolean][] = [];
    await runExtract(seeds, options, {
      onRecord: (r) => new Promise<void>((resolve) => setTimeout(() => {
        listedWhileWaiting.push([r.id, progress.inputs.some((i) => i.id === r.id && i.status === 'processed')]);
        resolve();
      }, 1)),
    }, progress);
    expect(listedWhileWaiting).toHaveLength(seeds.length);
    expect(listedWhileWaiting.filter(([, listed]) => !listed)).toEqual([]);
  });

  it('a record the output cannot take leaves its input unlisted and ends the run', async () => {
    const progress = newProgress();
    const refused = runExtract(seeds.slice(0, 1), options, { onRecord: () => { throw new Error('disk full'); } }, progress);
    await expect(refused).rejects.toThrow('disk full');
    expect(progress.inputs).toEqual([]);
  });
});
