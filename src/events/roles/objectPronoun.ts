// "وصل لوكاشينكو إلى موسكو واستقبله بوتين", "انتقد باشينيان المنظمة واتهمها بالتقاعس": the pronoun
// on a verb is its object. It stands for the object of the verb before, or an actor named before the verb
// in its sentence: the event's recipient. The verb's subject is then found as any verb's (roles/source.ts),
// that actor set aside. So does a pronoun on the preposition right after the verb that its frame gives the
// other side ("أن شي جين بينغ سيلتقي به", "اجتمع معه").
import { thirdPersonSuffix } from '../../text/clitics.js';
import { tokIs } from '../cues.js';
import { foldWord, type Ment } from '../doc.js';
import { fieldFor, loadFrames } from '../frames.js';
import { NOUN } from '../../text/morphology.js';
import { pick, type Slots } from '../slots.js';
import { agrees } from './agreement.js';

/** An organisation whose name's first word is no feminine noun ("حزب", "مجلس"; not "منظمة", "المحكمة"). */
function masculineBody(x: Ment): boolean {
  return x.ent.type === 'ORG' && !foldWord(x.m.text).split(' ')[0].endsWith(NOUN.feminine);
}

export function objectPronoun(ev: Slots): void {
  const { f, k } = ev;
  // a verb (a suffixed word only as objectOnVerb in clause/verb.ts reads it), not a noun with its possessor
  if (!ev.isVerb || ev.recipient.length) return;
  const toks = f.doc.toks;
  // "البرنامج الذي اقترحته طاجيكستان": the pronoun is the relative's (roles/source.ts)
  if (tokIs(toks[k - 1], f.sets.relative)) return;
  const onPreposition = !ev.g.head.hit.suffixed;
  // a verb whose frame takes no object ("سيطر على"): "سيطرتها" is the noun with its possessor, not the verb's object
  if (!onPreposition && !loadFrames().byRule.get(ev.entry.rule)?.object) return;
  const suffix = onPreposition ? prepositionPronoun(ev) : thirdPersonSuffix(toks[k].f);
  if (!suffix || suffix.number !== 'sg') return;
  // the name right before the verb is its subject, not what the preposition's pronoun stands for ("أن شي جين بينغ سيلتقي به")
  const before = (x: Ment): boolean => x.t1 <= k && !(onPreposition && x.t1 === k);
  // ها: a country, an organisation or a woman; ه: a man
  const fits = (x: Ment): boolean => (suffix.gender === 'f' ? agrees('feminine', x) : x.ent.type === 'PERSON' && !agrees('feminine', x));
  // the object of the verb before ("انتقد باشينيان المنظمة، وهو تحالف بقيادة روسيا، واتهمها"), else the nearest that fits
  let antecedent = f.lastRecipient.find((x) => before(x) && !ev.used.has(x) && fits(x));
  if (!antecedent) for (const x of f.actors) if (before(x) && !ev.used.has(x) && fits(x)) antecedent = x;
  // ه with no man named before: a body whose name's head is masculine ("حزب النهضة ... وحظرته المحكمة")
  if (!antecedent && suffix.gender !== 'f') for (const x of f.actors) if (before(x) && !ev.used.has(x) && masculineBody(x)) antecedent = x;
  if (!antecedent) return;
  ev.recipient.push(pick(ev, antecedent));
  ev.basis.push(onPreposition ? 'recipient: the pronoun on the preposition after the verb' : 'recipient: the pronoun on the verb');
}

/** The pronoun on the word right after the verb when that word is a preposition the verb's frame gives the other side ("به", "معها"). */
function prepositionPronoun(ev: Slots): ReturnType<typeof thirdPersonSuffix> {
  const { f, k } = ev;
  const next = f.doc.toks[k + 1];
  if (k + 1 >= f.b || !next) return null;
  const suffix = thirdPersonSuffix(next.f, 1);
  const frames = loadFrames();
  const role = suffix ? frames.byRule.get(ev.entry.rule)?.preps.get(next.f.slice(0, -suffix.form.length)) : undefined;
  const field = role === undefined ? null : fieldFor(frames, role, false);
  // a meeting's partner ("التقى به") is its other side, as the object pronoun on the verb is ("استقبله")
  return field === 'recipient' || field === 'participants' ? suffix : null;
}
