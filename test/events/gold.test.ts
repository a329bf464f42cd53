// The key events of the seed gold (fixtures/seeds.gold.json), found with the hand-built mentions of fixtures.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/types.js';
import { run, seed } from './helpers.js';
import { SEED000, SEED001, SEED002, SEED003, SEED004 } from './fixtures.js';

const GOLD = new URL('../../fixtures/seeds.gold.json', import.meta.url).pathname;
interface GoldEvent { type: string; date?: string; place?: string; actors?: string[] }

// the scorer's rule: type among the alternatives, date prefix, place and actor names in the record's JSON
function matches(e: EventRecord, g: GoldEvent): boolean {
  if (!g.type.split('|').includes(e.type)) return false;
  if (g.date && !(e.date?.value ?? '').startsWith(g.date)) return false;
  const json = JSON.stringify(e).toLowerCase();
  if (g.place && !json.includes(g.place.toLowerCase())) return false;
  return (g.actors ?? []).every((a) => a.split('|').some((x) => json.includes(x.toLowerCase())));
}

describe('seed gold key events', () => {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
  for (const fx of [SEED000, SEED001, SEED002, SEED003, SEED004]) {
    it(fx.docId!, () => {
      const { events } = run(seed(fx.docId + '.txt'), fx);
      const missed = (gold.docs[fx.docId!].events as GoldEvent[]).filter((g) => !events.some((e) => matches(e, g)));
      expect(missed).toEqual([]);
      expect(events.filter((e) => e.main)).toHaveLength(1);
    });
  }
});
