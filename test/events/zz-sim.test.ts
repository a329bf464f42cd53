import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { run, seed } from './helpers.js';
import { SEED000, SEED001, SEED002, SEED003, SEED004 } from './fixtures.js';
it('sim', () => {
  const out = [];
  for (const fx of [SEED000, SEED001, SEED002, SEED003, SEED004]) {
    const { events, entities } = run(seed(fx.docId + '.txt'), fx);
    out.push({ id: fx.docId, published: fx.published, entities, dates: [], events });
  }
  writeFileSync('/tmp/evgen/sim.json', JSON.stringify(out, null, 1));
});
