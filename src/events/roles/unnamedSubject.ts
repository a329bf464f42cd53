// "واقتحم متظاهرون مقر الحكومة الأرمينية", "هاجم مسلحون مركزا للشرطة في يريفان": people the report does not
// name (cue list unnamed_agents) are the verb's subject right after it; the actor named after them is in the
// object, not the subject. Members of a group or of a state ("مسلحون من طالبان", "مسلحين أفغان") are that group's,
// and supporters act for the one named right after them ("استولى أنصار للرئيس المخلوع باكاييف على مقر الحكومة").
import { findCue, tokIs } from '../cues.js';
import { isCountryNisba, type Tok } from '../doc.js';
import type { Frame } from '../frame.js';
import { pick, type Slots } from '../slots.js';
import { isCount } from '../triggers.js';

/** People the report does not name (cue lists unnamed_agents and supporters). */
export const unnamedAgent = (f: Frame, tok: Tok): boolean => tokIs(tok, f.sets.unnamedAgents) || tokIs(tok, f.sets.supporters);

export function unnamedSubject(ev: Slots): void {
  const { f, k } = ev;
  if (!ev.isVerb || ev.source.length || ev.nounSubject || ev.subjectBefore) return;
  const toks = f.doc.toks;
  // "اقتحم مئات من الشبان": a count and its من before the people
  let i = k + 1;
  while (i < f.b && isCount(f.doc, i)) i++;
  if (i > k + 1 && i < f.b && tokIs(toks[i], f.sets.memberPreps)) i++;
  // ... or the authorities of no state named ("اعتقلت الشرطة 70 عضوا في حزب التحرير": not the party; cue list
  // authorities), whose state story/authorities.ts finds from the place
  const authorities = i < f.b && !f.actors.some((x) => x.t0 <= i && i < x.t1) ? findCue(f.doc, f.s, 'authorities').find((c) => c.at === i) : undefined;
  if (i >= f.b || (!unnamedAgent(f, toks[i]) && !authorities)) return;
  const patron = tokIs(toks[i], f.sets.supporters) ? f.actors.find((x) => x.roleStart === i + 1 && !ev.used.has(x)) : undefined;
  if (patron) {
    ev.source.push(pick(ev, patron));
    ev.basis.push('source: the one whose supporters act, after the verb');
    return;
  }
  const next = toks[authorities ? authorities.end : i + 1];
  if (next && next.sentence === f.s && (tokIs(next, f.sets.memberPreps) || isCountryNisba(f.doc, next))) return;
  ev.nounSubject = true;
  ev.basis.push('subject: people the report does not name, after the verb');
}
