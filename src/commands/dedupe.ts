import { readFileSync } from 'node:fs';
import type { Io } from '../cli.js';
import { dedupeEvents } from '../events/dedupe.js';
import { fileSink, stdoutSink } from '../output/sink.js';
import { readRecords } from '../report/summary.js';
import type { DocumentRecord } from '../types.js';
import type { Writable } from 'node:stream';

export async function dedupeCommand(file: string, opts: { out?: string }, io: Io): Promise<number> {
  let docs: DocumentRecord[];
  try {
    docs = file === '-' ? parseStdin(readFileSync(0, 'utf8')) : readRecords(file);
  } catch (err) {
    io.stderr.write(`csto-extract: ${(err as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  dedupeEvents(docs);
  const sink = opts.out ? fileSink(opts.out) : stdoutSink(io.stdout as Writable);
  for (const d of docs) await sink.write(`${JSON.stringify(d)}\n`);
  await sink.commit();
  return 0;
}

function parseStdin(text: string): DocumentRecord[] {
  const t = text.trim();
  if (t.startsWith('[')) return JSON.parse(t) as DocumentRecord[];
  return t.split('\n').filter((l) => l.trim()).map((l, i) => {
    try { return JSON.parse(l) as DocumentRecord; } catch (err) { throw new Error(`stdin line ${i + 1}: ${(err as Error).message}`); }
  });
}
