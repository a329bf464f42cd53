// The subject of a verb, the nearest actor before a word, and coordinated actors: what the
// source, recipient and participant rules build on.
import { hasArticle, PREPOSITIONS, thirdPersonSuffix, WA } from '../../text/clitics.js';
import { findCue, tokIs } from '../cues.js';
import { andGlued, isCountryNisba, ment, triggerBetween, type Ment, type Tok } from '../doc.js';
import type { Frame } from '../frame.js';
import type { Slots } from '../slots.js';
import { afterMembers } from '../actors.js';
import { loadClauseWords, NOT_A_VERB_RE } from '../clause/data.js';
import { NISBA } from '../../text/morphology.js';
import { loadFrames } from '../frames.js';
import { isNumber } from '../triggers.js';
import { agreement, agrees } from './agreement.js';

/** Governed by a preposition ("في أفغانستان", "حول الوضع في ..."): not a subject. */
export function inPP(f: Frame, m: Ment): boolean {
  const i = m.roleStart - 1;
  return i >= f.a && !f.groupHeads.has(m) && tokIs(f.doc.toks[i], f.sets.preps);
}

/** ب is a clitic on the mention: on the name (its span starts after it; "بوتين" is a name of its own) or on its title ("بالرئيس", "بنظيره"). */
export function biGlued(ev: Slots, x: Ment): boolean {
  const { titles, counterpart } = ev.f.sets;
  const tok = ev.f.doc.toks[x.roleStart];
  if (!tok.f.startsWith(PREPOSITIONS.bi)) return false;
  const bare = tok.f.slice(PREPOSITIONS.bi.length);
  return x.roleStart === x.t0 ? x.ns > tok.start : !titles?.has(tok.f) && (!!titles?.has(bare) || !!counterpart?.has(bare));
}

/** The genitive of a noun in a phrase of when ("عقب وفاة كريموف"): no subject of a verb after it ("... أن يفوز"), though it may be the agent of a verbal noun in that phrase ("بعد رعاية روسيا لاجتماع"). */
function inTimePhrase(f: Frame, m: Ment): boolean {
  const i = m.roleStart - 2;
  return i >= f.a && tokIs(f.doc.toks[i], f.sets.timePreps);
}

/** "فر أكثر من ألف جندي أفغاني", "انتشر مئات من أفراد الجيش": the preposition of a count, not of a prepositional phrase. */
function ofCount(f: Frame, i: number): boolean {
  return i > f.a && (tokIs(f.doc.toks[i - 1], f.sets.countComparatives) || tokIs(f.doc.toks[i - 1], f.sets.countWords));
}

/** "وهاجم مسلحون من تنظيم داعش": the members' group acts. */
export function memberOf(f: Frame, x: Ment): boolean {
  return afterMembers(f.doc, x);
}

/**
 * A nisba right after the members it describes ("القوات الروسية", "عناصر الشرطة الطاجيكية"), or after their adjective or
 * genitive ("القوات الحكومية الأفغانية", "قوات الأمن الطاجيكية", "حرس الحدود الطاجيكي"): the state's forces, who act for it.
 */
export function forcesOf(f: Frame, x: Ment): boolean {
  return forcesNoun(f, x) >= 0;
}

/** The member noun of the forces a nisba names (forcesOf), or -1. */
export function forcesNoun(f: Frame, x: Ment): number {
  if (x.m.method !== 'nisba' || x.roleStart <= f.a) return -1;
  const toks = f.doc.toks;
  const i = x.roleStart - 1;
  if (tokIs(toks[i], f.sets.members)) return i;
  return i > f.a && hasArticle(toks[i].f) && tokIs(toks[i - 1], f.sets.members) ? i - 1 : -1;
}

/** A country, an organisation or a capital standing for its state: actors that coordinate with each other ("الولايات المتحدة وحركة طالبان", "المنظمة وموسكو"). */
const collective = (m: Ment): boolean => m.isCountry || m.ent.type === 'ORG' || m.ent.kind === 'capital';

/** m and the mentions coordinated with it ("روسيا وكازاخستان", "A، B و C"). */
export function withCoordinated(ev: Slots, m: Ment, forward = true): Ment[] {
  const { actors, doc } = ev.f;
  const list = [m];
  // a list joined by commas ends with و ("A، B و C"): names after the last و set off by commas alone are
  // appositions or another clause's ("وانتقد زعيم المعارضة، كرمان بك باكييف، الرئيس عسكر أكاييف")
  let joined = 1;
  let cur = m;
  for (;;) {
    const idx = actors.indexOf(cur);
    const nx = actors[idx + (forward ? 1 : -1)];
    if (!nx || ev.used.has(nx) || list.includes(nx)) break;
    const [x, y] = forward ? [cur, nx] : [nx, cur];
    const raw = doc.t.text.slice(x.ne, y.roleStart < y.t0 ? doc.toks[y.roleStart].start : y.ns);
    const gap = raw.replace(/[\s,"'()-]/g, '');
    // "بوتين ونظيره الكازاخستاني توكاييف": the و is on the title; the و of "وزير" is its own letter
    // ("التقى كريموف وزير الخارجية لافروف": a subject and its object)
    const titleTok = y.roleStart < y.t0 ? doc.toks[y.roleStart] : null;
    const andTitle = (gap === '' && titleTok !== null && andGlued(doc, titleTok)) ||
      andNisba(ev, x, y) || andHead(ev, x, y) || additive(ev, x, y) || andCount(ev, x, y);
    // a list needs a comma or و: two names side by side are a subject and its object ("تدعم روسيا كازاخستان")
    // "شويغو ونظيره القرغيزي": the counterpart's state
    const counterpart = counterpartState(ev, cur, nx) || (forward && stateNisba(ev, cur, nx)) || nisbaPair(ev, cur, nx);
    if (!counterpart && gap !== WA && !andTitle && (gap !== '' || !raw.includes(','))) break;
    // actors of one kind (people, or countries and organisations) unless joined by و ("روسيا وإيران والرئيس السوري بشار الأسد")
    if (!counterpart && nx.ent.type !== m.ent.type && !(collective(nx) && collective(m)) && !(andTitle || gap === WA)) break;
    list.push(nx);
    if (counterpart || gap === WA || andTitle) joined = list.length;
    cur = nx;
  }
  return list.slice(0, joined);
}

/** "قتل سبعة جنود أرمينيين وثلاثة أذريين": two counted peoples' nisbas, the second after و and its count. */
function andCount(ev: Slots, x: Ment, y: Ment): boolean {
  const { doc } = ev.f;
  return x.m.method === 'nisba' && y.m.method === 'nisba' && y.t0 === x.t1 + 1 && doc.toks[x.t1].f.startsWith(WA) && isNumber(doc, x.t1);
}

/** "... حميد كرزاي وآصف علي زرداري إضافة إلى رئيس طاجيكستان إمام علي رحمانوف": a phrase that adds to the list (cue list additive) is all between them. */
function additive(ev: Slots, x: Ment, y: Ment): boolean {
  // no search where no word stands between (most pairs the list loop looks at: "بوتين ولوكاشينكو")
  return y.roleStart > x.t1 && findCue(ev.f.doc, ev.f.s, 'additive').some((c) => c.at === x.t1 && c.end === y.roleStart);
}

/** "الرئيسان الروسي فلاديمير بوتين والأوزبكي شوكت ميرضيائيف": و + a country's nisba, the title of the person after it. */
function andNisba(ev: Slots, x: Ment, y: Ment): boolean {
  if (y.ent.type !== 'PERSON' || y.t0 !== x.t1 + 1) return false;
  const tok = ev.f.doc.toks[x.t1];
  return tok.f[0] === WA && tok.f !== tok.w.c && isCountryNisba(ev.f.doc, tok);
}

/** "بين القوات الحدودية لدولة تركمانستان وقوات طالبان": و on the head of the next one's genitive chain (قوات، حكومة، جيش). */
function andHead(ev: Slots, x: Ment, y: Ment): boolean {
  if (y.t0 !== x.t1 + 1 || y.roleStart !== y.t0) return false;
  const tok = ev.f.doc.toks[x.t1];
  return tok.f[0] === WA && tok.f !== tok.w.c && loadClauseWords().genitiveHeads.has(tok.w.c);
}

/** "حركة طالبان والقيادة الأفغانية": a country named by a nisba right after "و + state noun" (cue list state_heads). */
function stateNisba(ev: Slots, cur: Ment, nx: Ment): boolean {
  if (nx.m.method !== 'nisba' || nx.t0 !== cur.t1 + 1) return false;
  const tok = ev.f.doc.toks[cur.t1];
  return tok.f[0] === WA && tok.f !== tok.w.c && tokIs(tok, ev.f.sets.stateHeads);
}

/**
 * "مناورات روسية بيلاروسية", "القمة الروسية التركية": two nisba adjectives side by side, both with the article
 * or both without, describe one noun together; each names a side.
 */
function nisbaPair(ev: Slots, x: Ment, y: Ment): boolean {
  if (x.m.method !== 'nisba' || y.m.method !== 'nisba' || Math.abs(y.t0 - x.t0) !== 1 || x.ent === y.ent) return false;
  const toks = ev.f.doc.toks;
  return hasArticle(toks[x.t0].f) === hasArticle(toks[y.t0].f);
}

/** "X ونظيره القرغيزي": a country named by a nisba right after "و + counterpart" after a person. */
function counterpartState(ev: Slots, person: Ment, nx: Ment): boolean {
  if (person.ent.type !== 'PERSON' || !nx.isCountry || nx.t0 !== person.t1 + 1) return false;
  const tok = ev.f.doc.toks[person.t1];
  return tok.f[0] === WA && tok.f !== tok.w.c && tokIs(tok, ev.f.sets.counterpart);
}

/** A title and the name it introduces span at most this many words. */
const TITLE_SPAN = 10;

/** The subject of the verb at `at`. */
export function subjectOf(ev: Slots, at: number, strict = true): Ment[] {
  if (at === ev.k && ev.nounSubject) return [];
  const { f, used } = ev;
  const { actors, s } = f;
  const toks = f.doc.toks;
  const { relative, recipient: recipientCue, preps } = f.sets;
  const rel = toks[at - 1] && toks[at - 1].sentence === s && tokIs(toks[at - 1], relative) ? at - 1
    : toks[at - 2] && toks[at - 2].sentence === s && tokIs(toks[at - 2], relative) ? at - 2 : -1;
  if (rel >= 0) {
    // "القمة التي يشارك فيها": the relative is the object; the subject is the person the sentence is about
    if (toks[at + 1] && f.sets.resumptive?.has(toks[at + 1].f)) {
      const person = actors.find((x) => x.ent.type === 'PERSON' && x.t1 <= rel && !used.has(x));
      return person ? [person] : [];
    }
    const before = actors.filter((x) => x.t1 <= rel && !used.has(x));
    return before.length ? [before[before.length - 1]] : [];
  }
  // a feminine verb wants a feminine subject ("تطلب"): not a man
  const agr = at === ev.k ? agreement(ev) : null;
  // a verb that marks a plural or dual subject ("وأطلقوا سراح الرئيس السابق", "يبحثون") has it before it or as its
  // pronoun: the verb before a subject it names stays singular, so a name after it is its object
  const noneAfter = (ev.subjectBefore && at === ev.k) || agr === 'plural';
  // the subject comes before any preposition ("سيشارك الرئيس في جلسة مجلس ...": not the council)
  if (at === ev.k && !noneAfter) {
    const person = titledSubject(ev, at);
    if (person) return withCoordinated(ev, person);
  }
  const after = !noneAfter && actors.find((x) => x.t0 > at && x.roleStart - at <= 8 && !used.has(x) && agrees(agr, x) && (!inPP(f, x) || memberOf(f, x)) && !oblique(f, x) && !biGlued(ev, x) &&
    (!strict || memberOf(f, x) || !toks.slice(at + 1, x.roleStart).some((tk) => tokIs(tk, recipientCue) || (tokIs(tk, preps) && !f.groupHeads.has(x) && !ofCount(f, tk.i)))) &&
    !(at === ev.k && toks.slice(at + 1, x.roleStart).some((tk) => complementNoun(ev, tk))));
  if (after) return withCoordinated(ev, after);
  // "حيث أشاد الجانبان", "أن يوقع الرئيسان": the subject the verb names is two sides, those of the event before or
  // the nearest named together; else those the story names (story/complete.ts), never one speaker
  if (at === ev.k && f.partyCues.some((c) => c.at === at + 1)) {
    const sides = f.lastSides.length ? f.lastSides.filter((x) => !used.has(x)) : nearestBefore(ev, at);
    return sides.length > 1 ? sides : [];
  }
  // no subject after the verb: the subject of the clause before ("وكانت المنظمة أكدت ... ودعت ... محذرة")
  if (f.lastSource.length && f.lastSource.every((x) => !used.has(x))) return f.lastSource;
  const before = nearestBefore(ev, at);
  // "وأشاد بالعلاقات ...": no subject in the sentence, the one of the sentence before goes on
  // ("واتفق الرئيسان", "ووقع القادة": the story names them, story/complete.ts)
  if (before.length || at !== ev.k || !ev.isVerb || f.partyCues.length > 0 || f.leaders) return before;
  return previousSubject(ev).filter((x) => agrees(agr, x));
}

/**
 * "أيد المبعوث الخاص للكرملين إلى أفغانستان زامير كابولوف": a title right after the verb at `at` opens its subject,
 * a person, prepositions of the title included; null when no title follows.
 */
export function titledSubject(ev: Slots, at: number): Ment | null {
  const { f, used } = ev;
  const toks = f.doc.toks;
  if (!tokIs(toks[at + 1], f.sets.titles)) return null;
  const person = f.actors.find((x) => x.ent.type === 'PERSON' && x.t0 > at && x.t0 - at <= TITLE_SPAN && !used.has(x));
  // "واجتمع بالرئيس الروسي فلاديمير بوتين": a title ب is glued to is the partner's, not the subject's
  return person && !triggerBetween(f.doc, at + 1, person.t0) && !biGlued(ev, person) ? person : null;
}

/** A plural nisba in the oblique case ("واتهمت الأمريكيين"): an object or a genitive, never a subject (that is "الأمريكيون"). */
function oblique(f: Frame, x: Ment): boolean {
  return x.m.method === 'nisba' && f.doc.toks[x.t1 - 1].w.c.endsWith(NISBA.oblique_plural);
}

/**
 * "وطالب بانسحاب القوات الأمريكية", "وندد بهجمات حركة طالبان": a noun after a one-letter preposition the trigger
 * verb's frame gives a role other than the source opens that complement, and the actor after it is its
 * genitive, not the verb's subject. A word with a pronoun suffix governs none ("وقال بدوره الرئيس").
 */
export function complementNoun(ev: Slots, tk: Tok): boolean {
  const letter = tk.w.c[0];
  const role = loadFrames().byRule.get(ev.entry.rule)?.preps.get(letter);
  if (role === undefined || role === 'source' || tk.w.c.length < 4) return false;
  const written = ev.f.doc.t.text.slice(tk.start, tk.end);
  if (written.endsWith(PRONOUN_HA)) return false;
  return tk.w.trig !== undefined || NOT_A_VERB_RE.test(tk.w.c.slice(letter.length));
}

/** The pronoun suffix ه as written (the feminine ة is another letter before folding). */
const PRONOUN_HA = 'ه';

/**
 * The nearest actor before a position; a nisba ("الأراضي الأفغانية") only when nothing else;
 * never one inside a relative clause on the actor before it ("باشينيان، الذي يرأس مجلس
 * الأمن الجماعي، أعلن": the council is not who announced).
 */
export function nearestBefore(ev: Slots, at: number): Ment[] {
  const { f, used } = ev;
  const toks = f.doc.toks;
  const before = f.actors.filter((x) => x.t1 <= at && !used.has(x) && (!inPP(f, x) || memberOf(f, x)) && !(ev.isVerb && inTimePhrase(f, x)));
  const named = before.filter((x) => x.m.method !== 'nisba');
  const pickFrom = named.length ? named : before;
  let i = pickFrom.length - 1;
  while (i > 0 && tokIs(toks[pickFrom[i - 1].t1], f.sets.relative) && toks[pickFrom[i - 1].t1].i < pickFrom[i].roleStart) i--;
  if (i < 0) return [];
  // in the order they are named ("بين روسيا وبيلاروسيا ... بعد توقيع اتفاق": Russia first)
  const subject = withCoordinated(ev, pickFrom[i], false).reverse();
  // "ممثلين من حركة طالبان والقيادة الأفغانية سيشاركون": the state nisba coordinated after it
  const next = f.actors[f.actors.indexOf(pickFrom[i]) + 1];
  if (next && next.t1 <= at && !used.has(next) && stateNisba(ev, pickFrom[i], next)) subject.push(next);
  return subject;
}

/**
 * The source of the last event of the sentences before whose source its own sentence named: who a
 * pronoun with no antecedent in its sentence stands for ("... قال توكاييف. وأعرب عن امتنانه"). Only
 * right after: the sentence before.
 */
export function previousSubject(ev: Slots): Ment[] {
  const { f } = ev;
  const last = f.doc.lastSubject;
  if (!last.length || last[0].sentence !== f.s - 1 || last.some((m) => ev.used.has(m))) return [];
  // ه: a man (or a body: المجلس); ها: a country or an organisation; either one side, not two
  const suffix = thirdPersonSuffix(f.doc.toks[ev.k].f);
  if (suffix?.gender === 'f' && last.some((m) => m.ent.type === 'PERSON')) return [];
  if (suffix?.number === 'sg' && last.length > 1) return [];
  return last.map(fromSentenceBefore);
}

/** A mention of an earlier sentence taken as an actor here: its basis says where it was named. */
export function fromSentenceBefore(m: Ment): Ment {
  return ment(m.ent, m.m, m.ns, m.ne, m.t0, m.t1, m.sentence, m.isCountry, m.roleStart, `coreference: sentence ${m.sentence}`, m.subjectOnly);
}
