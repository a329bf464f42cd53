// The words for "capital" have one owner, the entity patterns; an event's place phrase reads them there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPatternWords } from '../../src/entities/lexicon.js';
import { BUILTIN_TRIGGERS, loadLexicon } from '../../src/events/lexicon/load.js';
import { lexIndex } from '../../src/events/words.js';
import { foldKey } from '../../src/text/normalize.js';

describe('place heads', () => {
  const capitals = loadPatternWords().capital_words.map(foldKey);

  it('the trigger lexicon does not list the capital words; the place heads it compiles to have them', () => {
    const file = JSON.parse(readFileSync(BUILTIN_TRIGGERS, 'utf8')) as { cues: Record<string, string[]> };
    expect(capitals).toEqual(['العاصمه', 'عاصمه']);
    for (const w of capitals) expect(file.cues.place_heads).not.toContain(w);
    const heads = lexIndex(loadLexicon()).sets.placeHeads!;
    for (const w of [...capitals, ...file.cues.place_heads]) expect(heads.has(w)).toBe(true);
  });
});
