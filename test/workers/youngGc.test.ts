// The main thread's periodic young-generation collection frees the buffers of records it has let go.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { youngCollector } from '../../src/workers/youngGc.js';

describe('youngCollector', () => {
  it('frees dropped ArrayBuffers every `every` calls, and not between', () => {
    // a full collection first: one that earlier test files left under way (incremental marking)
    // could keep the buffers below alive through a young collection
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    const tick = youngCollector(3);
    tick(); tick(); tick(); // a first collection: what earlier tests left
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < 200; i++) new Uint8Array(64 * 1024).fill(1); // 12.5 MB, dropped at once
    const held = process.memoryUsage().arrayBuffers;
    expect(held - before).toBeGreaterThan(10 * 2 ** 20);
    tick(); tick();
    expect(process.memoryUsage().arrayBuffers).toBe(held);
    tick();
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(2 ** 20);
  });
});
