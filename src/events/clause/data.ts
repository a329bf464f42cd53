// The words of the clause analysis (src/data/events/clause.json), validated against its schema and
// folded as the text is (foldKey), plus the verb forms of the trigger lexicon's verb entries.
import { join } from 'node:path';
import { readCheckedJson } from '../../errors.js';
import { DATA_DIR } from '../../paths.js';
import { ACCUSATIVE_PARTICIPLE, ARTICLE, PRESENT_PREFIX, PROCLITICS } from '../../text/clitics.js';
import { NISBA, NOUN, VERB_PAST, VERB_PRESENT, VERBAL_NOUN_SHAPES } from '../../text/morphology.js';
import { foldKey } from '../../text/normalize.js';
import { builtinLexiconFile } from '../lexicon/load.js';
import { builtinDataChecked, usedDataCache } from '../../compiled/cache.js';
import { schemaProblems } from '../../schema/ajv.js';
import type { ClauseWordsJson, Gender, GNumber } from './json.js';

export type { ClauseWordsJson, Gender, GNumber } from './json.js';

export const CLAUSE_WORDS = join(DATA_DIR, 'events', 'clause.json');
export const CLAUSE_SCHEMA = join(DATA_DIR, 'schema', 'clause.schema.json');

interface VerbStem { past: string; present: string }
interface ClauseFile {
  complementizers: string[];
  relatives: { words: string[]; gender: Gender; number: GNumber }[];
  coordinators: string[];
  prepositions: string[];
  clitics: string[];
  speechVerbs: VerbStem[];
  verbs: VerbStem[];
  genitiveHeads: string[];
  attributives: string[];
  nonHumanPlurals: string[];
}

/** The compiled words; every key folded. */
export interface ClauseWords {
  complementizers: Set<string>;
  relatives: Map<string, { gender: Gender; number: GNumber }>;
  coordinators: Set<string>;
  /** one- and two-word prepositions (two words joined by a space) */
  prepositions: Set<string>;
  /** proclitic prepositions, longest first */
  clitics: string[];
  /** every inflected form of a speech verb */
  speech: Set<string>;
  /** every known verb form: the speech verbs, the listed verbs (inflected), the trigger lexicon's verb forms */
  verbs: Set<string>;
  /** present-tense forms made from a listed present stem (the rest are told by their prefix) */
  present: Set<string>;
  genitiveHeads: Set<string>;
  attributives: Set<string>;
  nonHumanPlurals: Set<string>;
}

const PAST_SUFFIXES = ['', VERB_PAST.feminine, VERB_PAST.plural, VERB_PAST.dual, VERB_PAST.feminine_dual, VERB_PAST.feminine_plural];
const { ya, ta, na } = PRESENT_PREFIX;
const PRESENT_FORMS: [string, string][] = [[ya, ''], [ta, ''], [na, ''], [ya, VERB_PRESENT.plural], [ya, VERB_PRESENT.dual], [ta, VERB_PRESENT.dual], [ya, VERB_PRESENT.plural_subjunctive]];
/**
 * Forms in a verb entry of the lexicon that are nouns or participles: the article or the participle's
 * prefix م before, the feminine ه, ات or the nisba's يه after, or a verbal noun's shape (اجتماع).
 */
export const NOT_A_VERB_RE = new RegExp(
  `^(?:${ARTICLE}|${ACCUSATIVE_PARTICIPLE.prefix})|(?:${NOUN.feminine}|${NOUN.feminine_plural}|${NISBA.feminine})$|^(?:${VERBAL_NOUN_SHAPES.join('|')})$`, 'u');

export function compileClauseWords(file: ClauseFile, lexiconVerbForms: string[]): ClauseWords {
  const set = (l: string[]): Set<string> => new Set(l.map(foldKey));
  const present = new Set<string>();
  const inflect = (v: VerbStem, into: Set<string>): void => {
    const past = foldKey(v.past), pres = foldKey(v.present);
    for (const s of PAST_SUFFIXES) into.add(past + s);
    for (const [p, s] of PRESENT_FORMS) { into.add(p + pres + s); present.add(p + pres + s); }
  };
  const speech = new Set<string>();
  for (const v of file.speechVerbs) inflect(v, speech);
  const verbs = new Set<string>(speech);
  for (const v of file.verbs) inflect(v, verbs);
  for (const f of lexiconVerbForms) if (!NOT_A_VERB_RE.test(f)) verbs.add(f);
  const relatives = new Map<string, { gender: Gender; number: GNumber }>();
  for (const r of file.relatives) for (const w of r.words) relatives.set(foldKey(w), { gender: r.gender, number: r.number });
  return {
    complementizers: set(file.complementizers), relatives, coordinators: set(file.coordinators),
    prepositions: set(file.prepositions), clitics: file.clitics.map(foldKey).sort((a, b) => b.length - a.length),
    speech, verbs, present,
    genitiveHeads: set(file.genitiveHeads), attributives: set(file.attributives), nonHumanPlurals: set(file.nonHumanPlurals),
  };
}

/** Schema problems of a parsed clause words file ("field relatives.0.gender: must be ..."). */
export function clauseWordsProblems(data: unknown): string[] {
  const schema = schemaProblems(CLAUSE_SCHEMA, data);
  if (schema.length) return schema;
  // the clitics are those of the one clitic table (data/text/clitics.json) that carry no article of their own
  const ok = new Set(PROCLITICS.filter((p) => p.article !== 'written' && !p.future).map((p) => p.form));
  const problems: string[] = [];
  (data as ClauseFile).clitics.forEach((c, i) => { if (!ok.has(foldKey(c))) problems.push(`field clitics.${i}: "${c}" is not a proclitic of the clitic table (data/text/clitics.json) without an article of its own`); });
  return problems;
}

export function clauseWordsToJson(w: ClauseWords): ClauseWordsJson {
  return {
    complementizers: [...w.complementizers], relatives: [...w.relatives].map(([k, r]) => [k, r.gender, r.number]),
    coordinators: [...w.coordinators], prepositions: [...w.prepositions], clitics: w.clitics,
    speech: [...w.speech], verbs: [...w.verbs], present: [...w.present],
    genitiveHeads: [...w.genitiveHeads], attributives: [...w.attributives], nonHumanPlurals: [...w.nonHumanPlurals],
  };
}

export function clauseWordsFromJson(j: ClauseWordsJson): ClauseWords {
  return {
    complementizers: new Set(j.complementizers),
    relatives: new Map(j.relatives.map(([k, gender, number]) => [k, { gender, number }])),
    coordinators: new Set(j.coordinators), prepositions: new Set(j.prepositions), clitics: j.clitics,
    speech: new Set(j.speech), verbs: new Set(j.verbs), present: new Set(j.present),
    genitiveHeads: new Set(j.genitiveHeads), attributives: new Set(j.attributives), nonHumanPlurals: new Set(j.nonHumanPlurals),
  };
}

let cached: ClauseWords | null = null;

/** The built-in words compiled from their file and the built-in lexicon (what the data cache holds). */
export function compileBuiltinClauseWords(data: unknown): ClauseWords {
  return compileClauseWords(data as ClauseFile, builtinLexiconFile().triggers.filter((t) => t.pos === 'verb').flatMap((t) => t.forms));
}

/** The built-in words and the built-in lexicon's verb forms; validated (unless checked when the compiled data cache was made) and compiled once per process. */
export function loadClauseWords(): ClauseWords {
  if (cached) return cached;
  // compiled when the data cache was made (the verb test's Unicode classes alone cost ≈ 20 ms to compile)
  const used = usedDataCache();
  if (used) return (cached = clauseWordsFromJson(used.clause));
  const data = readCheckedJson<ClauseFile>(CLAUSE_WORDS, builtinDataChecked() ? () => [] : clauseWordsProblems);
  cached = compileBuiltinClauseWords(data);
  return cached;
}
