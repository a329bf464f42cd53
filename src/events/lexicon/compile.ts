// Merging lexicon files into one CompiledLexicon: the trigger entries in lookup order, the
// inflection rules, cues, contexts and the type lists.
import { withAgreement } from './agreement.js';
import { LazyTriggers } from './triggerTable.js';
import { requirementGroups, type CompiledLexicon, type InflectionRule, type LexiconFile, type Requirement, type StemsJson, type TriggerEntry } from './types.js';

/**
 * The entry with every field present, in one order: entries parsed from JSON come in many
 * object shapes, and code that sees them all is deoptimised and recompiled by V8 again and again.
 */
const uniformRequirement = (r: Requirement, groups: Map<string, string[]>): Requirement => ({
  any: r.group === undefined ? r.any : [...requirementGroups(r).flatMap((name) => groups.get(name) ?? []), ...(r.any ?? [])], group: undefined,
  actor: r.actor, place: r.place, complementizer: r.complementizer, cue: r.cue, type: r.type, side: r.side, window: r.window,
});
const uniformEntry = (e: TriggerEntry, groups: Map<string, string[]>): TriggerEntry => ({
  rule: e.rule, type: e.type, subtype: e.subtype, pos: e.pos, forms: e.forms, verbal_nouns: e.verbal_nouns,
  requires: e.requires?.map((r) => uniformRequirement(r, groups)), unless: e.unless?.map((r) => uniformRequirement(r, groups)),
  light: e.light, definite_refers: e.definite_refers, mode: e.mode, context: e.context, confidence: e.confidence, several_sides: e.several_sides,
});

/** The cue lists of verbs: each form also stands for its dual and plural ("ستجريان مناورات", "أرسلوا"). */
const VERB_CUES = new Set(['support_verbs', 'travel_verbs']);

/** A verb entry and, when it lists verbal nouns, the noun entry of the same rule that inflects them. */
function withVerbalNouns(e: TriggerEntry): TriggerEntry[] {
  if (!e.verbal_nouns?.length) return [e];
  return [e, { ...e, pos: 'noun', forms: e.verbal_nouns, verbal_nouns: undefined }];
}

/** The word groups of merged lexicons (a later file's group of a name replaces an earlier one's). */
function wordGroups(files: LexiconFile[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const f of files) for (const [name, words] of Object.entries(f.word_groups ?? {})) groups.set(name, words);
  return groups;
}

/** The trigger entries of merged lexicons in lookup order: user files first, so they take precedence; each verb's verbal nouns after it. */
export function lexiconEntries(files: LexiconFile[]): TriggerEntry[] {
  const groups = wordGroups(files);
  const entries: TriggerEntry[] = [];
  for (let k = files.length - 1; k >= 0; k--) for (const e of files[k].triggers) entries.push(...withVerbalNouns(uniformEntry(e, groups)));
  return entries;
}

/** The merged inflection rules of lexicon files (later files' rules win). */
export function lexiconInflection(files: LexiconFile[]): Record<string, InflectionRule> {
  const inflection: Record<string, InflectionRule> = {};
  for (const f of files) Object.assign(inflection, f.inflection ?? {});
  return inflection;
}

/**
 * Merges lexicons (later files extend earlier ones; their triggers win on equal specificity).
 * `stems`: the merged entries' stems, when the compiled data cache holds them (the built-in file alone).
 */
export function compileLexicon(files: LexiconFile[], names: string[] = [], stems?: StemsJson): CompiledLexicon {
  const inflection = lexiconInflection(files);
  const cueLists = new Map<string, Set<string>>();
  const contexts = new Map<string, Set<string>>();
  const directObject = new Set<string>();
  const meetingOutcomes = new Set<string>();
  const meetingAgreements = new Set<string>();
  const sourceRequired = new Set<string>();
  const placeConcerned = new Set<string>();
  const entries = lexiconEntries(files);
  for (const f of files) {
    for (const type of f.direct_object ?? []) directObject.add(type);
    for (const type of f.meeting_outcomes ?? []) meetingOutcomes.add(type);
    for (const type of f.meeting_agreements ?? []) meetingAgreements.add(type);
    for (const type of f.source_required ?? []) sourceRequired.add(type);
    for (const type of f.place_concerned ?? []) placeConcerned.add(type);
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
  const triggers = new LazyTriggers(entries, inflection, cueLists.get('not_triggers') ?? new Set(), stems);
  const cues = new Map<string, string[][]>();
  const cueWords = new Map<string, Set<string>>();
  for (const [name, set] of cueLists) {
    cues.set(name, [...set].map((c) => c.split(' ').filter(Boolean)));
    const words = [...set].filter((c) => !c.includes(' '));
    cueWords.set(name, new Set(VERB_CUES.has(name) ? words.flatMap(withAgreement) : words));
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
    sourceRequired,
    placeConcerned,
  };
}
