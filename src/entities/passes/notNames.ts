// "الرئيس وقدمت", "نظيره البيلاروسي هاتفيا", "فلتستدعه": verbs, particles and common nouns are no person's name.
import { ABSORBING_PREPOSITION, ARTICLE, CONJUNCTIONS, FA, FUTURE, JUSSIVE as JUSSIVE_PREFIX, letterClass, PREPOSITIONS, PRESENT_PREFIX, PRESENT_PREFIXES, THIRD_PERSON_ENCLITICS } from '../../text/clitics.js';
import { VERB_PRESENT, VERBAL_NOUN_SHAPES } from '../../text/morphology.js';
import { removeHit, type Ctx } from '../context.js';
import { knownVerbs, nonNameWords } from '../nonNames.js';

const CONJ = letterClass(CONJUNCTIONS);
const PRESENT = letterClass(PRESENT_PREFIXES);
/** ب and ك write the article after them (ل takes its alef: لل). */
const WRITES_ARTICLE = letterClass(Object.values(PREPOSITIONS).filter((p) => p !== ABSORBING_PREPOSITION));

/**
 * A preposition with the article ("بالتفصيل", "وبالتالي") or a conjunction with a preposition
 * ("وبحضور"): a name after a title never starts so. Not وال/فال: فالنتينا, فاليري are names.
 */
const PREPOSITION_START = new RegExp(`^(?:${CONJ}?${WRITES_ARTICLE}${ARTICLE}|${CONJ}${PREPOSITIONS.bi})\\p{L}{3}`, 'u');
/** The jussive ل after ف or و ("فلتستدعه", "وليتحمل"), the future س ("ستكون", "وسيتم"): before a present prefix. */
const JUSSIVE = new RegExp(`^${CONJ}${JUSSIVE_PREFIX}(?=${PRESENT}\\p{L}{2})`, 'u');
const FUTURE_PREFIX = new RegExp(`^${CONJ}?${FUTURE}(?=${PRESENT}\\p{L}{2})`, 'u');
const CONJUNCTION = new RegExp(`^${CONJ}(?=\\p{L}{2})`, 'u');
/** ف with the jussive ل before a present prefix is a command ("فلتستدعه", "فليتحمل"), whatever the verb. */
const JUSSIVE_VERB = new RegExp(`^${FA}${JUSSIVE_PREFIX}${PRESENT}\\p{L}{3}`, 'u');
/** "they do", "they both do" ("يمنعون", "ويطالبون", "يناقشان": the prefix ي, a stem of three letters or more, the plural or dual ending): a verb, however unknown. */
const PLURAL_PRESENT = new RegExp(`^${CONJ}?${PRESENT_PREFIX.ya}\\p{L}{3,}(?:${VERB_PRESENT.plural}|${VERB_PRESENT.dual})$`, 'u');
/** Tanween written on a word ("مرسوماً رسمياً"): an indefinite noun or adjective, never a name. */
const TANWEEN = /[\u064B-\u064D]/u;
/** A one-letter preposition before a particle or noun the list knows ("بهذه", "لهذا"). */
const PREPOSITION = new RegExp(`^${letterClass(Object.values(PREPOSITIONS))}(?=\\p{L}{2})`, 'u');
/** A verbal noun's shape (morphology.json verbal_noun: افتعال, استفعال, تفعيل ...), the whole word. */
const VERBAL_NOUN = new RegExp(`^(?:${VERBAL_NOUN_SHAPES.join('|')})$`, 'u');
const OBJECT_PRONOUN = new RegExp(`(?:${THIRD_PERSON_ENCLITICS.join('|')})$`, 'u');

/**
 * Unknown people found by a title or a surname end before the first word that is a verb, a
 * particle, an adverb or a common noun; a person left with no word is dropped, and so are the
 * one-word mentions that refer back to a person so cut.
 */
export function dropNonNames(ctx: Ctx): void {
  const { toks, hits, covered, t } = ctx;
  const words = nonNameWords();
  const verbs = knownVerbs();
  // the names cut or dropped: their later mentions by one word (kind corefUnknown) go with them
  const changed = new Set<object>();
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.dropped || h.unknown?.type !== 'PERSON' || h.kind === 'corefUnknown') continue;
    let cut = -1;
    for (let x = h.ti; x <= h.tj && cut < 0; x++) if (notAName(toks[x].f, x === h.ti, words, verbs) || TANWEEN.test(t.span(toks[x].start, toks[x].end).text)) cut = x;
    if (cut < 0) continue;
    changed.add(h.unknown);
    if (cut === h.ti) { removeHit(ctx, k); continue; }
    for (let x = cut; x <= h.tj; x++) if (covered[x] === k) covered[x] = -1;
    h.tj = cut - 1;
    h.e = toks[h.tj].end;
    const surface = t.span(h.s, h.e).text;
    const key = toks.slice(h.ti, h.tj + 1).map((w) => w.f).join(' ');
    h.unknown = { type: 'PERSON', key, surface };
  }
  for (let k = 0; k < hits.length; k++) if (!hits[k].dropped && hits[k].kind === 'corefUnknown' && changed.has(hits[k].unknown!)) removeHit(ctx, k);
}

/** Whether a folded word, with its clitics taken off, is a listed non-name word or a known verb. */
export function notAName(f: string, first: boolean, words: Set<string>, verbs: Set<string>): boolean {
  if (first && PREPOSITION_START.test(f)) return true;
  if (JUSSIVE_VERB.test(f) || PLURAL_PRESENT.test(f)) return true;
  const forms = new Set([f]);
  for (const re of [CONJUNCTION, JUSSIVE, FUTURE_PREFIX]) for (const w of [...forms]) { const m = re.exec(w); if (m) forms.add(w.slice(m[0].length)); }
  // "بهذه الخطوة": the preposition's word is a listed one (not a verb: لافروف is no ل + verb); "بتسليم", "لتعزيز":
  // a verbal noun after it
  for (const w of [...forms]) { const m = PREPOSITION.exec(w); if (m && (words.has(w.slice(m[0].length)) || VERBAL_NOUN.test(w.slice(m[0].length)) || verbs.has(w.slice(m[0].length)))) return true; }
  for (const w of [...forms]) { const m = OBJECT_PRONOUN.exec(w); if (m && w.length - m[0].length >= 3) forms.add(w.slice(0, -m[0].length)); }
  for (const w of forms) if (words.has(w) || verbs.has(w)) return true;
  return false;
}
