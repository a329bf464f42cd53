// Countries for the event engine (capitals, nisba adjectives), from an engine's gazetteer entries.
import { foldKey } from '../text/normalize.js';
import { nisbaForms } from './compile.js';
import type { LoadedEntry } from './gazetteer.js';

export interface CountryInfo {
  iso2: string;
  iso3: string;
  name: string;
  name_ar: string;
  capital: { id: string; name: string; name_ar: string } | null;
  /** Folded nisba adjective forms ("الروسي", "الروسيه", "روسيون" ...), as the matcher knows them. */
  nisba: string[];
  /** The year it ceased to exist (the Soviet Union: 1991). */
  dissolved?: number;
}

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
      iso2, iso3: e.iso3, name: e.name, name_ar: e.name_ar ?? e.name,
      capital: cap ? { id: cap.id, name: cap.name, name_ar: cap.name_ar ?? cap.name } : null,
      nisba: [...nisba],
      ...(e.dissolved ? { dissolved: e.dissolved } : {}),
    });
  }
  return out;
}
