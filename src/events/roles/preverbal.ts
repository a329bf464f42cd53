// A subject before its verb: headlines (SVO: "منظمة معاهدة الأمن الجماعي تدعم أرمينيا"), the
// clause after أن/إن ("قال لافروف إن روسيا تدعم كازاخستان"), the speaker a pronoun after إن stands
// for ("قال الوزير إنه طلب من المنظمة"), a subject with a relative clause between it and its verb
// ("طاجيكستان، التي تجاور أفغانستان، انتقدت"), and a verb coordinated with one whose subject came first
// ("... تدعم أرمينيا وتنتقد أذربيجان"). What follows the verb is then its object, not its subject; so it is
// when a common noun opens the clause ("أن الوضع في أوكرانيا يهدد أمن ...": the verb has no actor subject).
import { ACCUSATIVE_PARTICIPLE, hasArticle } from '../../text/clitics.js';
import { loadClauseWords } from '../clause/data.js';
import { readVerb } from '../clause/verb.js';
import { membersNoun, titleStart } from '../actors.js';
import { tokIs } from '../cues.js';
import { inMention, type Ment } from '../doc.js';
import type { Frame } from '../frame.js';
import { pick, type Slots } from '../slots.js';
import { isNumber, mentionSpans, wordsBetween } from '../triggers.js';
import { agreement, agrees, conjoined } from './agreement.js';
import { forcesNoun, forcesOf, inPP, memberOf, nearestBefore, withCoordinated } from './subject.js';
import { unnamedAgent } from './unnamedSubject.js';

/** Words an actor's noun phrase may have between it and its verb ("روسيا الاتحادية تدعم"). */
const MAX_GAP = 2;

export function preverbalSubject(ev: Slots): void {
  const { f, k } = ev;
  if (ev.source.length) return;
  // a dual verb's two sides named before it ("إن الجانبين الروسي والطاجيكي اتفقا", "وكان الرئيس الأرميني ...
  // والأذربيجاني ... قد التقيا"); else the story's (sidesOfEventBefore)
  if (ev.dual) {
    const sides = clauseInitial(ev, null) ?? perfectSides(ev);
    if (sides && sides.length === 2) take(ev, sides, 'source: the two sides before the dual verb');
    return;
  }
  if (commonNounSubject(ev)) {
    ev.nounSubject = true;
    ev.basis.push('subject: a noun before the verb, no actor');
    return;
  }
  const a = agreement(ev);
  if (a === null) return;
  const toks = f.doc.toks;
  const rd = f.rd;
  // "إنه طلب": the speaker of the clause before
  const pron = k - 1 >= f.a ? rd.speakerPronouns.get(toks[k - 1].w.c) ?? rd.speakerPronouns.get(toks[k - 1].f) : undefined;
  if (pron) {
    ev.subjectBefore = true;
    const speaker = nearestBefore(ev, k - 1).filter((m) => pron !== 'feminine' || agrees('feminine', m));
    if (speaker.length) take(ev, speaker, 'source: the speaker (إنه)');
    return;
  }
  const subject = clauseInitial(ev, a);
  if (subject) {
    take(ev, subject, 'source: the subject before the verb');
    return;
  }
  const described = relativeTopic(ev, a);
  if (described) {
    take(ev, described, 'source: the subject before its relative clause');
    return;
  }
  const perfect = perfectSubject(ev, a);
  if (perfect) {
    take(ev, perfect, 'source: the subject between كان and قد');
    return;
  }
  // "تدعم أرمينيا وتنتقد أذربيجان": a coordinated verb with no subject of its own before it shares
  // the subject of the verb before, which came first
  const conj = conjoined(ev);
  if (!conj) return;
  if (f.lastPreverbal && f.lastSource.length && f.lastSource.every((m) => !ev.used.has(m) && agrees(a, m))) {
    take(ev, f.lastSource, 'source: the subject of the coordinated verb before');
    return;
  }
  // "باشينيان يوجه نقدا للمنظمة ويحذر": the verb before is no trigger, its subject still opens the clause
  const before = verbBefore(ev);
  const shared = before === null ? null : clauseInitial(ev, a, before);
  if (shared) take(ev, shared, 'source: the subject of the coordinated verb before');
}

/** The subject that opens the clause of the verb at `verb` and stands right before it ("روسيا ترسل مساعدات"), or null. */
export function subjectBefore(ev: Slots, verb: number): Ment[] | null {
  return clauseInitial(ev, null, verb);
}

/** An indefinite noun in the accusative, its tanween unwritten ("شخصا"): three letters or more, then alef. */
const ACCUSATIVE_NOUN = new RegExp(`^\\p{L}{3,}${ACCUSATIVE_PARTICIPLE.accusative}$`, 'u');

/** A common noun opens the clause this close before its verb, in words ("أن الوضع في أوكرانيا يهدد"). */
const NOUN_SUBJECT_SPAN = 5;
/** ... and people the report does not name, with what describes them. */
const UNNAMED_SUBJECT_SPAN = 8;

/**
 * "مؤكدا أن الوضع في أوكرانيا يهدد أمن الدول الأعضاء", "أن الفوج الأخير غادر قاعدة ...": a definite noun
 * that is no actor opens the clause (after أن/إن or at the sentence's start) and stands before the verb
 * with no other verb between: it is the subject, and the actor after the verb is its object.
 */
function commonNounSubject(ev: Slots): boolean {
  const { f, k } = ev;
  const toks = f.doc.toks;
  if (!ev.isVerb) return false;
  // "أن متشددين اقتحموا محكمة وقتلوا قائد الشرطة": a coordinated plural verb shares the subject of the one before (a
  // singular one may name its own after it: "وتتهم الحكومة")
  if (conjoined(ev)) return f.lastNounSubject && agreement(ev) === 'plural';
  let o = k - 1;
  while (o >= f.a && !tokIs(toks[o], f.rd.complementizers)) o--;
  o++;
  // a definite noun: with the article, or "بلاده" whose state the article does not name (ownCountry.ts); or after
  // أن/إن an indefinite one in the accusative ("ان شخصا قتل"), not a count of those named after it ("ان ثلاثا من الدول")
  // or people the report does not name, however described ("قالت السلطات إن متشددين مزودين قذائف صاروخية وأسلحة أخرى
  // اقتحموا": not the speaker; cue list unnamed_agents)
  const afterThat = o > f.a && tokIs(toks[o - 1], f.rd.complementizers);
  const unnamed = afterThat && unnamedAgent(f, toks[o]);
  const indefinite = unnamed || (afterThat && ACCUSATIVE_NOUN.test(toks[o].f) && !isNumber(f.doc, o));
  if (o >= k || wordsBetween(f.doc, f.s, o, k) > (unnamed ? UNNAMED_SUBJECT_SPAN : NOUN_SUBJECT_SPAN) ||
    !(hasArticle(toks[o].f) || tokIs(toks[o], f.sets.ownCountry) || indefinite)) return false;
  // "أن الرئيسين سيناقشان": the two sides, whom the story names (story/complete.ts)
  if (f.partyCues.some((c) => c.at === o)) return false;
  // ... but members of a group named after them are the group ("إن مسلحين من طالبان هاجموا")
  if (inMention(f.actors, o) || f.actors.some((m) => m.t0 > o && m.t1 <= k && (!inPP(f, m) || memberOf(f, m)))) return false;
  const words = loadClauseWords();
  for (let i = o; i < k; i++) if ((blocks(f, i) && !tokIs(toks[i], f.sets.preps)) || readVerb(words, toks[i].f, i) || breakBefore(f, i + 1)) return false;
  return true;
}

/** The verb (any the clause words know, and of the same clause: no أن/إن between) nearest before the trigger. */
function verbBefore(ev: Slots): number | null {
  const { f, k } = ev;
  const toks = f.doc.toks;
  for (let i = k - 1; i >= f.a; i--) {
    if (tokIs(toks[i], f.rd.complementizers)) return null;
    if (toks[i].w.trig !== undefined || readVerb(loadClauseWords(), toks[i].f, i)) return i;
  }
  return null;
}

function take(ev: Slots, list: Ment[], basis: string): void {
  for (const m of list) ev.source.push(pick(ev, m));
  ev.basis.push(basis);
  ev.preverbal = true;
}

/**
 * The actor (with those coordinated with it) that opens the clause of the verb at k — at the start of
 * the sentence, after أن/إن or after a comma — and stands right before the verb.
 */
function clauseInitial(ev: Slots, a: ReturnType<typeof agreement>, k = ev.k): Ment[] | null {
  const { f } = ev;
  const toks = f.doc.toks;
  let last: Ment | undefined;
  for (const m of f.actors) if (m.t1 <= k && !ev.used.has(m)) last = m;
  // "وفد من حركة طالبان يزور موسكو": members of a group stand for it
  const member = !!last && memberOf(f, last);
  if (!last) return null;
  const end = member ? ledBy(f, last.t1) : last.t1;
  if (k - end > MAX_GAP || (inPP(f, last) && !member) || !agrees(a, last)) return null;
  for (let i = end; i < k; i++) if (blocks(f, i)) return null;
  const list = member ? [last] : withCoordinated(ev, last, false).reverse();
  const first = list[0];
  // a nisba with the title it follows ("الرئيس الكازاخستاني يستقبل") opens its phrase at the title, so does a
  // country ("رئيسا روسيا وأوزبكستان يبحثان"), and after the words for the two sides at them ("إن الجانبين الروسي والطاجيكي اتفقا")
  // members with their genitive open it at the member noun ("أن قوات الأمن في قرغيزستان اعتقلت")
  let start = member ? membersNoun(f.doc, first) : first.m.method === 'nisba' || first.isCountry ? titleStart(f.doc, first.roleStart) : first.roleStart;
  if (first.m.method === 'nisba' && f.partyCues.some((c) => c.at === start - 1)) start--;
  // ... and after members it describes at them ("أن القوات الروسية سيطرت": the state's forces act for it)
  else if (start === first.roleStart && forcesOf(f, first)) {
    start = forcesNoun(f, first);
    // ... counted out of those forces ("أن 1037 جنديا من القوات الأفغانية فروا")
    if (start - 2 >= f.a && !!f.sets.memberPreps?.has(toks[start - 1].w.c) && tokIs(toks[start - 2], f.sets.members)) {
      start -= 2;
      while (start - 1 >= f.a && isNumber(f.doc, start - 1)) start--;
    }
  }
  // a clause opens at the sentence, a that, a comma or a contrast ("ولكن روسيا نفت")
  const opens = start === f.a || tokIs(toks[start - 1], f.rd.complementizers) || tokIs(toks[start - 1], f.sets.contrast) || breakBefore(f, start);
  return opens ? list : null;
}

/**
 * Where a group's phrase ends that may go on from token t with who leads it ("وفدا من طالبان برئاسة عبد
 * السلام حنفي توجه": a chair cue and the name after it), for its verb to stand right after.
 */
function ledBy(f: Frame, t: number): number {
  const cue = f.chairCues.find((c) => c.at === t);
  const leader = cue && f.actors.find((m) => Math.min(m.roleStart, m.t0) === cue.end);
  return leader ? leader.t1 : t;
}

/**
 * "طاجيكستان، التي تشترك في حدودها مع أفغانستان، انتقدت حكومة طالبان": the actor that opens the clause
 * and a relative clause set off by commas after it, the verb right after the second comma.
 */
function relativeTopic(ev: Slots, a: ReturnType<typeof agreement>): Ment[] | null {
  const { f, k } = ev;
  const toks = f.doc.toks;
  if (k - 1 <= f.a || !breakBefore(f, k)) return null;
  let rel = -1;
  for (let i = k - 1; i > f.a; i--) if (tokIs(toks[i], f.sets.relative) && breakBefore(f, i)) { rel = i; break; }
  const topic = rel < 0 ? undefined : f.actors.find((m) => m.t1 === rel && !ev.used.has(m) && !inPP(f, m));
  if (!topic || !agrees(a, topic)) return null;
  const list = withCoordinated(ev, topic, false).reverse();
  const start = list[0].roleStart;
  return start === f.a || tokIs(toks[start - 1], f.rd.complementizers) || breakBefore(f, start) ? list : null;
}

/** The auxiliary of a past perfect stands this many words at most before its قد. */
const PERFECT_SPAN = 6;

/** "وكانت روسيا قد اتهمت", "وكان مسؤولون أمريكيون قد اتهموا": the subject between كان and قد, or null. */
function perfectSubject(ev: Slots, a: ReturnType<typeof agreement>): Ment[] | null {
  const aux = perfectAuxiliary(ev);
  if (aux < 0) return null;
  const first = perfectActors(ev, aux)[0];
  return first && agrees(a, first) ? withCoordinated(ev, first) : null;
}

/**
 * A dual verb's past perfect: the two people (else the two actors) between كان and قد ("وكان الرئيس الأرميني
 * روبرت كوتشاريان والأذربيجاني إلهام علييف قد التقيا"), or null.
 */
function perfectSides(ev: Slots): Ment[] | null {
  const aux = perfectAuxiliary(ev);
  if (aux < 0) return null;
  const between = perfectActors(ev, aux);
  const people = between.filter((m) => m.ent.type === 'PERSON');
  // one person named, the other by his counterpart's nisba ("بوتين ونظيره الطاجيكي"): the person and those coordinated with him
  const sides = people.length === 1 ? withCoordinated(ev, people[0]).filter((m) => between.includes(m)) : people.length ? people : between;
  return sides.length === 2 ? sides : null;
}

/** The actors between the auxiliary at `aux` and the trigger, not in a prepositional phrase nor taken. */
function perfectActors(ev: Slots, aux: number): Ment[] {
  return ev.f.actors.filter((m) => m.t0 > aux && m.t1 < ev.k && !ev.used.has(m) && !inPP(ev.f, m));
}

/** The auxiliary (كان) of a past perfect whose particle (قد) stands right before the trigger, or -1. */
function perfectAuxiliary(ev: Slots): number {
  const { f, k } = ev;
  const toks = f.doc.toks;
  if (k - 1 < f.a || !tokIs(toks[k - 1], f.sets.perfectParticles)) return -1;
  const { startOf } = mentionSpans(f.doc, f.s);
  for (let i = k - 2, words = 0; i >= f.a && words < PERFECT_SPAN; i--, words++) {
    i = startOf.get(i) ?? i;
    if (blocks(f, i)) return -1;
    if (tokIs(toks[i], f.sets.perfectAuxiliaries)) return i;
  }
  return -1;
}

/** A word between an actor and the verb that ends the actor's noun phrase. */
function blocks(f: Frame, i: number): boolean {
  const tk = f.doc.toks[i];
  return tk.w.trig !== undefined || tokIs(tk, f.sets.preps) || tokIs(tk, f.sets.relative) || tokIs(tk, f.rd.complementizers);
}

/** A comma, colon or dash right before token i: a new clause. */
function breakBefore(f: Frame, i: number): boolean {
  const { text } = f.doc.t;
  const gap = text.slice(f.doc.toks[i - 1].end, f.doc.toks[i].start);
  return /[،,:؛;\-–]/u.test(gap);
}

