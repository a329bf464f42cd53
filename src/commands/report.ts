// `csto-extract report FILE|- --html OUT`: a self-contained HTML report, written atomically
// through the shared file sink (its temporary file is removed on failure and on a signal).
import { basename } from 'node:path';
import { fileSink, refuseInputAsOutput, resolveTarget } from '../output/sink.js';
import { renderHtmlReport } from '../report/html/page.js';
import { readRecordsInput } from './input.js';
import type { Io } from './io.js';

export async function reportCommand(file: string, opts: { html: string; title?: string }, io: Io): Promise<number> {
  // `report records.ndjson --html records.ndjson` would replace the records with the page; checked before reading
  refuseInputAsOutput('--html', resolveTarget(opts.html, '--html'), [file]);
  const docs = await readRecordsInput(file, io);
  const sink = fileSink(opts.html);
  const onSignal = (signal: NodeJS.Signals): void => {
    sink.abort();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const html = renderHtmlReport(docs, { title: opts.title ?? `csto-extract report: ${file === '-' ? 'stdin' : basename(file)}` });
    await sink.write(html);
    await sink.commit();
    const events = docs.reduce((n, d) => n + d.events.length, 0);
    io.stderr.write(`wrote ${opts.html} (${plural(docs.length, 'document')}, ${plural(events, 'event')}, ${Math.round(Buffer.byteLength(html) / 1024)} KiB)\n`);
    return 0;
  } catch (err) {
    sink.abort();
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
