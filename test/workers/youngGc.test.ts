// The main thread's periodic young-generation collection frees the buffers of records it has let go.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { youngCollector } from '../../src/workers/youngGc.js';

/** The bytes of array buffers, once V8's background sweeper has freed what a collection released (it may lag under load). */
async function settledArrayBuffers(atMost: number): Promise<number> {
  let bytes = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 50 && bytes > atMost; i++) {
    await sleep(20);
    bytes = process.memoryUsage().arrayBuffers;
  }
  return bytes;
}

describe('youngCollector', () => {
  it('frees dropped ArrayBuffers every `every` calls, and not between', async () => {
    const tick = youngCollector(3);
    tick(); tick(); tick(); // a first collection: what earlier tests left
    const before = await settledArrayBuffers(0);
    for (let i = 0; i < 200; i++) new Uint8Array(64 * 1024).fill(1); // 12.5 MB, dropped at once
    const held = process.memoryUsage().arrayBuffers;
    expect(held - before).toBeGreaterThan(10 * 2 ** 20);
    tick(); tick();
    expect(process.memoryUsage().arrayBuffers).toBe(held);
    tick();
    expect(await settledArrayBuffers(before + 2 ** 20) - before).toBeLessThan(2 ** 20);
  });
});
