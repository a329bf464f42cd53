// text/intern.ts and analyze.ts: one table of the folded words of the texts analysed, whose index
// each token carries; it starts over between texts when full, and a text kept from before is not misread.
import { describe, expect, it } from 'vitest';
import { analyze, wordIndex } from '../../src/text/analyze.js';
import { WORD_TABLE_MAX, WORDS } from '../../src/text/intern.js';

describe('the shared word table', () => {
  it('every token of a word has the same index, which names its folded word', () => {
    const t = analyze('زار بوتين موسكو ثم زار بوتين مينسك');
    const ids = Array.from({ length: t.tokens.length }, (_, k) => wordIndex(t, k));
    expect(ids[0]).toBe(ids[4]);
    expect(ids[1]).toBe(ids[5]);
    expect(WORDS.keys[ids[2]]).toBe('موسكو');
  });

  it('a text analysed before the table started over still reads its own words', () => {
    const kept = analyze('أعلنت روسيا تجميد المشاركة');
    const many = Array.from({ length: WORD_TABLE_MAX + 1 }, (_, i) => `w${i}`).join(' ');
    analyze(many);
    analyze('نص آخر');
    expect(kept.wordGeneration).not.toBe(WORDS.generation);
    expect(Array.from({ length: kept.tokens.length }, (_, k) => WORDS.keys[wordIndex(kept, k)])).toEqual(['اعلنت', 'روسيا', 'تجميد', 'المشاركه']);
  });
});
