// Word lists of the entity patterns (src/data/entities/patterns.json): titles that introduce a
// person's name, the words a title may carry before the name ("وزير خارجية ..."), organisation
// trigger nouns, parts of compound given names, and the words for "capital" and "republic".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../errors.js';
import { DATA_DIR } from '../paths.js';

export interface PatternWords {
  /** Titles (one or more words) that introduce a person's name. */
  person_titles: string[];
  /** Titles that, with nothing after them, need a name of at least two words ("الرئيس X Y"). */
  weak_titles: string[];
  /** Words that may follow a title before the name ("رئيس وزراء أرمينيا", "وزير الدفاع الروسي"). */
  title_complements: string[];
  /** Nouns that introduce an organisation's name ("حركة X", "شركة X"). */
  org_triggers: string[];
  /** Second parts of compound given names ("سراج الدين", "عبد الله"): not counted in the 3-word limit. */
  name_parts: string[];
  /** Name parts that come before the word they belong to ("عبد الله", "أبو بكر"): they may start a name, never end one. */
  leading_name_parts: string[];
  /** Words meaning "capital" before a country nisba or name ("العاصمة الطاجيكية"). */
  capital_words: string[];
  /** "republic" that may stand between "عاصمة" and the country name. */
  republic_words: string[];
}

export const PATTERNS_FILE = join(DATA_DIR, 'entities', 'patterns.json');
const LISTS: (keyof PatternWords)[] = ['person_titles', 'weak_titles', 'title_complements', 'org_triggers', 'name_parts', 'leading_name_parts', 'capital_words', 'republic_words'];

/** Problems of a patterns file's content: each list present, and made of non-empty strings. */
export function validatePatternWords(data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return ['must be a JSON object'];
  const obj = data as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(obj)) if (key !== 'description' && !LISTS.includes(key as keyof PatternWords)) problems.push(`unknown field "${key}"`);
  for (const key of LISTS) {
    const list = obj[key];
    if (!Array.isArray(list)) { problems.push(`field "${key}": must be an array of words`); continue; }
    list.forEach((w, i) => { if (typeof w !== 'string' || !w.trim()) problems.push(`field "${key}" item ${i}: must be a non-empty string`); });
  }
  return problems;
}

let cache: PatternWords | null = null;
export function loadPatternWords(file = PATTERNS_FILE): PatternWords {
  if (cache && file === PATTERNS_FILE) return cache;
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problems = validatePatternWords(data);
  if (problems.length) throw new DataFileError(file, problems);
  const words = data as PatternWords;
  if (file === PATTERNS_FILE) cache = words;
  return words;
}
