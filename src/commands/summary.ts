// `csto-extract summary FILE|-`: a terminal overview of extract output.
import { renderSummary } from '../report/summary.js';
import { readRecordsInput } from './input.js';
import { useColor, type Io } from './io.js';

export async function summaryCommand(file: string, io: Io): Promise<number> {
  const docs = await readRecordsInput(file, io);
  io.stdout.write(renderSummary(docs, null, { color: useColor(io, io.stdout) }));
  return 0;
}
