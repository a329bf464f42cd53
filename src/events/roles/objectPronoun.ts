// "وصل لوكاشينكو إلى موسكو واستقبله بوتين", "انتقد باشينيان المنظمة واتهمها بالتقاعس": the pronoun
// on a verb is its object. It stands for the object of the verb before, or an actor named before the verb
// in its sentence: the event's recipient. The verb's subject is then found as any verb's (roles/source.ts),
// that actor set aside.
import { thirdPersonSuffix } from '../../text/clitics.js';
import { tokIs } from '../cues.js';
import { foldWord, type Ment } from '../doc.js';
import { NOUN } from '../../text/morphology.js';
import { pick, type Slots } from '../slots.js';
import { agrees } from './agreement.js';

/** An organisation whose name's first word is no feminine noun ("حزب", "مجلس"; not "منظمة", "المحكمة"). */
function masculineBody(x: Ment): boolean {
  return x.ent.type === 'ORG' && !foldWord(x.m.text).split(' ')[0].endsWith(NOUN.feminine);
}

export function objectPronoun(ev: Slots): void {
  const { f, k } = ev;
  // a suffixed verb the slots read as a verb (objectOnVerb in clause/verb.ts), not a noun with its possessor
  if (!ev.g.head.hit.suffixed || !ev.isVerb || ev.recipient.length) return;
  const toks = f.doc.toks;
  // "البرنامج الذي اقترحته طاجيكستان": the pronoun is the relative's (roles/source.ts)
  if (tokIs(toks[k - 1], f.sets.relative)) return;
  const suffix = thirdPersonSuffix(toks[k].f);
  if (!suffix || suffix.number !== 'sg') return;
  // ها: a country, an organisation or a woman; ه: a man
  const fits = (x: Ment): boolean => (suffix.gender === 'f' ? agrees('feminine', x) : x.ent.type === 'PERSON' && !agrees('feminine', x));
  // the object of the verb before ("انتقد باشينيان المنظمة، وهو تحالف بقيادة روسيا، واتهمها"), else the nearest that fits
  let antecedent = f.lastRecipient.find((x) => x.t1 <= k && !ev.used.has(x) && fits(x));
  if (!antecedent) for (const x of f.actors) if (x.t1 <= k && !ev.used.has(x) && fits(x)) antecedent = x;
  // ه with no man named before: a body whose name's head is masculine ("حزب النهضة ... وحظرته المحكمة")
  if (!antecedent && suffix.gender !== 'f') for (const x of f.actors) if (x.t1 <= k && !ev.used.has(x) && masculineBody(x)) antecedent = x;
  if (!antecedent) return;
  ev.recipient.push(pick(ev, antecedent));
  ev.basis.push('recipient: the pronoun on the verb');
}
