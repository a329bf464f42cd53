// csto-extract diff OLD NEW: what changed between two extract outputs, per document.
import type { Io } from './io.js';
import { diffOutputs, hasDifferences } from '../diff/diff.js';
import { renderDiff } from '../diff/render.js';
import { readRecords, RecordsReadError } from '../report/summary.js';
import type { DocumentRecord } from '../types.js';

export interface DiffOptions {
  format: 'text' | 'json';
  failOnDiff?: boolean;
}

export function diffCommand(oldPath: string, newPath: string, opts: DiffOptions, io: Io, color: boolean): number {
  let sides: [DocumentRecord[], DocumentRecord[]];
  try {
    sides = [readRecords(oldPath), readRecords(newPath)];
  } catch (err) {
    // an unreadable side is not a difference: exit 2, so a CI gate tells the two apart
    if (!(err instanceof RecordsReadError)) throw err;
    io.stderr.write(`csto-extract diff: ${err.message.split('\n')[0]}\n`);
    return 2;
  }
  const result = diffOutputs(...sides);
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout.write(renderDiff(result, { old: oldPath, new: newPath }, { color, rows: (io.stdout as NodeJS.WriteStream).rows || 40 }));
  return opts.failOnDiff && hasDifferences(result) ? 1 : 0;
}
