// Countries, capitals and nisba adjectives come from the entity engine's gazetteers (built-in and
// --gazetteer), not from the trigger lexicon; the capital of "العاصمة الطاجيكية" is resolved once,
// by the entity engine, and the event takes it from the entity's mention.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countryInfo } from '../../src/entities/index.js';
import { loadCountries } from '../../src/events/index.js';
import { BUILTIN_TRIGGERS } from '../../src/events/lexicon/load.js';
import { lexiconProblems, readLexiconFile } from '../../src/events/lexicon/validate.js';
import { createPipeline, type PipelineOptions } from '../../src/pipeline.js';
import type { DocumentRecord } from '../../src/types.js';

const processText = (text: string, options: PipelineOptions = {}): DocumentRecord =>
  createPipeline(options).process({ id: 'doc', source: 'test', text, encoding: 'utf-8' }, 'ar');

describe('countries from the gazetteer', () => {
  it('countryInfo: ISO codes, names, capital and folded nisba forms, cached per engine', () => {
    const info = countryInfo();
    expect(info.size).toBeGreaterThan(140);
    const tj = info.get('TJ')!;
    expect([tj.iso2, tj.iso3, tj.name, tj.name_ar]).toEqual(['TJ', 'TJK', 'Tajikistan', 'طاجيكستان']);
    expect(tj.capital).toEqual({ id: 'place:dushanbe', name: 'Dushanbe', name_ar: 'دوشنبه' });
    expect(tj.nisba).toEqual(expect.arrayContaining(['الطاجيكيه', 'الطاجيكي', 'طاجيكيه', 'الطاجيكستانيه', 'الطاجيكستاني']));
    expect(info.get('AF')!.capital?.name).toBe('Kabul');
    expect(countryInfo()).toBe(info);
    expect(loadCountries()).toBe(loadCountries());
    expect(loadCountries().nisba.has('الروسيه')).toBe(true);
    expect(loadCountries().byName.get('kazakhstan')?.iso3).toBe('KAZ');
  });

  it('the trigger lexicon has no country table, and a user lexicon cannot add one', () => {
    expect(readLexiconFile(BUILTIN_TRIGGERS)).not.toHaveProperty('countries');
    expect(lexiconProblems({ triggers: [], countries: [{ iso2: 'TJ', iso3: 'TJK', name: 'Tajikistan' }] })).toEqual(['top level: unknown field "countries"']);
  });

  it('a capital named by its country\'s nisba: the entity engine\'s mention of Cairo places the event', () => {
    const doc = processText('عقدت قمة منظمة معاهدة الأمن الجماعي في العاصمة المصرية يوم 23 نوفمبر 2022.');
    expect(doc.entities.find((e) => e.id === 'place:cairo')?.mentions.map((m) => [m.text, m.method])).toEqual([['العاصمة المصرية', 'nisba']]);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].location).toEqual({ entity: 'place:cairo', name: 'Cairo', country: 'EG', country_name: 'Egypt', iso3: 'EGY', text: 'العاصمة المصرية', basis: 'sentence' });
  });

  it('the Tajik capital without the city named: Dushanbe', () => {
    const doc = processText('عقدت قمة منظمة معاهدة الأمن الجماعي في العاصمة الطاجيكية يوم 23 نوفمبر 2022.');
    expect(doc.events[0].location).toEqual({ entity: 'place:dushanbe', name: 'Dushanbe', country: 'TJ', country_name: 'Tajikistan', iso3: 'TJK', text: 'العاصمة الطاجيكية', basis: 'sentence' });
  });
});

describe('a country added with --gazetteer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csto-countries-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const gazetteer = join(dir, 'atlantis.json');
  writeFileSync(gazetteer, JSON.stringify({
    name: 'atlantis',
    entries: [
      { id: 'place:atlantis', type: 'PLACE', name: 'Atlantis', name_ar: 'أطلنطس', kind: 'country', country: 'XA', iso3: 'XAT', capital: 'place:poseidonia', nisba: ['أطلنطي'] },
      // the capital gives its country's ISO2 code only, as the built-in capitals do
      { id: 'place:poseidonia', type: 'PLACE', name: 'Poseidonia', name_ar: 'بوسيدونيا', kind: 'capital', country: 'XA' },
    ],
  }));

  it('an event in its capital gets the country\'s ISO3 code', () => {
    const doc = processText('عقدت قمة منظمة معاهدة الأمن الجماعي في بوسيدونيا يوم 23 نوفمبر 2022.', { gazetteers: [gazetteer] });
    expect(doc.events[0].location).toEqual({ entity: 'place:poseidonia', name: 'Poseidonia', country: 'XA', country_name: 'Atlantis', iso3: 'XAT', text: 'بوسيدونيا', basis: 'sentence' });
  });

  it('so does an event in its capital named by the nisba', () => {
    const doc = processText('عقدت قمة منظمة معاهدة الأمن الجماعي في العاصمة الأطلنطية يوم 23 نوفمبر 2022.', { gazetteers: [gazetteer] });
    expect(doc.events[0].location).toEqual({ entity: 'place:poseidonia', name: 'Poseidonia', country: 'XA', country_name: 'Atlantis', iso3: 'XAT', text: 'العاصمة الأطلنطية', basis: 'sentence' });
  });
});
