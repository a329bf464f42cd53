import { readFileSync } from 'node:fs';
import type { Io } from '../cli.js';
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
  const result = scoreOutput(gold, docs);
  if (opts.json) {
    const { lines: _lines, report: _report, ...scores } = result;
    io.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
  } else {
    if (opts.verbose) for (const { id, lines } of result.report) if (lines.length) io.stdout.write(`${id}\n  ${lines.join('\n  ')}\n`);
    const summary = result.lines.slice(result.lines.length - Object.keys(result.perType).length - 1);
    io.stdout.write(`${summary.join('\n')}\n`);
  }
  return 0;
}
