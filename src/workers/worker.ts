import { parentPort, workerData } from 'node:worker_threads';
import { createProcessor, type ProcessOptions } from '../process.js';
import type { InputDocument } from '../types.js';

const processor = createProcessor((workerData as { options: ProcessOptions }).options);
parentPort!.on('message', (msg: { seq: number; doc: InputDocument }) => {
  parentPort!.postMessage({ seq: msg.seq, result: processor.process(msg.doc) });
});
