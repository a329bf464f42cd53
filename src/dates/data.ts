// Date word tables (months, weekdays, number words, relative words) from
// src/data/dates/*.json, validated when loaded and folded into the form the
// patterns match on (the `folded` text of AnalyzedText).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { schemaProblems } from '../schema/ajv.js';
import { foldKey } from '../text/normalize.js';

export const DATES_DATA_DIR = join(DATA_DIR, 'dates');

/** The built-in tables, each with its schema (data/schema/<name>.schema.json). */
export const DATE_TABLE_NAMES = ['months', 'weekdays', 'numbers', 'relative', 'markers'] as const;
export const dateTableFile = (name: (typeof DATE_TABLE_NAMES)[number]): string => join(DATES_DATA_DIR, `${name}.json`);
/** Schema problems of a parsed date table; what a schema cannot say (all 12 months, a name in one month only) the parse functions below check. */
export const dateTableProblems = (name: (typeof DATE_TABLE_NAMES)[number]) => (data: unknown): string[] => schemaProblems(join(DATA_DIR, 'schema', `${name}.schema.json`), data);

export interface MonthTables {
  /** folded name -> month number (1-12) */
  gregorian: Map<string, number>;
  /** folded names that are also common words */
  ambiguous: Set<string>;
  /** words as written (not folded) that fold to a name but are never a month (أب) */
  otherWords: Set<string>;
  hijri: Map<string, number>;
  /** lower-case English name or abbreviation -> month number (English dates in Arabic pages) */
  english: Map<string, number>;
}
export interface WeekdayTables {
  byName: Map<string, number>;
  /** by day (0 = Sunday): its first listed name, as warnings write it ("الأحد") */
  names: string[];
  needsContext: Set<string>;
  contextBefore: Set<string>;
  /** words right after a bare weekday that make it one (إن/أن: "قال الرئيس الجمعة إن") */
  contextAfter: Set<string>;
  /** words right before a bare weekday that make it a noun ("صلاة الجمعة") */
  blockBefore: Set<string>;
  /** forms that are also the number "the two", after a definite dual or plural ("الطرفين الاثنين") */
  numberForms: Set<string>;
  /** words right after a number form that make it the number ("الاثنين عشر") */
  numberAfter: Set<string>;
}
export interface NumberTables {
  /** folded word -> value; ones words carry 1-9, tens 20-90, hundreds 100-900 */
  words: Map<string, number>;
  ten: Set<string>;
  /** folded day ordinal (الاول, الثاني...) -> 1-10 */
  ordinals: Map<string, number>;
}
export interface UnitInfo { unit: string; form: 'singular' | 'plural' | 'dual' }
export interface RelativeTables {
  days: { form: string; offset: number; today: boolean }[];
  todayBlockNext: Set<string>;
  todayBlockPrev: Set<string>;
  periods: Map<string, 'week' | 'month' | 'year'>;
  modifiers: Map<string, 'past' | 'current' | 'next'>;
  thisWords: string[];
  ago: string[];
  later: string[];
  units: Map<string, UnitInfo>;
  /** the seasons, and the words after one that make it none (parsers/season.ts) */
  seasons: string[];
  seasonBlockers: string[];
  /** after a definite plural or dual unit: the span just before or after now (parsers/recentSpan.ts) */
  spanModifiers: string[];
  durationLead: string[];
  futureMarkers: Set<string>;
  pastMarkers: Set<string>;
  futureVerbStop: string[];
  /** words that open another clause after a date (أن, لأن, حيث): tense.ts reads up to them */
  clauseBreak: string[];
  tz: Map<string, string>;
}
/** The words around a date (markers.json), folded; each described in its schema. */
export interface MarkerTables {
  yearKeywords: string[];
  yearDualKeywords: Set<string>;
  yearPrepositions: string[];
  /** the year prepositions after which four digits are a year whatever follows ("منذ 1994 بجذب") */
  since: Set<string>;
  afterYear: string[];
  eraSuffixes: { hijri: string[]; gregorian: string[] };
  monthWord: string;
  /** the word "day" before a weekday's name (يوم) */
  dayWord: string;
  of: string;
  monthParts: string[];
  monthWordParts: string[];
  one: string[];
  agoStop: string[];
  dayRangeJoiners: string[];
  decade: { tensEnding: string; endings: string[]; centuryWord: string; centuries: Map<string, string>; defaultLeadingDigits: string };
  clock: { hour: string; at: string[]; am: string[]; pm: Set<string>; zone: string; utc: string };
  /** the words of an article's date stamp lines (dates/published.ts) */
  published: { updated: string[]; headerWords: string[]; datelineWords: string[]; bylineWords: string[] };
}
interface MarkersFile {
  year_keywords: string[]; year_dual_keywords: string[]; year_prepositions: string[]; since: string[]; after_year: string[];
  era_suffixes: { hijri: string[]; gregorian: string[] }; month_word: string; day_word: string; of: string; month_parts: string[]; month_word_parts: string[];
  one: string[]; ago_stop: string[]; day_range_joiners: string[];
  decade: { tens_ending: string; endings: string[]; century_word: string; centuries: { words: string[]; leading_digits: string }[]; default_leading_digits: string };
  clock: { hour: string; at: string[]; am: string[]; pm: string[]; zone: string; utc: string };
  published: { updated: string[]; header_words: string[]; dateline_words: string[]; byline_words: string[] };
}
export interface DateTables {
  months: MonthTables;
  weekdays: WeekdayTables;
  numbers: NumberTables;
  relative: RelativeTables;
  markers: MarkerTables;
}

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrArr = (v: Json): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim().length > 0);

function readJson(file: string): Json {
  let raw: string;
  try { raw = readFileSync(file, 'utf8'); } catch (e) { throw new DataFileError(file, [`cannot read: ${(e as Error).message}`]); }
  try { return JSON.parse(raw); } catch (e) { throw new DataFileError(file, [`invalid JSON: ${(e as Error).message}`]); }
}

function fail(file: string, problems: string[]): void {
  if (problems.length) throw new DataFileError(file, problems);
}

export function parseMonths(json: Json, file = 'months.json'): MonthTables {
  const p: string[] = [];
  const out: MonthTables = { gregorian: new Map(), ambiguous: new Set(), otherWords: new Set(), hijri: new Map(), english: new Map() };
  if (!isObj(json)) { fail(file, ['top level must be an object with "gregorian" and "hijri"']); return out; }
  for (const cal of ['gregorian', 'hijri'] as const) {
    const list = json[cal];
    if (!Array.isArray(list)) { p.push(`"${cal}" must be an array`); continue; }
    const seen = new Set<number>();
    list.forEach((e, i) => {
      if (!isObj(e)) { p.push(`${cal} entry ${i}: must be an object`); return; }
      const m = e.month;
      if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 12) { p.push(`${cal} entry ${i}: field month: must be an integer 1-12`); return; }
      if (seen.has(m)) p.push(`${cal} entry ${i}: month ${m} listed twice`);
      seen.add(m);
      if (!isStrArr(e.names) || e.names.length === 0) { p.push(`${cal} entry ${i} (month ${m}): field names: must be a non-empty array of strings`); return; }
      const map = cal === 'gregorian' ? out.gregorian : out.hijri;
      for (const n of e.names) {
        const k = foldKey(n);
        const prev = map.get(k);
        if (prev !== undefined && prev !== m) p.push(`${cal} entry ${i} (month ${m}): name "${n}" already belongs to month ${prev}`);
        map.set(k, m);
      }
      if (cal === 'gregorian') {
        if (e.ambiguous !== undefined && !Array.isArray(e.ambiguous)) p.push(`${cal} entry ${i} (month ${m}): field ambiguous: must be an array`);
        for (const a of (e.ambiguous as string[] | undefined) ?? []) {
          if (typeof a !== 'string' || !e.names.map(foldKey).includes(foldKey(a))) p.push(`${cal} entry ${i} (month ${m}): ambiguous "${String(a)}" is not one of its names`);
          else out.ambiguous.add(foldKey(a));
        }
        if (e.other_words !== undefined && !isStrArr(e.other_words)) p.push(`${cal} entry ${i} (month ${m}): field other_words: must be an array of strings`);
        for (const w of (e.other_words as string[] | undefined) ?? []) {
          if (!e.names.map(foldKey).includes(foldKey(w))) p.push(`${cal} entry ${i} (month ${m}): other word "${w}" does not fold to one of its names`);
          else out.otherWords.add(w);
        }
      }
    });
    if (seen.size !== 12 && p.length === 0) p.push(`"${cal}" must list all 12 months (found ${seen.size})`);
  }
  if (json.english !== undefined) {
    if (!Array.isArray(json.english)) p.push('"english" must be an array');
    else json.english.forEach((e, i) => {
      const m = isObj(e) ? e.month : undefined;
      if (!isObj(e) || typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 12 || !isStrArr(e.names)) {
        p.push(`english entry ${i}: needs month (1-12) and names (strings)`);
        return;
      }
      for (const n of e.names) {
        if (n !== n.toLowerCase() || !/^[a-z]+$/.test(n)) p.push(`english entry ${i} (month ${m}): name "${n}" must be lower-case letters a-z`);
        else if ((out.english.get(n) ?? m) !== m) p.push(`english entry ${i} (month ${m}): name "${n}" already belongs to month ${out.english.get(n)}`);
        else out.english.set(n, m);
      }
    });
  }
  fail(file, p);
  return out;
}

export function parseWeekdays(json: Json, file = 'weekdays.json'): WeekdayTables {
  const p: string[] = [];
  const out: WeekdayTables = {
    byName: new Map(), names: [], needsContext: new Set(), contextBefore: new Set(), contextAfter: new Set(), blockBefore: new Set(), numberForms: new Set(), numberAfter: new Set(),
  };
  if (!isObj(json) || !Array.isArray(json.weekdays)) { fail(file, ['top level must be an object with a "weekdays" array']); return out; }
  const seen = new Set<number>();
  json.weekdays.forEach((e, i) => {
    if (!isObj(e)) { p.push(`entry ${i}: must be an object`); return; }
    const d = e.day;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6) { p.push(`entry ${i}: field day: must be an integer 0-6 (0 = Sunday)`); return; }
    if (seen.has(d)) p.push(`entry ${i}: day ${d} listed twice`);
    seen.add(d);
    if (!isStrArr(e.names) || !e.names.length) { p.push(`entry ${i} (day ${d}): field names: must be a non-empty array of strings`); return; }
    out.names[d] ??= e.names[0];
    for (const n of e.names) {
      out.byName.set(foldKey(n), d);
      if (e.needsContext === true) out.needsContext.add(foldKey(n));
    }
  });
  if (seen.size !== 7 && !p.length) p.push(`all 7 weekdays must be listed (found ${seen.size})`);
  if (json.contextBefore !== undefined && !isStrArr(json.contextBefore)) p.push('field contextBefore: must be an array of strings');
  else for (const w of (json.contextBefore as string[] | undefined) ?? []) out.contextBefore.add(foldKey(w));
  for (const k of ['contextAfter', 'blockBefore', 'numberForms', 'numberAfter'] as const) {
    if (json[k] !== undefined && !isStrArr(json[k])) p.push(`field ${k}: must be an array of strings`);
    else for (const w of (json[k] as string[] | undefined) ?? []) out[k].add(foldKey(w));
  }
  fail(file, p);
  return out;
}

export function parseNumbers(json: Json, file = 'numbers.json'): NumberTables {
  const p: string[] = [];
  const out: NumberTables = { words: new Map(), ten: new Set(), ordinals: new Map() };
  if (!isObj(json)) { fail(file, ['top level must be an object']); return out; }
  for (const [group, lo, hi] of [['ones', 1, 9], ['tens', 20, 90], ['hundreds', 100, 900]] as const) {
    const g = json[group];
    if (!isObj(g)) { p.push(`field ${group}: must be an object of value -> words`); continue; }
    for (const [k, v] of Object.entries(g)) {
      const n = Number(k);
      if (!Number.isInteger(n) || n < lo || n > hi) p.push(`${group}: key "${k}" must be an integer ${lo}-${hi}`);
      else if (!isStrArr(v)) p.push(`${group}.${k}: must be an array of strings`);
      else for (const w of v) out.words.set(foldKey(w), n);
    }
  }
  if (!isStrArr(json.ten)) p.push('field ten: must be an array of strings');
  else for (const w of json.ten) { out.ten.add(foldKey(w)); out.words.set(foldKey(w), 10); }
  if (json.ordinals !== undefined) {
    if (!isObj(json.ordinals)) p.push('field ordinals: must be an object of value -> words');
    else for (const [k, v] of Object.entries(json.ordinals)) {
      const n = Number(k);
      if (!Number.isInteger(n) || n < 1 || n > 31) p.push(`ordinals: key "${k}" must be an integer 1-31`);
      else if (!isStrArr(v)) p.push(`ordinals.${k}: must be an array of strings`);
      else for (const w of v) out.ordinals.set(foldKey(w), n);
    }
  }
  fail(file, p);
  return out;
}

export function parseRelative(json: Json, file = 'relative.json'): RelativeTables {
  const p: string[] = [];
  const out: RelativeTables = {
    days: [], todayBlockNext: new Set(), todayBlockPrev: new Set(), periods: new Map(), modifiers: new Map(),
    thisWords: [], ago: [], later: [], units: new Map(), seasons: [], seasonBlockers: [], spanModifiers: [], durationLead: [], futureMarkers: new Set(), pastMarkers: new Set(),
    futureVerbStop: [], clauseBreak: [], tz: new Map(),
  };
  if (!isObj(json)) { fail(file, ['top level must be an object']); return out; }
  const strList = (k: string): string[] => {
    const v = json[k];
    if (!isStrArr(v)) { p.push(`field ${k}: must be an array of non-empty strings`); return []; }
    return v.map(foldKey);
  };
  if (!Array.isArray(json.days)) p.push('field days: must be an array');
  else json.days.forEach((e, i) => {
    if (!isObj(e) || !isStrArr(e.forms) || typeof e.offset !== 'number' || !Number.isInteger(e.offset)) { p.push(`days entry ${i}: needs forms (strings) and an integer offset`); return; }
    for (const f of e.forms) out.days.push({ form: foldKey(f), offset: e.offset, today: e.kind === 'today' });
  });
  for (const w of strList('todayBlockNext')) out.todayBlockNext.add(w);
  for (const w of strList('todayBlockPrev')) out.todayBlockPrev.add(w);
  if (!isObj(json.periods)) p.push('field periods: must be an object');
  else for (const [k, v] of Object.entries(json.periods)) {
    if (k !== 'week' && k !== 'month' && k !== 'year') p.push(`periods: unknown period "${k}" (week, month, year)`);
    else if (!isStrArr(v)) p.push(`periods.${k}: must be an array of strings`);
    else for (const w of v) out.periods.set(foldKey(w), k);
  }
  if (!isObj(json.modifiers)) p.push('field modifiers: must be an object');
  else for (const [k, v] of Object.entries(json.modifiers)) {
    if (k !== 'past' && k !== 'current' && k !== 'next') p.push(`modifiers: unknown direction "${k}" (past, current, next)`);
    else if (!isStrArr(v)) p.push(`modifiers.${k}: must be an array of strings`);
    else for (const w of v) out.modifiers.set(foldKey(w), k);
  }
  out.thisWords = strList('this');
  out.ago = strList('ago');
  out.later = strList('later');
  if (!Array.isArray(json.units)) p.push('field units: must be an array');
  else json.units.forEach((e, i) => {
    if (!isObj(e) || typeof e.unit !== 'string' || !['D', 'W', 'M', 'Y', 'TH', 'TM', 'DEC'].includes(e.unit)) { p.push(`units entry ${i}: field unit: must be one of D W M Y TH TM DEC`); return; }
    for (const form of ['singular', 'plural', 'dual'] as const) {
      const v = e[form];
      if (!isStrArr(v)) { p.push(`units entry ${i} (${e.unit}): field ${form}: must be an array of strings`); continue; }
      for (const w of v) out.units.set(foldKey(w), { unit: e.unit, form });
    }
  });
  out.seasons = strList('seasons');
  out.seasonBlockers = strList('seasonBlockers');
  out.spanModifiers = strList('spanModifiers');
  out.durationLead = strList('durationLead');
  for (const w of strList('futureMarkers')) out.futureMarkers.add(w);
  for (const w of strList('pastMarkers')) out.pastMarkers.add(w);
  out.futureVerbStop = strList('futureVerbStop');
  out.clauseBreak = strList('clauseBreak');
  if (!isObj(json.tz)) p.push('field tz: must be an object of zone word -> offset');
  else for (const [k, v] of Object.entries(json.tz)) {
    if (typeof v !== 'string' || !/^(Z|[+-]\d\d:\d\d)$/.test(v)) p.push(`tz.${k}: must be "Z" or "+HH:MM"`);
    else out.tz.set(foldKey(k), v);
  }
  fail(file, p);
  return out;
}

/** Folds the words of markers.json; its shape is checked by its schema alone, when the compiled data cache is made (no Ajv at start-up). */
export function parseMarkers(json: Json): MarkerTables {
  const m = json as MarkersFile;
  const fold = (l: string[]): string[] => l.map(foldKey);
  const centuries = new Map<string, string>();
  for (const c of m.decade.centuries) for (const w of c.words) centuries.set(foldKey(w), c.leading_digits);
  return {
    yearKeywords: fold(m.year_keywords), yearDualKeywords: new Set(fold(m.year_dual_keywords)), yearPrepositions: fold(m.year_prepositions), since: new Set(fold(m.since)), afterYear: fold(m.after_year),
    eraSuffixes: { hijri: fold(m.era_suffixes.hijri), gregorian: fold(m.era_suffixes.gregorian) },
    monthWord: foldKey(m.month_word), dayWord: foldKey(m.day_word), of: foldKey(m.of), monthParts: fold(m.month_parts), monthWordParts: fold(m.month_word_parts), one: fold(m.one), agoStop: fold(m.ago_stop), dayRangeJoiners: fold(m.day_range_joiners),
    decade: { tensEnding: foldKey(m.decade.tens_ending), endings: fold(m.decade.endings), centuryWord: foldKey(m.decade.century_word), centuries, defaultLeadingDigits: m.decade.default_leading_digits },
    clock: { hour: foldKey(m.clock.hour), at: fold(m.clock.at), am: fold(m.clock.am), pm: new Set(fold(m.clock.pm)), zone: foldKey(m.clock.zone), utc: foldKey(m.clock.utc) },
    published: { updated: fold(m.published.updated), headerWords: fold(m.published.header_words), datelineWords: fold(m.published.dateline_words), bylineWords: fold(m.published.byline_words) },
  };
}

let cached: DateTables | null = null;

/** Loads and validates the tables from a directory (default src/data/dates); cached for the default. */
export function loadDateTables(dir: string = DATES_DATA_DIR): DateTables {
  if (dir === DATES_DATA_DIR && cached) return cached;
  const f = (n: string): string => join(dir, n);
  const tables: DateTables = {
    months: parseMonths(readJson(f('months.json')), f('months.json')),
    weekdays: parseWeekdays(readJson(f('weekdays.json')), f('weekdays.json')),
    numbers: parseNumbers(readJson(f('numbers.json')), f('numbers.json')),
    relative: parseRelative(readJson(f('relative.json')), f('relative.json')),
    markers: parseMarkers(readJson(f('markers.json'))),
  };
  if (dir === DATES_DATA_DIR) cached = tables;
  return tables;
}
