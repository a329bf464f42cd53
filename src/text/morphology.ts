// Arabic inflectional endings, folded: a verb's person, gender and number, a noun's feminine, dual
// and plural, a nisba adjective's forms. The letters live in src/data/text/morphology.json (schema
// data/schema/morphology.schema.json); code reads them by name from here, as the prefixes from clitics.ts.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { schemaProblems } from '../schema/ajv.js';
import { foldKey } from './normalize.js';

export const MORPHOLOGY_FILE = join(DATA_DIR, 'text', 'morphology.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'morphology.schema.json');

/** morphology.json as written. */
export interface MorphologyFile {
  verb_past: { feminine: string; plural: string; dual: string; feminine_dual: string; feminine_plural: string; first_plural: string };
  verb_present: { plural: string; plural_subjunctive: string; dual: string };
  noun: { feminine: string; feminine_bound: string; dual: string; oblique_plural: string; feminine_plural: string; feminine_name: string };
  nisba: { masculine: string; feminine: string; plural: string; oblique_plural: string; feminine_plural: string };
  stem: { final_alef: string; final_weak: string; final_hamza: string; hamza_seats: string };
  participle: { prefix: string; accusative: string };
  verbal_noun: { root: string; patterns: string[] };
}

/** Problems of a parsed endings table (schema, then every ending folded); none when it is valid. */
export function morphologyProblems(data: unknown): string[] {
  const problems = schemaProblems(SCHEMA_FILE, data);
  if (problems.length) return problems;
  const d = data as MorphologyFile;
  for (const [group, endings] of Object.entries(d)) {
    if (typeof endings !== 'object' || group === 'verbal_noun') continue;
    for (const [name, v] of Object.entries(endings as Record<string, string>)) if (foldKey(v) !== v) problems.push(`field ${group}.${name}: "${v}" is not folded, write "${foldKey(v)}"`);
  }
  const { root, patterns } = d.verbal_noun;
  if (foldKey(root) !== root) problems.push(`field verbal_noun.root: "${root}" is not folded, write "${foldKey(root)}"`);
  patterns.forEach((p, i) => {
    if (foldKey(p) !== p) problems.push(`field verbal_noun.patterns.${i}: "${p}" is not folded, write "${foldKey(p)}"`);
    else if ([...p].filter((c) => root.includes(c)).join('') !== root) problems.push(`field verbal_noun.patterns.${i}: "${p}" must hold the letters of root (${root}) once each, in order`);
  });
  return problems;
}

// checked with the other built-in data when the compiled data cache is made (compiled/build.ts), not at every start
const T = readCheckedJson<MorphologyFile>(MORPHOLOGY_FILE, () => []);

/** Endings of a past-tense verb ("أيدت", "أيدوا", "ناقشا"). */
export const VERB_PAST: Readonly<MorphologyFile['verb_past']> = T.verb_past;
/** Endings of a present-tense verb after its prefix ("يدعمون", "تدعمان"). */
export const VERB_PRESENT: Readonly<MorphologyFile['verb_present']> = T.verb_present;
/** Endings of a noun or adjective ("منظمة", "زيارته", "مشيرين"). */
export const NOUN: Readonly<MorphologyFile['noun']> = T.noun;
/** Forms of a nisba adjective ("روسي", "الروسية", "الروسيين"). */
export const NISBA: Readonly<MorphologyFile['nisba']> = T.nisba;
/** Letters of a stem that change how it inflects: a final alef takes no pronoun suffix as written ("أيدوا"); a final weak letter drops before the feminine ت ("التقى"/"التقت"); a final hamza sits on ي or و before a pronoun suffix ("لقاء"/"لقائه"). */
export const STEM: Readonly<MorphologyFile['stem']> = T.stem;
/** An active participle's prefix (م) and its accusative ending (ا): "متهما" is a verb's circumstance. */
export const PARTICIPLE: Readonly<MorphologyFile['participle']> = T.participle;
/** The shapes of a verbal noun as regular-expression sources, each letter of the root any letter (\p{L}): افتعال is "ا\p{L}ت\p{L}ا\p{L}". */
export const VERBAL_NOUN_SHAPES: readonly string[] = T.verbal_noun.patterns.map((p) => [...p].map((c) => (T.verbal_noun.root.includes(c) ? '\\p{L}' : c)).join(''));
