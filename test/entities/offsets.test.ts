import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { builtinGazetteerFiles } from '../../src/entities/gazetteer.js';
import { loadEntityEngine } from '../../src/entities/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { EntityRecord } from '../../src/types.js';
import { MINI, byId, run } from './helpers.js';

function checkOffsets(original: string, ents: EntityRecord[]): void {
  for (const e of ents) {
    for (const m of e.mentions) {
      expect(original.slice(m.start, m.end)).toBe(m.text);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      expect(['exact', 'clitic', 'nisba', 'fuzzy', 'pattern', 'coreference', 'description', 'coordination']).toContain(m.method);
    }
    const starts = e.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  }
}

const SEEDS = join(PACKAGE_ROOT, 'seeds');

describe('mention offsets point into the original text', () => {
  // seeds/ is part of the repository: no seeds is a failure, not zero tests
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  it('has the seed articles to check', () => { expect(seeds.length).toBeGreaterThanOrEqual(5); });
  for (const f of seeds) {
    it(`seed ${f}`, () => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const engines = [loadEntityEngine({ builtin: [], gazetteers: [MINI] })];
      if (builtinGazetteerFiles().length) engines.push(loadEntityEngine());
      for (const eng of engines) {
        const ents = eng.extract(analyze(text));
        expect(ents.length).toBeGreaterThan(3);
        checkOffsets(text, ents);
      }
    });
  }
  it('with diacritics, tatweel and invisible characters', () => {
    const text = 'قَالَ الرَّئِيسُ الرُّوسِيُّ فلاديـــمير بوتـين إنّ موسكـــو و\u200fطاجيكستان والكرملين';
    const ents = run(text);
    checkOffsets(text, ents);
    expect(byId(ents, 'person:vladimir-putin')!.mentions[0]).toMatchObject({ text: 'فلاديـــمير بوتـين', role: 'الرَّئِيسُ الرُّوسِيُّ' });
    expect(byId(ents, 'place:russia')!.mentions[0].text).toBe('الرُّوسِيُّ');
    expect(byId(ents, 'place:moscow')!.mentions[0].text).toBe('موسكـــو');
    expect(byId(ents, 'place:tajikistan')).toBeDefined();
  });
  it('with presentation forms from PDFs', () => {
    // "موسكو" and "روسيا" written with Arabic presentation forms
    const moscow = '\uFEE3\uFEEE\uFEB3\uFEDC\uFEEE';
    const text = `وصل إلى ${moscow} من روسيا`;
    const ents = run(text);
    checkOffsets(text, ents);
    expect(byId(ents, 'place:moscow')!.mentions[0]).toMatchObject({ text: moscow, start: text.indexOf(moscow), end: text.indexOf(moscow) + moscow.length });
  });
  it('holds for random mixes of names, clitics, marks and noise', () => {
    const pieces = ['بموسكو', 'الرئيس', 'الروسي', 'فلاديمير', 'بوتين', 'طاجيكستان', 'للكرملين', 'ـ', '\u064e', '\u0651', '، ', ' - ', ' ', '\n', '"', 'أفغانتسان', 'الطاجيكية', 'حركة', 'غازبروم', 'وزير', 'خارجية', 'X', '٢٠٢١', '\uFEE3\uFEEE', '\u200f', 'العاصمة', 'رحمون', '.'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      checkOffsets(text, run(text));
      const tight = parts.join('');
      checkOffsets(tight, run(tight));
    }), { numRuns: 300 });
  });
});
