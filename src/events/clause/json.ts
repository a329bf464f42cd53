// The clause words' JSON layout in the compiled data cache (data.ts makes and reads it), and the
// agreement types it uses. Types only, importing nothing: the cache's reader (src/compiled/cache.ts)
// describes its file with them, below the modules that load and compile the data.

export type Gender = 'm' | 'f';
export type GNumber = 'sg' | 'du' | 'pl';

/** ClauseWords as JSON (sets as arrays, in their order), for the compiled data cache. */
export interface ClauseWordsJson {
  complementizers: string[];
  relatives: [string, Gender, GNumber][];
  coordinators: string[];
  prepositions: string[];
  clitics: string[];
  speech: string[];
  verbs: string[];
  present: string[];
  genitiveHeads: string[];
  attributives: string[];
  nonHumanPlurals: string[];
}
