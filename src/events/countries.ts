// Countries, their capitals and nisba adjectives as the event rules see them: the entity engine's gazetteer.
import { countryInfo, type CountryInfo } from '../entities/index.js';
import type { EntityRecord } from '../types.js';

/** Countries, their capitals and nisba adjectives, from the entity engine's gazetteer (cached per process). */
export interface Countries {
  byIso2: Map<string, CountryInfo>;
  /** lower-case English name → country */
  byName: Map<string, CountryInfo>;
  /** folded nisba form → country; a form two countries share is left out */
  nisba: Map<string, CountryInfo>;
}

const COUNTRIES = new WeakMap<Map<string, CountryInfo>, Countries>();
export function loadCountries(): Countries {
  const info = countryInfo();
  let c = COUNTRIES.get(info);
  if (!c) {
    const byName = new Map<string, CountryInfo>();
    const nisba = new Map<string, CountryInfo | null>();
    for (const ci of info.values()) {
      byName.set(ci.name.toLowerCase(), ci);
      for (const n of ci.nisba) nisba.set(n, nisba.has(n) && nisba.get(n) !== ci ? null : ci);
    }
    const unique = new Map<string, CountryInfo>();
    for (const [n, ci] of nisba) if (ci) unique.set(n, ci);
    c = { byIso2: info, byName, nisba: unique };
    COUNTRIES.set(info, c);
  }
  return c;
}

export function isCountryEntity(ent: EntityRecord, countries: Countries): boolean {
  if (ent.type !== 'PLACE') return false;
  if (ent.kind) return /country|state|nation|دولة/i.test(ent.kind);
  return countries.byName.has(ent.name.toLowerCase());
}

export function iso3Of(countries: Countries, country?: string, iso3?: string): string | undefined {
  return iso3 ?? (country ? countries.byIso2.get(country.toUpperCase())?.iso3 : undefined);
}
