// The entity engine: gazetteer matching (exact, clitic, nisba, fuzzy), title and trigger
// patterns for unknown people and organisations, and in-document coreference.
//
// All matching runs over folded normalised tokens (words.ts); the passes, in PASSES order, add
// hits over token ranges (context.ts), and build.ts turns them into entity records, taking every
// mention's text and offsets from the original text through t.span, so
// original.slice(start, end) === text.
import type { AnalyzedText } from '../text/analyze.js';
import type { EntityRecord } from '../types.js';
import { builtinCountries, builtinGazetteer } from '../compiled/build.js';
import { build } from './build.js';
import { compile, type Compiled } from './compile.js';
import { newCtx, type Ctx, type DateSpan } from './context.js';
import { countryTable, type CountryInfo } from './countries.js';
import { builtinGazetteerFiles, loadGazetteers, type LoadedEntry } from './gazetteer.js';
import { appositionPersons } from './passes/appositions.js';
import { brokenPluralsAsAdjectives } from './passes/brokenPlurals.js';
import { capitals } from './passes/capitals.js';
import { coordinatedNisbas } from './passes/coordination.js';
import { agencyCredits } from './passes/credits.js';
import { descriptionsOfOrganisations } from './passes/descriptions.js';
import { fuzzyPass } from './passes/fuzzy.js';
import { gazetteer } from './passes/gazetteer.js';
import { namesAfterCues } from './passes/nameCues.js';
import { dropNonNames } from './passes/notNames.js';
import { nisbaInsideOrganisations } from './passes/nisbaInOrgs.js';
import { orgPatterns } from './passes/orgPatterns.js';
import { resolveShortForms } from './passes/shortForms.js';
import { soundAlikeNames } from './passes/soundAlike.js';
import { stateBodies } from './passes/stateBodies.js';
import { pastStateNisbas } from './passes/pastStates.js';
import { outletNisbas } from './passes/outlets.js';
import { partyNames } from './passes/partyNames.js';
import { unknownSurnames } from './passes/surnames.js';
import { clockTimeZones } from './passes/timeZones.js';
import { titlePatterns } from './passes/titles.js';
import { WordTable } from './words.js';

export type { CountryInfo } from './countries.js';

export interface EntityEngineOptions {
  /** Extra gazetteer files given with --gazetteer. */
  gazetteers?: string[];
  /** Use only these gazetteer files instead of the built-in ones (tests, `gazetteer lookup`). */
  builtin?: string[] | false;
}

export interface EntityEngine {
  /** The entities of a text; its date expressions (the date engine's), if given, end no name ("روسيا اليوم الجمعة"). */
  extract(t: AnalyzedText, dates?: readonly DateSpan[]): EntityRecord[];
  /** The merged gazetteer entries the engine was compiled from. */
  readonly entries: readonly LoadedEntry[];
  /** Its countries (kind "country") by ISO2 code, with capital and nisba forms: what the event engine places events with. */
  readonly countries: Map<string, CountryInfo>;
}

type Pass = (ctx: Ctx) => void;

/** The passes, in order: each sees the hits of the ones before it. */
export const PASSES: readonly Pass[] = [
  gazetteer, agencyCredits, outletNisbas, clockTimeZones, brokenPluralsAsAdjectives, capitals, stateBodies, fuzzyPass, soundAlikeNames, resolveShortForms, titlePatterns, appositionPersons, namesAfterCues, orgPatterns, partyNames, unknownSurnames, dropNonNames, nisbaInsideOrganisations,
  coordinatedNisbas, pastStateNisbas, descriptionsOfOrganisations,
];

const cache = new Map<string, EntityEngine>();

/** Loads, validates and compiles the built-in and user gazetteers once per process. */
export function loadEntityEngine(options: EntityEngineOptions = {}): EntityEngine {
  const builtin = options.builtin === false ? [] : options.builtin ?? builtinGazetteerFiles();
  const files = [...builtin, ...(options.gazetteers ?? [])];
  const key = files.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  // the built-in gazetteers alone come compiled from the data cache; user files are checked and compiled now
  const fromCache = options.builtin === undefined && !options.gazetteers?.length;
  const c = fromCache ? builtinGazetteer().compiled : compile(loadGazetteers(files).entries);
  const words = new WordTable(c);
  let countries: Map<string, CountryInfo> | null = null;
  const engine: EntityEngine = {
    get entries() { return c.entries.all(); },
    extract: (t, dates) => extract(c, words, t, dates),
    get countries() { return (countries ??= fromCache ? builtinCountries() : countryTable(c.entries.all())); },
  };
  cache.set(key, engine);
  return engine;
}

function extract(c: Compiled, words: WordTable, t: AnalyzedText, dates?: readonly DateSpan[]): EntityRecord[] {
  const ctx = newCtx(c, words, t, dates);
  for (const pass of PASSES) pass(ctx);
  return build(ctx);
}

/** The countries of the engine these options load (built once per engine). */
export function countryInfo(options: EntityEngineOptions = {}): Map<string, CountryInfo> {
  return loadEntityEngine(options).countries;
}
