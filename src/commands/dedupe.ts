import type { Writable } from 'node:stream';
import { dedupeEvents } from '../events/dedupe.js';
import { fileSink, stdoutSink } from '../output/sink.js';
import { readRecordsInput } from './input.js';
import type { Io } from './io.js';

export async function dedupeCommand(file: string, opts: { out?: string }, io: Io): Promise<number> {
  const docs = await readRecordsInput(file, io);
  dedupeEvents(docs);
  const sink = opts.out ? fileSink(opts.out) : stdoutSink(io.stdout as Writable);
  for (const d of docs) await sink.write(`${JSON.stringify(d)}\n`);
  await sink.commit();
  return 0;
}
