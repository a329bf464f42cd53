// The machine's ceiling for CPU work that touches little memory: a fixed integer loop (xorshift),
// run by the benchmark as one process and as two side by side. Two cores that scale take as long
// for two as for one.
// Usage: node dist/bench/spin.js [ITERATIONS]   → one JSON line on stdout.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Default work: ≈ 1 s on one core of a 2020s server. */
export const SPIN_ITERATIONS = 500_000_000;

export function spin(iterations: number): number {
  let x = 2463534242;
  for (let i = 0; i < iterations; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x >>> 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = process.argv[2] ? Number(process.argv[2]) : SPIN_ITERATIONS;
  const started = process.hrtime.bigint();
  const x = spin(n);
  process.stdout.write(`${JSON.stringify({ iterations: n, result: x, seconds: Number(process.hrtime.bigint() - started) / 1e9 })}\n`);
}
