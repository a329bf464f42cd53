// A country as the event engine places events with it (countries.ts makes the table). Types only,
// importing nothing: the compiled data cache's reader (src/compiled/cache.ts) describes its file
// with it, below the modules that compile the data.

export interface CountryInfo {
  /** The gazetteer entry's id ("place:russia"). */
  id: string;
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
