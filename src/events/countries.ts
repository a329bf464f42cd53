// Countries and their nisba adjectives as the event rules see them: the entity engine's country table.
import { countryInfo, type CountryInfo } from '../entities/index.js';
import type { EntityRecord } from '../types.js';

/** Countries and their nisba adjectives, from the entity engine's country table (cached per table). */
export interface Countries {
  byIso2: Map<string, CountryInfo>;
  /** lower-case English name → country */
  byName: Map<string, CountryInfo>;
  /** folded nisba forms of one country each (a form two countries share is left out) */
  nisba: Set<string>;
}

const COUNTRIES = new WeakMap<Map<string, CountryInfo>, Countries>();
/** The event rules' view of a country table: the entity engine's, by default that of the built-in gazetteers. */
export function loadCountries(info: Map<string, CountryInfo> = countryInfo()): Countries {
  let c = COUNTRIES.get(info);
  if (!c) {
    const byName = new Map<string, CountryInfo>();
    const nisba = new Map<string, CountryInfo | null>();
    for (const ci of info.values()) {
      byName.set(ci.name.toLowerCase(), ci);
      for (const n of ci.nisba) nisba.set(n, nisba.has(n) && nisba.get(n) !== ci ? null : ci);
    }
    const unique = new Set<string>();
    for (const [n, ci] of nisba) if (ci) unique.add(n);
    c = { byIso2: info, byName, nisba: unique };
    COUNTRIES.set(info, c);
  }
  return c;
}

export function isCountryEntity(ent: EntityRecord, countries: Countries): boolean {
  if (ent.type !== 'PLACE') return false;
  // a place's kind is one of the gazetteer schema's (country, capital, city, province, region, territory)
  if (ent.kind) return ent.kind === 'country';
  return countries.byName.has(ent.name.toLowerCase());
}

/** The country of an ISO2 code, in either case. */
export function countryOf(countries: Countries, code?: string): CountryInfo | undefined {
  return code ? countries.byIso2.get(code.toUpperCase()) : undefined;
}

export function iso3Of(countries: Countries, country?: string, iso3?: string): string | undefined {
  return iso3 ?? countryOf(countries, country)?.iso3;
}
