// entities/fuzzy.ts: the candidate index skips keys mayReach rules out, and finds what comparing every key finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinGazetteer } from '../../src/compiled/build.js';
import { mayReach, similarity } from '../../src/entities/fuzzy.js';

const word = fc.array(fc.constantFrom(...'ابتثجحخدسشصعفقكلمنهويةىءأaz'.split('')), { minLength: 0, maxLength: 12 }).map((a) => a.join(''));

describe('the fuzzy index', () => {
  it('mayReach is false only when the similarity is below the bar', () => {
    fc.assert(fc.property(word, word, fc.constantFrom(0, 0.5, 0.85, 0.9, 0.92, 1), (a, b, min) => {
      if (!mayReach(a, b, min)) expect(similarity(a, b)).toBeLessThan(min);
    }), { numRuns: 20000 });
  });

  it('finds the best keys a comparison with every key of the blocks finds', () => {
    const index = builtinGazetteer().compiled.fuzzy;
    const blocks = new Map(index.blockList());
    const words = [...blocks.values()].flatMap((list) => list.map((c) => c.key)).filter((_, i) => i % 7 === 0);
    // each key with one letter changed, dropped or doubled
    const probes = words.flatMap((w) => [w, `${w.slice(0, 3)}ي${w.slice(4)}`, w.slice(0, -1), `${w}ه`]);
    for (const w of probes) {
      for (const threshold of [0.9, 0.92]) {
        let want: { key: string; values: unknown[]; score: number } | null = null;
        for (let len = w.length - 1; len <= w.length + 1; len++) {
          for (const c of blocks.get(`${w[0]}\u0000${len}`) ?? []) {
            const s = similarity(w, c.key);
            if (s < threshold) continue;
            if (!want || s > want.score) want = { key: c.key, values: [c.value], score: s };
            else if (s === want.score && want.key === c.key) want.values.push(c.value);
          }
        }
        expect(index.best(w, threshold, 1), w).toEqual(want);
      }
    }
  });
});
