// The event trigger lexicon: loading, validation (JSON Schema + checks the schema
// cannot express) and compilation into a table keyed by folded token (looked up, not expanded: LazyTriggers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinDataChecked } from '../compiled/cache.js';
import { DataFileError } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { ABSORBING_PREPOSITION, ARTICLE, FIRST_PERSON_PREFIX, letterClass, PRESENT_PREFIX, PRESENT_PREFIXES } from '../text/clitics.js';
import { NOUN, STEM, VERB_PAST, VERB_PRESENT } from '../text/morphology.js';
import { schemaValidator as compiledSchema } from '../schema/ajv.js';
import { foldKey } from '../text/normalize.js';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'DISAPPROVE', 'ACCUSE', 'REJECT', 'SANCTION', 'THREATEN', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const QUAD_CLASS: Record<PloverType, string> = {
  AGREE: 'verbal cooperation', CONSULT: 'verbal cooperation', SUPPORT: 'verbal cooperation', CONCEDE: 'verbal cooperation',
  COOPERATE: 'material cooperation', AID: 'material cooperation', RETREAT: 'material cooperation',
  REQUEST: 'verbal conflict', DISAPPROVE: 'verbal conflict', ACCUSE: 'verbal conflict', REJECT: 'verbal conflict', SANCTION: 'verbal conflict', THREATEN: 'verbal conflict',
  PROTEST: 'material conflict', MOBILIZE: 'material conflict', COERCE: 'material conflict', ASSAULT: 'material conflict',
};

export interface Requirement {
  /** Folded words; "=w" is the whole (clitic-stripped) word, otherwise a stem the word starts with. */
  any: string[];
  side?: 'before' | 'after' | 'both';
  window?: number;
}

export interface TriggerEntry {
  rule: string;
  type: PloverType;
  subtype: string;
  pos: string;
  forms: string[];
  /** Verbal nouns of a verb entry: inflected and read as nouns, under the same rule. */
  verbal_nouns?: string[];
  requires?: Requirement[];
  light?: boolean;
  mode?: 'in person' | 'virtual' | null;
  context?: string[];
  confidence?: number;
  /** The rule the trigger reads as when its sides are several states or an organisation (roles/severalSides.ts). */
  several_sides?: string;
}

export interface InflectionRule {
  prefixes: string[];
  future?: string[];
  article?: boolean;
  suffixes: string[];
}

/**
 * A listed verb form and the forms its subject-agreement endings make (data/text/morphology.json):
 * the feminine dual of a past in ت (توصلت → توصلتا), the dual and the plural of a present
 * (يتفق → يتفقان، يتفقون), the plural of another past (استقبل → استقبلوا).
 */
export function withAgreement(form: string): string[] {
  const out = [form];
  const feminine = form.endsWith(VERB_PAST.feminine);
  const present = form.startsWith(PRESENT_PREFIX.ya) || form.startsWith(PRESENT_PREFIX.ta);
  if (feminine) out.push(form.slice(0, -VERB_PAST.feminine.length) + VERB_PAST.feminine_dual);
  if (present && !feminine) out.push(form + VERB_PRESENT.dual);
  if (form.startsWith(PRESENT_PREFIX.ya)) out.push(form + VERB_PRESENT.plural);
  if (!present && !feminine && !form.endsWith(VERB_PAST.dual)) out.push(form + VERB_PAST.plural);
  return out;
}

export interface LexiconFile {
  version?: number;
  description?: string;
  inflection?: Record<string, InflectionRule>;
  /** Event types whose recipient is the object of the trigger. */
  direct_object?: PloverType[];
  /** Event types that happen at a meeting and take its place (story/complete.ts). */
  meeting_outcomes?: PloverType[];
  /** Of those, the types done with the meeting's other side (story/complete.ts). */
  meeting_agreements?: PloverType[];
  cues?: Record<string, string[]>;
  contexts?: Record<string, string[]>;
  triggers: TriggerEntry[];
}

/** One way a folded token can be a trigger. */
export interface TriggerHit {
  entry: TriggerEntry;
  /** Index of the entry in the merged lexicon (lower wins among equally specific entries). */
  order: number;
  /** Verb with the future prefix س. */
  future: boolean;
  /** A pronoun suffix is attached (اجتماعه، قلقها): the possessor is the actor. */
  suffixed: boolean;
  /** First person plural (نؤيد، ندعو): the speaker is the actor. */
  firstPerson: boolean;
}

/** Folded token → the entries it can trigger, most specific first (undefined: none). */
export interface TriggerTable {
  get(key: string): TriggerHit[] | undefined;
}

export interface CompiledLexicon {
  files: string[];
  /** Folded token → the entries it can trigger, most specific first. */
  triggers: TriggerTable;
  /** Cue name → folded phrases split into words. */
  cues: Map<string, string[][]>;
  /** Cue name → set of single-word folded cues (fast membership). */
  cueWords: Map<string, Set<string>>;
  contexts: [string, string[]][];
  /** Event types whose recipient is the object of the trigger (every file's list). */
  directObject: Set<string>;
  meetingOutcomes: Set<string>;
  meetingAgreements: Set<string>;
}

export const BUILTIN_TRIGGERS = join(DATA_DIR, 'events', 'triggers.json');
export const TRIGGER_SCHEMA = join(DATA_DIR, 'schema', 'triggers.schema.json');

const getSchemaValidator = () => compiledSchema(TRIGGER_SCHEMA);

/** Describes an AJV instance path precisely: "entry 3 (rule consult.meet): field forms[2]". */
function describePath(data: unknown, instancePath: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'triggers' && parts.length >= 2) {
    const i = Number(parts[1]);
    const entry = (data as { triggers?: unknown[] }).triggers?.[i] as { rule?: unknown } | undefined;
    const rule = entry && typeof entry.rule === 'string' ? ` (rule ${entry.rule})` : '';
    const field = parts.slice(2).map((p, k) => (/^\d+$/.test(p) ? `[${p}]` : (k ? '.' : '') + p)).join('');
    return `entry ${i}${rule}: ${field ? `field ${field}` : 'entry'}`;
  }
  return parts.length ? `field ${parts.join('.')}` : 'top level';
}

/**
 * Validates a parsed lexicon file; returns precise problem lines
 * ("entry 3 (rule consult.meet): field type: must be one of ...").
 */
export function lexiconProblems(data: unknown, knownInflections: string[] = ['noun', 'verb', 'none']): string[] {
  const problems: string[] = [];
  const validate = getSchemaValidator();
  if (!validate(data)) {
    for (const e of validate.errors ?? []) {
      let msg = e.message ?? 'is not valid';
      if (e.params && 'allowedValues' in e.params) msg += `: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      if (e.params && 'additionalProperty' in e.params) msg = `unknown field "${String(e.params.additionalProperty)}"`;
      if (e.params && 'missingProperty' in e.params) msg = `missing required field "${String(e.params.missingProperty)}"`;
      problems.push(`${describePath(data, e.instancePath)}: ${msg}`);
    }
    return problems;
  }
  const file = data as LexiconFile;
  const inflections = new Set([...knownInflections, ...Object.keys(file.inflection ?? {})]);
  const rules = new Map<string, number>();
  file.triggers.forEach((t, i) => {
    const where = `entry ${i} (rule ${t.rule})`;
    const prev = rules.get(t.rule);
    if (prev !== undefined) problems.push(`${where}: field rule: duplicate rule name, also entry ${prev}`);
    else rules.set(t.rule, i);
    if (!inflections.has(t.pos)) problems.push(`${where}: field pos: unknown inflection "${t.pos}" (known: ${[...inflections].join(', ')})`);
    for (const field of ['forms', 'verbal_nouns'] as const) (t[field] ?? []).forEach((f, k) => {
      if (/\s/.test(f)) problems.push(`${where}: field ${field}[${k}]: "${f}" contains a space; a form is one word (use "requires" for context words)`);
      else if (foldKey(f) !== f) problems.push(`${where}: field ${field}[${k}]: "${f}" is not folded, write "${foldKey(f)}"`);
    });
    (t.requires ?? []).forEach((r, k) => r.any.forEach((w, j) => {
      const bare = w.startsWith('=') ? w.slice(1) : w;
      if (!bare || foldKey(bare) !== bare) problems.push(`${where}: field requires[${k}].any[${j}]: "${w}" is not folded, write "${w.startsWith('=') ? '=' : ''}${foldKey(bare)}"`);
    }));
  });
  file.triggers.forEach((t, i) => {
    if (t.several_sides !== undefined && !rules.has(t.several_sides)) problems.push(`entry ${i} (rule ${t.rule}): field several_sides: no rule "${t.several_sides}" in this file`);
  });
  for (const [name, list] of Object.entries(file.cues ?? {})) list.forEach((c, k) => {
    if (foldKey(c) !== c) problems.push(`cues.${name}[${k}]: "${c}" is not folded, write "${foldKey(c)}"`);
  });
  return problems;
}

/** Reads and validates one lexicon file; throws DataFileError with every problem. */
export function readLexiconFile(path: string, knownInflections?: string[]): LexiconFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DataFileError(path, [`cannot read: ${(err as Error).message}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new DataFileError(path, [`not valid JSON: ${(err as Error).message}`]);
  }
  const problems = lexiconProblems(data, knownInflections);
  if (problems.length) throw new DataFileError(path, problems);
  return data as LexiconFile;
}

let builtinFile: LexiconFile | null = null;

/**
 * The built-in lexicon file, read once per process; validated like a user's unless it was
 * checked when the compiled data cache was made (src/compiled/cache.ts).
 */
export function builtinLexiconFile(): LexiconFile {
  if (builtinFile) return builtinFile;
  if (!builtinDataChecked()) return (builtinFile = readLexiconFile(BUILTIN_TRIGGERS));
  try {
    builtinFile = JSON.parse(readFileSync(BUILTIN_TRIGGERS, 'utf8')) as LexiconFile;
  } catch (err) {
    throw new DataFileError(BUILTIN_TRIGGERS, [`cannot read: ${(err as Error).message}`]);
  }
  return builtinFile;
}

const cache = new Map<string, CompiledLexicon>();

/** The built-in lexicon plus user files, validated and compiled once per process. */
export function loadLexicon(userFiles: string[] = []): CompiledLexicon {
  const key = userFiles.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const builtin = builtinLexiconFile();
  const known = Object.keys(builtin.inflection ?? {});
  const users = userFiles.map((f) => readLexiconFile(f, known));
  const compiled = compileLexicon([builtin, ...users], [BUILTIN_TRIGGERS, ...userFiles]);
  cache.set(key, compiled);
  return compiled;
}

/**
 * The entry with every field present, in one order: entries parsed from JSON come in many
 * object shapes, and code that sees them all is deoptimised and recompiled by V8 again and again.
 */
const uniformEntry = (e: TriggerEntry): TriggerEntry => ({
  rule: e.rule, type: e.type, subtype: e.subtype, pos: e.pos, forms: e.forms, verbal_nouns: e.verbal_nouns,
  requires: e.requires?.map((r) => ({ any: r.any, side: r.side, window: r.window })),
  light: e.light, mode: e.mode, context: e.context, confidence: e.confidence, several_sides: e.several_sides,
});

/** A present-tense form the future prefixes go before: a present prefix or أ (I). */
const FUTURE_STEM = new RegExp(`^${letterClass([...PRESENT_PREFIXES, FIRST_PERSON_PREFIX])}`);

/** A verb entry and, when it lists verbal nouns, the noun entry of the same rule that inflects them. */
function withVerbalNouns(e: TriggerEntry): TriggerEntry[] {
  if (!e.verbal_nouns?.length) return [e];
  return [e, { ...e, pos: 'noun', forms: e.verbal_nouns, verbal_nouns: undefined }];
}

/** The trigger entries of merged lexicons in lookup order: user files first, so they take precedence; each verb's verbal nouns after it. */
export function lexiconEntries(files: LexiconFile[]): TriggerEntry[] {
  const entries: TriggerEntry[] = [];
  for (let k = files.length - 1; k >= 0; k--) for (const e of files[k].triggers) entries.push(...withVerbalNouns(uniformEntry(e)));
  return entries;
}

/** Merges lexicons (later files extend earlier ones; their triggers win on equal specificity). */
export function compileLexicon(files: LexiconFile[], names: string[] = []): CompiledLexicon {
  const inflection: Record<string, InflectionRule> = {};
  const cueLists = new Map<string, Set<string>>();
  const contexts = new Map<string, Set<string>>();
  const directObject = new Set<string>();
  const meetingOutcomes = new Set<string>();
  const meetingAgreements = new Set<string>();
  const entries = lexiconEntries(files);
  for (const f of files) {
    Object.assign(inflection, f.inflection ?? {});
    for (const type of f.direct_object ?? []) directObject.add(type);
    for (const type of f.meeting_outcomes ?? []) meetingOutcomes.add(type);
    for (const type of f.meeting_agreements ?? []) meetingAgreements.add(type);
    for (const [name, list] of Object.entries(f.cues ?? {})) {
      const s = cueLists.get(name) ?? new Set<string>();
      for (const c of list) s.add(c);
      cueLists.set(name, s);
    }
    for (const [name, list] of Object.entries(f.contexts ?? {})) {
      const s = contexts.get(name) ?? new Set<string>();
      for (const c of list) s.add(c);
      contexts.set(name, s);
    }
  }
  const triggers = new LazyTriggers(entries, inflection, cueLists.get('not_triggers') ?? new Set());
  const cues = new Map<string, string[][]>();
  const cueWords = new Map<string, Set<string>>();
  for (const [name, set] of cueLists) {
    cues.set(name, [...set].map((c) => c.split(' ').filter(Boolean)));
    cueWords.set(name, new Set([...set].filter((c) => !c.includes(' '))));
  }
  return {
    files: names,
    triggers,
    cues,
    cueWords,
    contexts: [...contexts].map(([k, v]) => [k, [...v]]),
    directObject,
    meetingOutcomes,
    meetingAgreements,
  };
}

const NO_INFLECTION: InflectionRule = { prefixes: [''], suffixes: [''] };

/** One word an entry's form makes before a prefix is put on: the form, with ال, or with a pronoun suffix. */
interface Stem {
  /** Position in the order expandTriggers makes them (entries, forms, article, suffixes). */
  rank: number;
  order: number;
  entry: TriggerEntry;
  rule: InflectionRule;
  w: string;
  article: boolean;
  suffixed: boolean;
  firstPerson: boolean;
}

/** Calls `visit` with every stem of the entries, in expandTriggers' order. */
function eachStem(entries: TriggerEntry[], inflection: Record<string, InflectionRule>, visit: (stem: Stem) => void): void {
  let rank = 0;
  entries.forEach((entry, order) => {
    const rule = inflection[entry.pos] ?? NO_INFLECTION;
    for (const form of entry.pos === 'verb' ? entry.forms.flatMap(withAgreement) : entry.forms) {
      const stems: { s: string; article: boolean }[] = [{ s: form, article: form.startsWith(ARTICLE) }];
      if (rule.article && !form.startsWith(ARTICLE)) stems.push({ s: ARTICLE + form, article: true });
      for (const { s, article } of stems) {
        const suffixed: { w: string; suffixed: boolean }[] = [{ w: s, suffixed: false }];
        if (!article && !s.endsWith(STEM.final_alef)) {
          const base = s.endsWith(NOUN.feminine) ? s.slice(0, -NOUN.feminine.length) + NOUN.feminine_bound : s;
          for (const suf of rule.suffixes) if (suf) suffixed.push({ w: base + suf, suffixed: true });
        }
        for (const { w, suffixed: sfx } of suffixed) {
          const firstPerson = entry.pos === 'verb' && w.startsWith(PRESENT_PREFIX.na) && !w.startsWith(PRESENT_PREFIX.na + STEM.long_a);
          visit({ rank: rank++, order, entry, rule, w, article, suffixed: sfx, firstPerson });
        }
      }
    }
  });
}

/** Most specific first: entries with more requirements, then lexicon order. */
const bySpecificity = (a: TriggerHit, b: TriggerHit): number => (b.entry.requires?.length ?? 0) - (a.entry.requires?.length ?? 0) || a.order - b.order;

/**
 * Every key the inflection rules make, with its hits: each stem behind each prefix (ل + ال → لل),
 * and verbs behind the future prefixes; an entry's first way to a key is kept; keys listed as
 * not_triggers are dropped. The definition LazyTriggers answers by (the tests compare them).
 */
export function expandTriggers(entries: TriggerEntry[], inflection: Record<string, InflectionRule>, notTriggers: Iterable<string>): Map<string, TriggerHit[]> {
  const triggers = new Map<string, TriggerHit[]>();
  const addKey = (key: string, hit: TriggerHit): void => {
    const list = triggers.get(key);
    if (!list) { triggers.set(key, [hit]); return; }
    if (list.some((h) => h.entry === hit.entry)) return;
    list.push(hit);
  };
  eachStem(entries, inflection, ({ order, entry, rule, w, article, suffixed, firstPerson }) => {
    for (const p of rule.prefixes) {
      let key = p + w;
      if (article && p.endsWith(ABSORBING_PREPOSITION)) key = p + w.slice(1); // ل + ال → لل
      addKey(key, { entry, order, future: false, suffixed, firstPerson });
    }
    if (rule.future && FUTURE_STEM.test(w)) {
      for (const p of rule.future) addKey(p + w, { entry, order, future: true, suffixed, firstPerson });
    }
  });
  // words the inflection rules make look like triggers but that are other words: وزارة
  // ("ministry") is not و + زار + ه ("and he visited him")
  for (const w of notTriggers) triggers.delete(w);
  for (const list of triggers.values()) list.sort(bySpecificity);
  return triggers;
}

/**
 * The keys of expandTriggers, found when asked for: a token is split into each prefix the rules
 * know and the stem after it, and the stems are indexed. Expanding every prefix of every stem
 * up front made ≈ 22,000 keys and 23,000 hits at each start (≈ 0.1 s); a run looks up a few
 * thousand distinct words, each once per word table (events/words.ts).
 */
class LazyTriggers implements TriggerTable {
  private readonly stems = new Map<string, Stem[]>();
  private readonly notTriggers: Set<string>;
  private readonly maxPrefix: number;

  constructor(entries: TriggerEntry[], inflection: Record<string, InflectionRule>, notTriggers: Iterable<string>) {
    this.notTriggers = new Set(notTriggers);
    let maxPrefix = 0;
    eachStem(entries, inflection, (stem) => {
      const list = this.stems.get(stem.w);
      if (list) list.push(stem);
      else this.stems.set(stem.w, [stem]);
    });
    for (const rule of [NO_INFLECTION, ...Object.values(inflection)]) {
      for (const p of [...rule.prefixes, ...(rule.future ?? [])]) maxPrefix = Math.max(maxPrefix, p.length);
    }
    this.maxPrefix = maxPrefix;
  }

  get(key: string): TriggerHit[] | undefined {
    if (this.notTriggers.has(key)) return undefined;
    // per entry, its first way to the key in expandTriggers' order: stem rank, then prefix (the future ones after the others)
    const best = new Map<number, { rank: number; step: number; hit: TriggerHit }>();
    const consider = (stem: Stem, step: number, future: boolean): void => {
      const prev = best.get(stem.order);
      if (prev && (prev.rank < stem.rank || (prev.rank === stem.rank && prev.step <= step))) return;
      best.set(stem.order, { rank: stem.rank, step, hit: { entry: stem.entry, order: stem.order, future, suffixed: stem.suffixed, firstPerson: stem.firstPerson } });
    };
    for (let k = 0; k <= this.maxPrefix && k <= key.length; k++) {
      const p = key.slice(0, k);
      const rest = key.slice(k);
      for (const stem of this.stems.get(rest) ?? []) {
        const { rule } = stem;
        if (!(stem.article && p.endsWith(ABSORBING_PREPOSITION))) {
          const i = rule.prefixes.indexOf(p);
          if (i >= 0) consider(stem, i, false);
        }
        if (rule.future && FUTURE_STEM.test(stem.w)) {
          const i = rule.future.indexOf(p);
          if (i >= 0) consider(stem, rule.prefixes.length + i, true);
        }
      }
      // ل + ال → لل: the key is the prefix and the stem without its first letter (the alef of ال)
      if (p.endsWith(ABSORBING_PREPOSITION)) {
        for (const stem of this.stems.get(ARTICLE[0] + rest) ?? []) {
          if (!stem.article) continue;
          const i = stem.rule.prefixes.indexOf(p);
          if (i >= 0) consider(stem, i, false);
        }
      }
    }
    if (!best.size) return undefined;
    return [...best.values()].map((b) => b.hit).sort(bySpecificity);
  }
}
