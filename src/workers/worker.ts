import { parentPort, workerData } from 'node:worker_threads';
import { createProcessor, type ProcessOptions } from '../process.js';
import type { InputDocument } from '../types.js';

const processor = createProcessor((workerData as { options: ProcessOptions }).options);
// A record goes back as its JSON text: one flat string is cheaper to pass between threads than
// a structured clone of the object tree, and the main thread can write it as it is (see pool.ts).
parentPort!.on('message', (msg: { seq: number; doc: InputDocument }) => {
  const result = processor.process(msg.doc);
  if (result.ok) parentPort!.postMessage({ seq: msg.seq, json: JSON.stringify(result.record) });
  else parentPort!.postMessage({ seq: msg.seq, result });
});
