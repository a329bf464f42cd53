// The seed articles scored against their reference annotations, as `csto-extract eval` does.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreOutput } from '../../src/eval/score.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { createProcessor } from '../../src/process.js';
import { validateDocumentRecord } from '../../src/schema/validate.js';

const seeds = join(PACKAGE_ROOT, 'seeds');
const gold = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'fixtures', 'seeds.gold.json'), 'utf8')) as object;

describe('the seeds against fixtures/seeds.gold.json', () => {
  const processor = createProcessor({});
  const records = readdirSync(seeds).sort().map((f) => {
    const r = processor.process({ id: basename(f, '.txt'), source: join('seeds', f), text: readFileSync(join(seeds, f), 'utf8'), encoding: 'utf-8' });
    if (!r.ok) throw new Error(r.reason);
    return r.record;
  });

  it('every record validates against the JSON Schema', () => {
    for (const r of records) expect(validateDocumentRecord(r), r.id).toEqual([]);
  });

  it('finds and links the entities, dates, published dates and key events', () => {
    const s = scoreOutput(gold, records);
    expect(s.entity.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.linking).toBeGreaterThanOrEqual(0.95);
    expect(s.dates).toBe(1);
    expect(s.published).toBe(1);
    expect(s.events).toBe(1);
  });

  it('gives no article a flood of events: at most four per sentence, one main event', () => {
    for (const r of records) {
      const perSentence = new Map<number, number>();
      for (const e of r.events) perSentence.set(e.sentence.index, (perSentence.get(e.sentence.index) ?? 0) + 1);
      for (const [sentence, n] of perSentence) expect(n, `${r.id} sentence ${sentence}`).toBeLessThanOrEqual(4);
      expect(r.events.filter((e) => e.main)).toHaveLength(1);
    }
  });
});
