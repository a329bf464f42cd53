// The subject-agreement forms of a listed verb, apart from the lexicon so the endings in
// data/text/morphology.json have one place that reads them for triggers.
import { PRESENT_PREFIX } from '../../text/clitics.js';
import { VERB_PAST, VERB_PRESENT } from '../../text/morphology.js';

/**
 * A listed verb form and the forms its subject-agreement endings make (data/text/morphology.json):
 * the feminine dual of a past in ت (توصلت → توصلتا), the dual and the plural of a present
 * (يتفق → يتفقان، يتفقون; يبدأ → يبدآن), the plural of another past (استقبل → استقبلوا).
 */
export function withAgreement(form: string): string[] {
  const out = [form];
  const feminine = form.endsWith(VERB_PAST.feminine);
  const present = form.startsWith(PRESENT_PREFIX.ya) || form.startsWith(PRESENT_PREFIX.ta);
  if (feminine) out.push(form.slice(0, -VERB_PAST.feminine.length) + VERB_PAST.feminine_dual);
  if (present && !feminine) {
    out.push(form + VERB_PRESENT.dual);
    // a hamza on alif and the dual's alif are written as one madda, which folds to one alif (يبدأ → يبدآن)
    if (form.endsWith(VERB_PRESENT.dual[0])) out.push(form + VERB_PRESENT.dual.slice(1));
  }
  if (form.startsWith(PRESENT_PREFIX.ya)) out.push(form + VERB_PRESENT.plural);
  if (!present && !feminine && !form.endsWith(VERB_PAST.dual)) out.push(form + VERB_PAST.plural);
  return out;
}
