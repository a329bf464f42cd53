// The trigger lexicon's shapes: the PLOVER event types and their quad classes, the file format
// (data/events/triggers.json and users' files) and the compiled table the event passes read.

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
  any?: string[];
  /** Or the words of the named word group or groups (word_groups), as `any` (resolved when the lexicon is compiled). */
  group?: string | string[];
  /** Or a person, an organisation or a country named there ("هنأ بوتين توكاييف"). */
  actor?: boolean;
  /** Or a place named there ("وصل بوتين دوشنبه"). */
  place?: boolean;
  /** Or أن/إن, bare or with a pronoun (roles.json's complementizers and speaker_pronouns): "قال إنه يجب على". */
  complementizer?: boolean;
  /** Or a word of the named cue list ("relative": "الذي وافق عليه البلدان" is no new approval). */
  cue?: string;
  /** Or a trigger word of that event type ("طالبوا باستقالة الحكومة": a demand, no resignation). */
  type?: PloverType;
  side?: 'before' | 'after' | 'both';
  window?: number;
}

/** The names of the word groups a requirement takes its words from (none, one or several). */
export const requirementGroups = (r: Requirement): string[] => (r.group === undefined ? [] : typeof r.group === 'string' ? [r.group] : r.group);

export interface TriggerEntry {
  rule: string;
  type: PloverType;
  subtype: string;
  pos: string;
  forms: string[];
  /** Verbal nouns of a verb entry: inflected and read as nouns, under the same rule. */
  verbal_nouns?: string[];
  requires?: Requirement[];
  /** Context words that make the word no trigger ("هدوء حذر"). */
  unless?: Requirement[];
  light?: boolean;
  /** With the article and no preposition of its frame after it, the noun recalls one named before (events/triggers.ts). */
  definite_refers?: boolean;
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
  /** Event types whose records need a source (story/complete.ts). */
  source_required?: PloverType[];
  /** Event types that bear on the country where what they are about happens (roles/placeConcerned.ts). */
  place_concerned?: PloverType[];
  cues?: Record<string, string[]>;
  /** Named lists of context words (the form of `any`), for the requirements of several entries. */
  word_groups?: Record<string, string[]>;
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

/**
 * The stems of a lexicon's entries (triggerTable.ts's eachStem), in the order it makes them (their
 * rank), as the compiled data cache keeps the built-in lexicon's: each stem's word, entry index, and
 * flags (STEM_ARTICLE, STEM_SUFFIXED, STEM_FIRST_PERSON).
 */
export interface StemsJson {
  words: string[];
  orders: number[];
  flags: number[];
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
  /** Event types whose records need a source (every file's list). */
  sourceRequired: Set<string>;
  /** Event types that bear on the country where what they are about happens (every file's list). */
  placeConcerned: Set<string>;
}
