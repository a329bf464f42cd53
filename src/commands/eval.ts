import { readFileSync } from 'node:fs';
import type { Io } from '../cli.js';
import { formatScore } from '../eval/format.js';
import { parseOutput, scoreOutput } from '../eval/score.js';

export function evalCommand(goldPath: string, outPath: string, opts: { json?: boolean; verbose?: boolean }, io: Io): number {
  let gold: object, docs: unknown[];
  try {
    gold = JSON.parse(readFileSync(goldPath, 'utf8')) as object;
  } catch (err) {
    io.stderr.write(`csto-extract: cannot read gold file ${goldPath}: ${(err as Error).message}\n`);
    return 2;
  }
  try {
    docs = parseOutput(readFileSync(outPath, 'utf8'));
  } catch (err) {
    io.stderr.write(`csto-extract: cannot read output ${outPath}: ${(err as Error).message}\n`);
    return 2;
  }
  io.stdout.write(formatScore(scoreOutput(gold, docs), opts));
  return 0;
}
