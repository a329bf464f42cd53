// Verb agreement: the gender and number a finite trigger verb marks on its subject, read from the
// verb's own paradigm in the lexicon (its listed forms), and whether an actor can be that subject.
import { foldWord, type Ment } from '../doc.js';
import type { Slots } from '../slots.js';
import { hasConjunction, PRESENT_PREFIX } from '../../text/clitics.js';
import { NOUN, STEM, VERB_PAST, VERB_PRESENT } from '../../text/morphology.js';

/** The last letters of a defective past verb, which drop before the feminine ت. */
const WEAK = [...STEM.final_weak];

/** What a finite verb says of its subject; null for a verbal noun, a participle or an unknown form. */
export type Agreement = 'masculine' | 'feminine' | 'plural' | null;

/**
 * The trigger verb as its entry lists it: the word without its conjunction and future prefix, or as written
 * when its root begins with و or ف ("وقعا", "وافقت", "فتحوا": no conjunction to remove).
 */
export function listedForm(ev: Slots): string {
  const { w, f } = ev.f.doc.toks[ev.k];
  return !ev.entry.forms.includes(w.v) && ev.entry.forms.includes(f) ? f : w.v;
}

/** The trigger verb has the conjunction و or ف before it ("ووقعت", "فدعا"; not "وقعت"). */
export function conjoined(ev: Slots): boolean {
  const { f } = ev.f.doc.toks[ev.k];
  return hasConjunction(f) && listedForm(ev) !== f;
}

/**
 * "تدعم"/"أيدت" (a ت-imperfect beside its ي-form, a perfect in ت beside its bare form): feminine;
 * "يدعم"/"أيد": masculine; "يدعمون"/"أيدوا": plural; "التقت"/"التقى" as "أيدت"/"أيد". Duals and forms the
 * lexicon does not pair say nothing.
 */
export function agreement(ev: Slots): Agreement {
  if (!ev.isVerb || ev.g.head.hit.firstPerson) return null;
  const forms = ev.entry.forms;
  const w = listedForm(ev);
  const { ya, ta } = PRESENT_PREFIX;
  // duals ("تدعمان") and plurals ("يبحثون"): two sides or more, whatever their gender; also of a listed
  // singular the lexicon gives no such form of ("يبحثان" beside "يبحث")
  const present = w.startsWith(ta) || w.startsWith(ya);
  const ending = [VERB_PRESENT.dual, VERB_PRESENT.plural].find((e) => present && w.endsWith(e) && forms.includes(w.slice(0, -e.length)));
  if (ending) return 'plural';
  if (!forms.includes(w)) return null;
  if (w.endsWith(VERB_PRESENT.plural) || w.endsWith(VERB_PAST.plural)) return 'plural';
  if (w.endsWith(VERB_PRESENT.dual) && present) return 'plural';
  // a defective verb drops its last letter before the feminine ت ("التقى"/"التقت", "دعا"/"دعت"; but "ناقشا" is
  // the dual of "ناقش")
  const stem = w.slice(0, -1);
  if (WEAK.includes(w[w.length - 1]) && forms.includes(stem + VERB_PAST.feminine) && !forms.includes(stem)) return 'masculine';
  if (w.endsWith(VERB_PAST.dual)) return null;
  if (w.startsWith(ta) && forms.includes(ya + w.slice(1))) return 'feminine';
  if (w.startsWith(ya) && forms.includes(ta + w.slice(1))) return 'masculine';
  if (w.endsWith(VERB_PAST.feminine) && forms.includes(w.slice(0, -VERB_PAST.feminine.length))) return 'feminine';
  if (forms.includes(w + VERB_PAST.feminine)) return 'masculine';
  if (w.endsWith(VERB_PAST.feminine) && WEAK.some((l) => forms.includes(w.slice(0, -VERB_PAST.feminine.length) + l))) return 'feminine';
  return null;
}

/** A woman: a feminine title ("المتحدثة") or a name in -ا/-ة ("ماريا زاخاروفا"). */
function femininePerson(m: Ment): boolean {
  const role = m.m.role ? foldWord(m.m.role).split(' ')[0] : '';
  const last = foldWord(m.m.text).split(' ').pop() ?? '';
  return role.endsWith(NOUN.feminine) || last.endsWith(NOUN.feminine_name) || last.endsWith(NOUN.feminine);
}

/**
 * Whether an actor can be the subject of a verb that agrees as `a`: a feminine verb wants a country,
 * an organisation or a woman, not a man. (A masculine verb says less: العراق and the nisba
 * "الجانب الروسي" are masculine.)
 */
export function agrees(a: Agreement, m: Ment): boolean {
  return a !== 'feminine' || m.ent.type !== 'PERSON' || femininePerson(m);
}
