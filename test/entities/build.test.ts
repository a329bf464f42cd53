// entities/build.ts: one record per entity, mentions and entities in text order.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('records', () => {
  it('sorts entities by first mention', () => {
    const ents = run('موسكو ثم طاجيكستان ثم موسكو ثم كابول');
    expect(ents.map((e) => e.id)).toEqual(['place:moscow', 'place:tajikistan', 'place:kabul']);
  });
});
