// Countries for the event engine (capitals, nisba adjectives), from an engine's gazetteer entries.
import { foldKey } from '../text/normalize.js';
import { nisbaForms } from './compile.js';
import type { CountryInfo } from './countryInfo.js';
import type { LoadedEntry } from './gazetteer.js';

export type { CountryInfo } from './countryInfo.js';

/** Gazetteer countries (kind "country") by ISO2 code. */
export function countryTable(entries: readonly LoadedEntry[]): Map<string, CountryInfo> {
  const out = new Map<string, CountryInfo>();
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    if (e.type !== 'PLACE' || e.kind !== 'country' || !e.country || !e.iso3) continue;
    const iso2 = e.country.toUpperCase();
    if (out.has(iso2)) continue;
    const cap = e.capital ? byId.get(e.capital) : undefined;
    const nisba = new Set<string>();
    for (const n of e.nisba ?? []) { const base = foldKey(n); if (base) for (const f of nisbaForms(base)) nisba.add(f); }
    out.set(iso2, {
      id: e.id, iso2, iso3: e.iso3, name: e.name, name_ar: e.name_ar ?? e.name,
      capital: cap ? { id: cap.id, name: cap.name, name_ar: cap.name_ar ?? cap.name } : null,
      nisba: [...nisba],
      ...(e.dissolved ? { dissolved: e.dissolved } : {}),
    });
  }
  return out;
}
