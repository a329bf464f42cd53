// A verb's person, gender and number from its affixes: the present prefixes ي (he, they) ت (she)
// ن (we) with the suffixes ون/وا (plural) and ان (dual); the past suffixes ت (she), وا (they), ا / تا
// (the two). A word is a verb only if the clause words know it (after its و/ف and future س).
import { FUTURE, hasConjunction, letterClass, OBJECT_ENCLITICS, PRESENT_PREFIX, PRESENT_PREFIXES, thirdPersonSuffix } from '../../text/clitics.js';
import { NOUN, VERB_PAST, VERB_PRESENT } from '../../text/morphology.js';
import type { ClauseWords, Gender, GNumber } from './data.js';

export interface VerbInfo {
  /** token index in the sentence */
  tok: number;
  /** the verb without its clitics (folded) */
  word: string;
  tense: 'past' | 'present' | 'future';
  person: 1 | 3;
  gender: Gender | null;
  number: GNumber;
  /** a و/ف before it: it continues the clause before */
  conjoined: boolean;
  /** a speech verb (قال, أكد, أعلن ...) */
  speech: boolean;
  /** an object pronoun is attached (تقوده): its object is no noun phrase */
  object: boolean;
}

/**
 * A trigger verb with an object pronoun that no noun shares its form with: a present or future
 * ("يتهمها", "سيزورها"), or a past of the derived forms in ا ("اتهمها", "استقبله"), whose nouns have
 * an ا before their last letter (اتهام، استقبال). Not "تعاونها", "دعمها", "رفضهم": nouns as well; nor
 * "استقالته", the bound form of one of the rule's `nouns` (استقالة + ه) that a feminine past shares.
 * `word`: the folded token without its و/ف.
 */
export function objectOnVerb(word: string, nouns: readonly string[] = []): boolean {
  const suffix = thirdPersonSuffix(word);
  if (!suffix) return false;
  const base = word.slice(0, -suffix.form.length);
  if (base.endsWith(NOUN.feminine_bound) && nouns.includes(base.slice(0, -1) + NOUN.feminine)) return false;
  if (base.startsWith(FUTURE) && PRESENT_PREFIXES.includes(base[1])) return base.length >= 4;
  if (base[0] === PRESENT_PREFIX.ya || base[0] === PRESENT_PREFIX.na) return base.length >= 4;
  return base[0] === DERIVED_PAST && base.length >= 4 && base[base.length - 2] !== DERIVED_PAST;
}

/** The first letter of the derived past forms (VII, VIII, X: انتقد، اتهم، استقبل), also the long vowel of their nouns. */
const DERIVED_PAST = 'ا';

/** Words that are no verb, by word list, up to NOT_VERBS_MAX of them. */
const NOT_VERBS = new WeakMap<ClauseWords, Set<string>>();
const NOT_VERBS_MAX = 10_000;

/**
 * The verb reading of a folded token, or null when the words do not know it as a verb. The rules ask about many
 * tokens, nearly all no verb: that answer is remembered, since finding it matches a regex and cuts the word.
 */
export function readVerb(words: ClauseWords, token: string, tok: number): VerbInfo | null {
  let none = NOT_VERBS.get(words);
  if (none === undefined) NOT_VERBS.set(words, (none = new Set()));
  if (none.has(token)) return null;
  const v = verbReading(words, token, tok);
  if (v === null) {
    if (none.size >= NOT_VERBS_MAX) none.clear();
    none.add(token);
  }
  return v;
}

function verbReading(words: ClauseWords, token: string, tok: number): VerbInfo | null {
  let w = token, conjoined = false, future = false, object = false;
  // an object pronoun: تقوده, تربطها
  const bare = OBJECT_SUFFIX_RE.exec(w);
  if (bare && !known(words, w) && known(words, bare[1])) { w = bare[1]; object = true; }
  if (!words.verbs.has(w) && hasConjunction(w) && words.verbs.has(stripFuture(w.slice(1)))) { w = w.slice(1); conjoined = true; }
  if (!words.verbs.has(w) && FUTURE_VERB.test(w) && words.verbs.has(w.slice(1))) { w = w.slice(1); future = true; }
  if (!words.verbs.has(w)) return null;
  const v: VerbInfo = { tok, word: w, tense: future ? 'future' : 'past', person: 3, gender: 'm', number: 'sg', conjoined, speech: words.speech.has(w), object };
  if (isPresent(words, w)) {
    if (v.tense !== 'future') v.tense = 'present';
    const p = w[0];
    if (p === PRESENT_PREFIX.na) { v.person = 1; v.gender = null; v.number = 'pl'; return v; }
    v.gender = p === PRESENT_PREFIX.ta ? 'f' : 'm';
    if (w.endsWith(VERB_PRESENT.plural) || w.endsWith(VERB_PRESENT.plural_subjunctive)) { v.number = 'pl'; v.gender = 'm'; } else if (w.endsWith(VERB_PRESENT.dual) && words.verbs.has(w.slice(0, -VERB_PRESENT.dual.length))) v.number = 'du';
    return v;
  }
  const ends = (suffix: string): boolean => w.endsWith(suffix) && words.verbs.has(w.slice(0, -suffix.length));
  if (ends(VERB_PAST.plural)) { v.number = 'pl'; } else if (ends(VERB_PAST.feminine_dual)) { v.gender = 'f'; v.number = 'du'; } else if (ends(VERB_PAST.first_plural)) { v.person = 1; v.gender = null; v.number = 'pl'; } else if (ends(VERB_PAST.feminine)) { v.gender = 'f'; } else if (ends(VERB_PAST.dual)) { v.number = 'du'; }
  return v;
}

/** The future prefix س before a present prefix. */
const FUTURE_VERB = new RegExp(`^${FUTURE}${letterClass(PRESENT_PREFIXES)}`, 'u');
const stripFuture = (w: string): string => (FUTURE_VERB.test(w) ? w.slice(1) : w);
const OBJECT_SUFFIX_RE = new RegExp(`^(\\p{L}{2,}?)(?:${OBJECT_ENCLITICS.join('|')})$`, 'u');
/** Known as a verb with its clitics: و/ف, then the future س. */
const known = (words: ClauseWords, w: string): boolean => {
  const v = hasConjunction(w) && !words.verbs.has(w) ? w.slice(1) : w;
  return words.verbs.has(v) || words.verbs.has(stripFuture(v));
};

/**
 * Present tense: made from a listed present stem, or a prefix ي, or ت/ن where the same form with ي is
 * known too (تعقد beside يعقد; but تعهد, نشر are past: no يعهد, ينشر is its own present).
 */
function isPresent(words: ClauseWords, w: string): boolean {
  if (words.present.has(w)) return true;
  if (w[0] === PRESENT_PREFIX.ya) return true;
  return (w[0] === PRESENT_PREFIX.ta || w[0] === PRESENT_PREFIX.na) && words.verbs.has(PRESENT_PREFIX.ya + w.slice(1));
}
