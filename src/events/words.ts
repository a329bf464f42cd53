// What the trigger lexicon says about a folded word: its clitic-stripped candidates, its trigger
// entries and the cue phrases that can start at it; computed once per distinct word and lexicon.
import { loadPatternWords } from '../entities/lexicon.js';
import { foldKey } from '../text/normalize.js';
import { ARTICLE, ENCLITICS, FIRST_PERSON_PREFIX, FUTURE, hasConjunction, PRESENT_PREFIXES, PROCLITICS } from '../text/clitics.js';
import { WordValues } from '../text/intern.js';
import type { CompiledLexicon, TriggerHit } from './lexicon/types.js';

/** Clitic-stripped candidates of a word: without a proclitic (and with the article it carried), without a pronoun suffix. */
function candidates(f: string): string[] {
  const out = new Set<string>([f]);
  for (const { form, article } of PROCLITICS) {
    if (f.startsWith(form) && f.length - form.length >= 2) {
      const rest = f.slice(form.length);
      out.add(rest);
      if (article !== 'none') out.add(ARTICLE + rest);
    }
  }
  for (const w of [...out]) for (const s of ENCLITICS) if (w.endsWith(s) && w.length - s.length >= 3) out.add(w.slice(0, -s.length));
  return [...out];
}

function conjStrip(f: string): string {
  return hasConjunction(f) && f.length > 2 ? f.slice(1) : f;
}

/** A cue phrase with its position in the cue list (earlier phrases are tried first). */
export interface CuePhrase { p: string[]; order: number }

/** The per-word part of a token, computed once per distinct folded word and lexicon; shared, read only. */
export interface WordInfo {
  /** the word with a leading و/ف conjunction removed (when what is left is a word) */
  c: string;
  /** c without the future prefix س of a verb ("سيشارك" → "يشارك") */
  v: string;
  /** clitic-stripped candidates of the word (for stems and context words) */
  cands: string[];
  /** trigger entries of the word (lex.triggers.get(f)) */
  trig: TriggerHit[] | undefined;
  /** by cue number: the phrases that can start at the word (first word is f, c or v), in list order */
  cues: (CuePhrase[] | undefined)[] | null;
}

/** Per lexicon: cue numbers, first word → phrases per cue, and the word table. */
interface LexIndex {
  cueNo: Map<string, number>;
  firstWord: Map<string, CuePhrase[]>[];
  /** first word of any cue phrase → the cue numbers */
  starts: Map<string, number[]>;
  words: WordValues<WordInfo>;
  sets: CueSets;
}

/** The cue word lists the event rules consult: name in the rules → name in the lexicon. */
const CUE_SETS = {
  negation: 'negation', future: 'future', background: 'background', decidedAt: 'decided_at', relative: 'relative', recipient: 'recipient',
  members: 'members', timePreps: 'time_prepositions', sequencePreps: 'sequence_prepositions', contrast: 'contrast', recipientBlockers: 'recipient_blockers', preps: 'prepositions',
  supportVerbs: 'support_verbs', supportNouns: 'support_nouns', passive: 'passive', ownCountry: 'own_country', counterpart: 'counterpart', countWords: 'count_words', unnamedAgents: 'unnamed_agents', supporters: 'supporters', countComparatives: 'count_comparatives', stateHeads: 'state_heads', earlier: 'earlier', former: 'former', newInOffice: 'new_in_office', titleHeads: 'title_heads', affiliated: 'affiliated', where: 'where', perfectAuxiliaries: 'perfect_auxiliaries', perfectParticles: 'perfect_particles', readyAdjectives: 'ready_adjectives', agencyNouns: 'agency_nouns', sidePrepositions: 'side_prepositions', speechOccasion: 'speech_occasion', stateKinds: 'state_kinds', excludedKinds: 'participant_excluded_kinds', destinationRules: 'destination_rules', venueRules: 'venue_rules', hostRules: 'host_rules', gatheringRules: 'gathering_rules', twoSidesRules: 'two_sides_rules', reciprocalVerbs: 'reciprocal_verbs', namedForPlaceRules: 'named_for_place_rules', discussionRules: 'discussion_rules', imposedOnRules: 'imposed_on_rules', stateOnlyRules: 'state_only_rules', protestedStateRules: 'protested_state_rules', countedPatientRules: 'counted_patient_rules', denialRules: 'denial_rules', obligationRules: 'obligation_rules', casualtyNouns: 'casualty_nouns', borderRules: 'border_rules', announcedPassiveRules: 'announced_passive_rules', ownStateTitles: 'own_state_titles',
  titles: 'titles', nonActorKinds: 'non_actor_kinds', jointKinds: 'joint_kinds', location: 'location', here: 'here', visitLocation: 'visit_location', travelVerbs: 'travel_verbs',
  placeHeads: 'place_heads', placePartitives: 'place_partitives', locationBlockers: 'location_blockers', placeSubjectVerbs: 'place_subject_verbs', opponents: 'opponents',
  recipientMarkers: 'recipient_markers', objectPreps: 'object_prepositions', participantLists: 'participant_lists',
  resumptive: 'resumptive', quotedSpeech: 'quoted_speech', restatement: 'restatement', memberPreps: 'member_prepositions', topicPreps: 'topic_prepositions', liesIn: 'lies_in', periodBounds: 'period_bounds', datedDescriptions: 'dated_descriptions',
} as const;
export type CueSets = { [K in keyof typeof CUE_SETS]: Set<string> | undefined };

/** The cue word sets, looked up once per lexicon rather than once per sentence. */
function cueSets(lex: CompiledLexicon): CueSets {
  return Object.fromEntries(Object.entries(CUE_SETS).map(([k, name]) =>
    [k, k === 'placeHeads' ? placeHeads(lex) : k === 'supportVerbs' ? supportVerbs(lex) : lex.cueWords.get(name)])) as CueSets;
}

/** The verbs that carry a noun trigger: the support verbs, and the reciprocal ones ("تبادلت أرمينيا وأذربيجان الاتهامات"). */
function supportVerbs(lex: CompiledLexicon): Set<string> | undefined {
  const support = lex.cueWords.get(CUE_SETS.supportVerbs);
  const reciprocal = lex.cueWords.get(CUE_SETS.reciprocalVerbs);
  return support && reciprocal ? new Set([...support, ...reciprocal]) : support ?? reciprocal;
}

/** The lexicon's place heads ("مدينة"), with the words for "capital" the entity patterns own (capital_words: "العاصمة"). */
function placeHeads(lex: CompiledLexicon): Set<string> {
  return new Set([...(lex.cueWords.get(CUE_SETS.placeHeads) ?? []), ...loadPatternWords().capital_words.map(foldKey)]);
}

const LEX_INDEX = new WeakMap<CompiledLexicon, LexIndex>();
export function lexIndex(lex: CompiledLexicon): LexIndex {
  let x = LEX_INDEX.get(lex);
  if (!x) {
    const cueNo = new Map<string, number>();
    const firstWord: Map<string, CuePhrase[]>[] = [];
    for (const [cue, phrases] of lex.cues) {
      const idx = new Map<string, CuePhrase[]>();
      phrases.forEach((p, order) => {
        if (!p.length) return;
        const l = idx.get(p[0]);
        if (l) l.push({ p, order }); else idx.set(p[0], [{ p, order }]);
      });
      cueNo.set(cue, firstWord.length);
      firstWord.push(idx);
    }
    const starts = new Map<string, number[]>();
    firstWord.forEach((idx, n) => {
      for (const w of idx.keys()) {
        const l = starts.get(w);
        if (l) l.push(n); else starts.set(w, [n]);
      }
    });
    const index: Omit<LexIndex, 'words' | 'sets'> = { cueNo, firstWord, starts };
    x = { ...index, words: new WordValues((f) => wordInfo(lex, index, f)), sets: cueSets(lex) };
    LEX_INDEX.set(lex, x);
  }
  return x;
}

/** The letters the future prefix stands before: a present prefix, or أ (I). */
const FUTURE_BEFORE = [...PRESENT_PREFIXES, FIRST_PERSON_PREFIX].join('');

/** Describes a folded word (once per word: see LexIndex.words). */
function wordInfo(lex: CompiledLexicon, x: Omit<LexIndex, 'words' | 'sets'>, f: string): WordInfo {
  const c = conjStrip(f);
  const v = c.length > 3 && c[0] === FUTURE && FUTURE_BEFORE.includes(c[1]) ? c.slice(1) : c;
  let cues: (CuePhrase[] | undefined)[] | null = null;
  const sf = x.starts.get(f), sc = c !== f ? x.starts.get(c) : undefined, sv = v !== f && v !== c ? x.starts.get(v) : undefined;
  const nos = sf || sc || sv ? [...new Set([...(sf ?? []), ...(sc ?? []), ...(sv ?? [])])] : [];
  for (const n of nos) {
    const idx = x.firstWord[n];
    const lf = idx.get(f);
    const lc = c !== f ? idx.get(c) : undefined;
    const lv = v !== f && v !== c ? idx.get(v) : undefined;
    if (!lf && !lc && !lv) continue;
    const list = (lf ? 1 : 0) + (lc ? 1 : 0) + (lv ? 1 : 0) === 1 ? (lf ?? lc ?? lv)!
      : [...(lf ?? []), ...(lc ?? []), ...(lv ?? [])].sort((a, b) => a.order - b.order);
    (cues ??= new Array(x.firstWord.length))[n] = list;
  }
  return { c, v, cands: candidates(f), trig: lex.triggers.get(f), cues };
}
