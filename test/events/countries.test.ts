// Countries, capitals and nisba adjectives come from the gazetteers (entity engine), not from the trigger lexicon.
import { describe, expect, it } from 'vitest';
import { countryInfo } from '../../src/entities/index.js';
import { loadCountries } from '../../src/events/index.js';
import { BUILTIN_TRIGGERS, lexiconProblems, readLexiconFile } from '../../src/events/lexicon.js';
import { run } from './helpers.js';

describe('countries from the gazetteer', () => {
  it('countryInfo: ISO codes, names, capital and folded nisba forms, cached per process', () => {
    const info = countryInfo();
    expect(info.size).toBeGreaterThan(140);
    const tj = info.get('TJ')!;
    expect([tj.iso2, tj.iso3, tj.name, tj.name_ar]).toEqual(['TJ', 'TJK', 'Tajikistan', 'طاجيكستان']);
    expect(tj.capital).toEqual({ id: 'place:dushanbe', name: 'Dushanbe', name_ar: 'دوشنبه' });
    expect(tj.nisba).toEqual(expect.arrayContaining(['الطاجيكيه', 'الطاجيكي', 'طاجيكيه', 'الطاجيكستانيه', 'الطاجيكستاني']));
    expect(info.get('AF')!.capital?.name).toBe('Kabul');
    expect(countryInfo()).toBe(info);
    expect(loadCountries()).toBe(loadCountries());
    expect(loadCountries().nisba.get('الروسيه')?.iso2).toBe('RU');
    expect(loadCountries().byName.get('kazakhstan')?.iso3).toBe('KAZ');
  });

  it('the trigger lexicon has no country table, and a user lexicon cannot add one', () => {
    expect(readLexiconFile(BUILTIN_TRIGGERS)).not.toHaveProperty('countries');
    expect(lexiconProblems({ triggers: [], countries: [{ iso2: 'TJ', iso3: 'TJK', name: 'Tajikistan' }] })).toEqual(['top level: unknown field "countries"']);
  });

  it('a capital named by its country\'s nisba, for a country the old lexicon table did not list', () => {
    const { events } = run('عقدت قمة منظمة معاهدة الأمن الجماعي في العاصمة المصرية يوم 23 نوفمبر 2022.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'] },
      dates: [['23 نوفمبر 2022', '2022-11-23', 'day']],
    });
    expect(events).toHaveLength(1);
    expect(events[0].location).toEqual({ entity: 'place:cairo', name: 'Cairo', country: 'EG', iso3: 'EGY', text: 'العاصمة المصرية', basis: 'sentence' });
  });

  it('the Tajik capital without the city named: the gazetteer capital', () => {
    const { events } = run('عقدت قمة منظمة معاهدة الأمن الجماعي في العاصمة الطاجيكية يوم 23 نوفمبر 2022.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'] },
      dates: [['23 نوفمبر 2022', '2022-11-23', 'day']],
    });
    expect(events[0].location).toEqual({ entity: 'place:dushanbe', name: 'Dushanbe', country: 'TJ', iso3: 'TJK', text: 'العاصمة الطاجيكية', basis: 'sentence' });
  });
});
