import { parentPort, workerData } from 'node:worker_threads';
import { createProcessor, summarizeRecord, type ProcessOptions } from '../process.js';
import type { InputDocument } from '../types.js';
import { loadFranc } from '../io/language.js';

await loadFranc();

const { options, serialized } = workerData as { options: ProcessOptions; serialized: boolean };
const processor = createProcessor(options);
const encoder = new TextEncoder();
// A record goes back as JSON text: one flat string is cheaper to pass between threads than a
// structured clone of the object tree. When the consumer only writes it out (`serialized`), it
// goes as UTF-8 bytes whose buffer is transferred, not copied, with the few figures the run
// report needs, so the main thread neither parses nor encodes it (see pool.ts).
parentPort!.on('message', (msg: { seq: number; doc: InputDocument }) => {
  const result = processor.process(msg.doc);
  if (!result.ok) parentPort!.postMessage({ seq: msg.seq, result });
  else if (!serialized) parentPort!.postMessage({ seq: msg.seq, json: JSON.stringify(result.record) });
  else {
    const bytes = encoder.encode(JSON.stringify(result.record));
    parentPort!.postMessage({ seq: msg.seq, bytes, summary: summarizeRecord(result.record) }, [bytes.buffer]);
  }
});
