// The source of an event: who acts.
import { ACCUSATIVE_PARTICIPLE, hasArticle, PREPOSITIONS, thirdPersonSuffix } from '../../text/clitics.js';
import { NOUN, VERB_PAST } from '../../text/morphology.js';
import { membersNoun, titleStart } from '../actors.js';
import { findCue, tokIs } from '../cues.js';
import { commaBetween, type Ment } from '../doc.js';
import { loadFrames } from '../frames.js';
import { quoted } from '../places.js';
import { QUAD_CLASS } from '../lexicon/types.js';
import { pick, type Slots } from '../slots.js';
import { eventWordAt, mentionSpans } from '../triggers.js';
import { judges } from './evaluated.js';
import { biPartner } from './recipient.js';
import { openingSpeaker, speakerAfter, speechVerbAt } from './speech.js';
import { agrees, listedForm } from './agreement.js';
import { subjectBefore } from './preverbal.js';
import { complementNoun, forcesOf, fromSentenceBefore, inPP, memberOf, nearestBefore, previousSubject, subjectOf, titledSubject, withCoordinated } from './subject.js';

/** An active participle in the accusative, singular or plural: "منتقدا", "محذرا", "مطالبين". */
const PARTICIPLE = new RegExp(`^${ACCUSATIVE_PARTICIPLE.prefix}\\p{L}{2,}(?:${ACCUSATIVE_PARTICIPLE.accusative}|${NOUN.oblique_plural})$`, 'u');

/**
 * An agent cue ("من قبل", "على يد"...): the actor right after it acts. Right after one of those hit (cue list
 * casualty_nouns), a side cue (cue list partitive_sides) says whose they are: "مقتل جندي وإصابة آخر من الجانب
 * الأرميني", the side the act is done to.
 */
export function agentSource(ev: Slots): void {
  const { f } = ev;
  for (const c of f.agentCues) {
    // the agent of the act it follows, with no word of another kind of event between ("قلقه بصدد توقف ضخ الغاز من قبل
    // المنتجين": the halt's, not the concern's; "قتل شخصان في القصف من جانب أفغانستان": the shelling's and the killing's)
    // ... and not in a quote the act is outside of, whose words are another's ("خلال لقائه مع ...: "... التهديدات الصادرة من جانب أفغانستان"")
    if (c.at <= ev.k || (quoted(f.doc, f.s, c.at) && !quoted(f.doc, f.s, ev.k)) || otherEventBetween(ev, ev.k + 1, c.at)) continue;
    const m = f.actors.find((x) => x.t0 >= c.end && x.t0 - c.end <= 2 && !ev.used.has(x));
    if (!m) continue;
    const partitive = tokIs(f.doc.toks[c.at - 1], f.sets.casualtyNouns) && findCue(f.doc, f.s, 'partitive_sides').some((p) => p.at === c.at);
    for (const x of withCoordinated(ev, m)) (partitive ? ev.recipient : ev.source).push(pick(ev, x));
    if (partitive) ev.basis.push('recipient: the side of those hit, after a side cue');
  }
}

/** A word of an event of another type than ev's, its required context there, among tokens [from, to). */
function otherEventBetween(ev: Slots, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (eventWordAt(ev.f.doc, i, ev.entry.type)) return true;
  return false;
}

/** Dual verbs ("ناقشا", "تبادلا"): the two sides are named before. */
export function dualVerb(ev: Slots): void {
  const w = listedForm(ev);
  // "داعيا", "منتقدا" end the same way: a participle, not a dual
  ev.dual = ev.isVerb && !ev.g.head.hit.future && w.length > 3 && w.endsWith(VERB_PAST.dual) && !w.endsWith(VERB_PAST.plural) && ev.entry.forms.includes(w) &&
    !PARTICIPLE.test(w) && !accusativeParticiple(ev);
}

/** The source when no cue gave one. */
export function source(ev: Slots): void {
  ev.ofFound = findSource(ev, ev.dual);
}

/** Dual verbs ("أجرى X اتصالا مع Y، واتفقا على"): the two sides of the event before. */
export function sidesOfEventBefore(ev: Slots): void {
  const f = ev.f;
  if (ev.dual && !ev.source.length && f.lastSides.length) {
    ev.source.push(...f.lastSides);
    ev.basis.push('source: the two sides of the event before');
  }
}

/** Coordinated verbs and participles share the subject of the event before (an actor, or none: roles/preverbal.ts); dual verbs its two sides; a verb's pronoun its object. */
export function rememberSides(ev: Slots): void {
  const f = ev.f;
  if (ev.source.length && ev.source.every((m) => m.sentence === f.s && !m.coref)) f.doc.lastSubject = ev.source;
  if (ev.source.length && !ev.stateOfPlace) {
    f.lastSource = ev.source;
    f.lastPreverbal = ev.preverbal;
  }
  f.lastNounSubject = ev.nounSubject && !ev.source.length;
  f.lastLoc = ev.loc;
  // "التقى X وY ... واتفقا": two subjects are two sides too
  if (ev.source.length && (ev.recipient.length || ev.source.length > 1)) f.lastSides = [...ev.source, ...ev.recipient];
  if (ev.recipient.length) f.lastRecipient = ev.recipient;
}

/**
 * "وخلال لقائه مع ممثلين عن الإعلام الروسي، ذكر رئيس الوزراء الأرميني": after a fronted time phrase, the subject of
 * the main clause, which begins past the phrase's comma; without a comma ("خلال لقائه بالرئيس بوتين قال توكاييف"), the
 * name after the noun, past the person it marks as met.
 */
function frontedSubject(ev: Slots): Ment[] {
  const { f, k } = ev;
  const toks = f.doc.toks;
  for (let i = k + 1; i < f.b; i++) {
    if (!/[,،]/u.test(f.doc.t.text.slice(toks[i - 1].end, toks[i].start))) continue;
    const titled = titledSubject(ev, i);
    const subject = titled ? withCoordinated(ev, titled) : subjectOf(ev, i, false);
    if (subject.length) return subject;
    break;
  }
  const subject = subjectOf(ev, k, false);
  const first = subject[0];
  return first && biPartner(ev, first) ? subjectOf(ev, first.t1, false) : subject;
}

/**
 * An occasion phrase ending at the trigger opens the sentence or, after a byline's colon, its report ("في ختام لقائه
 * مع وزير الخارجية الأوزبكي، أعلن الجنرال ...": cue list occasion_adjuncts).
 */
function frontedOccasion(ev: Slots): boolean {
  const { f, k } = ev;
  const toks = f.doc.toks;
  return findCue(f.doc, f.s, 'occasion_adjuncts').some((c) => c.end === k &&
    (c.at === f.a || f.doc.t.text.slice(toks[c.at - 1].end, toks[c.at].start).includes(':')));
}

/** The source when no cue gave one; true when it is the body a noun trigger is of ("جلسة لمجلس ..."). */
function findSource(ev: Slots, dual: boolean): boolean {
  // an evaluation has the speaker of what it judges as its source, or none (roles/evaluated.ts)
  if (judges(ev)) return false;
  const { f, entry, k, used, source } = ev;
  const { actors } = f;
  const toks = f.doc.toks;
  const head = ev.g.head.hit;
  // a circumstantial participle ("وقال لوكاشينكو إن المنظمة تواجه تحديات، منتقدا الناتو")
  // describes the subject of the main clause: the first actor of the sentence
  if (!source.length && circumstantial(ev)) {
    const first = actors.find((x) => x.t1 <= k && !used.has(x) && !inPP(f, x) && !x.coref);
    if (first) for (const x of withCoordinated(ev, first)) source.push(pick(ev, x));
    // what follows the participle is its object ("داعيا منظمة شنغهاي إلى"), never its subject
    else ev.subjectBefore = true;
  }
  if (source.length || dual) return false;
  // "البرنامج الذي اقترحته طاجيكستان": a verb whose pronoun is the relative; its subject follows it
  if (head.suffixed && entry.pos === 'verb' && tokIs(toks[k - 1], f.sets.relative)) {
    const after = actors.find((x) => x.t0 > k && x.roleStart - k <= RELATIVE_SUBJECT && !used.has(x) && !inPP(f, x));
    if (after) {
      for (const x of withCoordinated(ev, after)) source.push(pick(ev, x));
      return false;
    }
  }
  if (head.suffixed && !ev.isVerb) {
    // "وأعرب عن امتنانه للقوات الروسية": whose the pronoun is, in this sentence or the one before; a
    // name after it only from a time phrase put first ("خلال زيارته إلى دوشنبه، التقى الأمين العام")
    // ها is a country, an organisation or a woman, not a man ("أن انسحابها من بلاده", said by Tokayev)
    const feminine = thirdPersonSuffix(toks[k].f)?.gender === 'f';
    const whose = dualPossessors(ev) ?? possessor(ev) ?? nearestBefore(ev, k).filter((x) => !feminine || agrees('feminine', x));
    // "محاولة فاشلة لاعتقاله", "إعادة انتخابه": a noun whose genitive its frame gives only the target is done to
    // the person the pronoun stands for (not "تفريقها": the protest)
    const genitive = loadFrames().byRule.get(entry.rule)?.genitive;
    if (genitive?.length === 1 && genitive[0] === 'target' && whose.length && whose.every((x) => x.ent.type === 'PERSON')) {
      if (!ev.recipient.length) for (const x of whose) ev.recipient.push(pick(ev, x));
      ev.basis.push('recipient: the pronoun on a noun done to someone');
      return false;
    }
    // fronted: the time phrase opens the sentence ("جاء ذلك خلال استقباله نظيره" is no main clause after it)
    const fronted = (k - 1 === f.a && tokIs(f.doc.toks[k - 1], f.sets.timePreps)) || frontedOccasion(ev);
    for (const x of whose.length ? whose : fronted ? frontedSubject(ev) : previousSubjectOrSpeaker(ev, feminine)) source.push(pick(ev, x));
    return false;
  }
  // ... not after a passive auxiliary ("يتم نشر": the verbal noun, not "we deploy"); never a name after the verb, which
  // speaks for "we" ("جاء في الإعلان: أننا ندعو إلى إقامة أفغانستان")
  if (head.firstPerson && !ev.afterPassive) {
    const before = nearestBefore(ev, k);
    if (before.length) for (const x of before) source.push(pick(ev, x));
    else for (const x of subjectOf(ev, k, false)) if (x.t0 < k) source.push(pick(ev, x));
    return false;
  }
  if (ev.isVerb) {
    for (const x of subjectOf(ev, k)) source.push(pick(ev, x));
    return false;
  }
  // "هجوم مسلح شنه حرس الحدود", "مناورات تجريها دول المنظمة": the subject of a support verb whose pronoun is the noun
  const rv = resumptiveSupportVerb(ev);
  if (rv >= 0) {
    const subject = subjectOf(ev, rv).filter((x) => x.t0 > rv);
    if (subject.length) {
      for (const x of subject) source.push(pick(ev, x));
      return false;
    }
  }
  // "جلسة لمجلس الأمن الجماعي", "قمة زعماء دول منظمة ...": the body it is of
  // "انسحاب القوات الأمريكية": the genitive after the noun
  const { preps, relative } = f.sets;
  // "ضرورة تعزيز المنظمة", "إرسال قوات": a genitive the trigger's frame gives no actor's role is not who acts
  const frame = loadFrames().byRule.get(entry.rule);
  const genitive = frame?.genitive;
  // ... but one in the role the frame gives the verb's subject is that subject ("فوز بوتين بالانتخابات": who
  // wins), found here and moved to its field by roles/subjectRole.ts
  const subjectRole = frame?.subject.role;
  const genitiveActs = !genitive || genitive.includes('source') || genitive.includes('sides') || (subjectRole !== undefined && subjectRole !== 'source' && genitive.includes(subjectRole));
  // "نقدا لاذعا لمنظمة ...": a one-letter preposition the frame gives a role (ل: the target) marks no genitive, nor
  // does a marker word of the frame ("تدريبات بمشاركة كازاخستان")
  const marked = (x: Ment): boolean => x.ns > toks[x.roleStart].start && frame?.preps.get(toks[x.roleStart].w.c[0]) !== undefined;
  // a meeting's genitive is the body that meets ("قمة منظمة ...") or the states its nisba names ("القمة الروسية
  // التركية"); a person only right after a noun whose frame makes its genitive the source ("زيارة بوتين إلى
  // بيشكك", "اجتماع الرئيس مع نظيره"), or a state's title ("زيارة رئيس كازاخستان إلى روسيا")
  const titled = (x: Ment): boolean => x.isCountry && x.t0 > k + 1 && titleStart(f.doc, x.t0) === k + 1;
  const person = (x: Ment): boolean => (x.roleStart === k + 1 || titled(x)) && !!genitive?.includes('source') && !hasArticle(toks[k].f);
  const meets = (x: Ment): boolean => x.ent.type === 'ORG' || x.m.method === 'nisba' || person(x);
  // a group's genitive starts at the members made its own ("انسحاب وحدات حفظ السلام التابعة لمنظمة ..."),
  // not at members from a place ("انسحاب القوات الأجنبية من أفغانستان": من is the frame's), and at the members
  // an organisation heads, right after the noun ("مناورات الدول الأعضاء في منظمة ...", cue list `groups`; not
  // "مناشدة رئيسها قادة الدول الأعضاء في المنظمة", its object) or after the titles of those a meeting brings together
  // ("اجتماع وزراء خارجية الدول الأعضاء في منظمة ...")
  const start = (x: Ment): number => {
    const group = f.groupHeads.get(x);
    if (group !== undefined && group > k) return group;
    const n = tokIs(toks[x.roleStart - 1], f.sets.affiliated) ? membersNoun(f.doc, x) : -1;
    return n > k ? n : x.roleStart;
  };
  // the genitive comes after the name in quotes the noun may have ("مناورات "التعاون 2023" لقوات منظمة ...")
  const named = quotedNameEnd(ev);
  // ... joined to it: past a comma is another clause ("وقدمت تركيا التعازي، تلاها قادة جورجيا")
  // ... never "his counterpart", who is the one met, congratulated or received ("قرر لافروف لقاء نظيره الطاجيكي X")
  const of = genitiveActs && actors.find((x) => (entry.type !== 'CONSULT' || meets(x)) && x.t0 > named && start(x) - named <= (entry.type === 'CONSULT' ? 5 : f.groupHeads.has(x) ? 1 : 3) &&
    !used.has(x) && !tokIs(toks[x.roleStart], f.sets.counterpart) && !commaBetween(f.doc, toks[named].end, toks[x.roleStart].start) && (memberOf(f, x) || (!marked(x) && !toks.slice(named + 1, (f.groupHeads.has(x) ? start(x) : x.roleStart) + 1).some((tk) => tokIs(tk, preps) || tokIs(tk, relative) || !!frame?.preps.has(tk.w.c) ||
      // "للتنديد بإعادة انتخاب لوكاشينكو": the actor is the genitive of the noun the frame's ب opens, not the trigger's;
      // "مسيرات للمطالبة باستقالة باشينيان": nor that of a trigger word of another type between (the same type names the
      // same event again: "الجلسة غير الاعتيادية لجلسة مجلس الأمن الجماعي")
      (tk.i < x.roleStart && (complementNoun(ev, tk) || otherEventAt(ev, tk.i)))))));
  const genitiveSides = of ? withCoordinated(ev, of) : [];
  if (of && !chargedGenitive(ev, genitiveSides)) {
    for (const x of genitiveSides) source.push(pick(ev, x));
    return true;
  }
  // "بعد تقديم روسيا قرضا لقيرغيزستان": the genitive of a support verb's verbal noun (cue list support_nouns) right before the noun
  const carrierGenitive = actors.find((x) => x.t1 === k && !used.has(x) && x.roleStart > f.a && tokIs(toks[x.roleStart - 1], f.sets.supportNouns));
  if (carrierGenitive) {
    for (const x of withCoordinated(ev, carrierGenitive, false)) source.push(pick(ev, x));
    return false;
  }
  // "شنت حركة طالبان هجوما", "أعلنت أرمينيا تجميد مشاركتها": the subject of the verb that carries the noun
  const sv = supportVerbBefore(ev);
  // SVO: "روسيا ترسل مساعدات"; who takes part in a meeting ("سيشارك بوتين في الاجتماع") is a participant (roles/participants.ts)
  const svo = sv >= 0 ? subjectBefore(ev, sv) : null;
  if (svo) {
    for (const x of svo) source.push(pick(ev, x));
    ev.carrier = sv;
  } else if (sv >= 0 && subjectOf(ev, sv).some((x) => x.t0 < k)) {
    for (const x of subjectOf(ev, sv)) if (x.t0 < k) source.push(pick(ev, x));
    ev.carrier = sv;
  } else if ((frame?.object === 'theme' || (frame?.object === null && genitiveActs)) && ownMembers(ev)) {
    // "عرض أرمينيا أجندة زمنية لسحب قواتها": the owner moves its forces (not where they are the target: "استهداف قواتها")
    for (const x of possessor(ev, k + 1) ?? []) source.push(pick(ev, x));
  } else if (QUAD_CLASS[entry.type].startsWith('verbal')) {
    // statements: the speaker of the speech verb that carries it ("وشدد على ضرورة"), else the one named before
    const speaker = speakerOf(ev) ?? quotedSpeaker(ev) ?? (f.lastSource.length && f.lastSource.every((y) => !used.has(y)) ? f.lastSource : nearestBefore(ev, k));
    for (const x of speaker) source.push(pick(ev, x));
  }
  return false;
}

/** The head trigger of another event of the sentence, of another type than this one's, at token i (a light word joined to an event is none). */
function otherEventAt(ev: Slots, i: number): boolean {
  return ev.f.groups.some((g) => g.head.k === i && g.head.hit.entry.type !== ev.entry.type);
}

/** Quotation marks that open and close a name. */
const OPEN_QUOTE = /["“«„']/u;
const CLOSE_QUOTE = /["”»']/u;
/** A quoted name holds at most this many words. */
const QUOTED_NAME = 6;

/**
 * The last word of a name in quotes right after the trigger ("مناورات "التعاون 2023""), else the trigger;
 * quotes round the actor itself ("انسحاب "قوات حفظ السلام"", an actor or members in them) are no name.
 */
function quotedNameEnd(ev: Slots): number {
  const { f, k } = ev;
  const { toks, t } = f.doc;
  if (k + 1 >= f.b || !OPEN_QUOTE.test(t.text.slice(toks[k].end, toks[k + 1].start))) return k;
  for (let j = k + 1; j < Math.min(f.b - 1, k + 1 + QUOTED_NAME); j++) {
    if (tokIs(toks[j], f.sets.members) || f.actors.some((x) => x.t0 === j)) return k;
    if (CLOSE_QUOTE.test(t.text.slice(toks[j].end, toks[j + 1].start))) return j;
  }
  return k;
}

/**
 * The genitive of a verbal noun whose frame has an object is that object, the one charged, when what it is
 * charged with follows it (ب, the frame's theme: "اتهام الحركة الإسلامية الأوزبكية بالإعداد لهجوم") or when
 * the verb that carries the noun has a subject before it ("وسارعت حكومة طاجيكستان إلى اتهام الحركة"); with
 * its own object after ل ("اتهامات موسكو لواشنطن بالتدخل") it is the one who charges.
 */
function chargedGenitive(ev: Slots, genitive: Ment[]): boolean {
  const frame = loadFrames().byRule.get(ev.entry.rule);
  if (frame?.object !== 'target') return false;
  const toks = ev.f.doc.toks;
  const next = toks[genitive[genitive.length - 1].t1];
  // the one-letter preposition glued to the word after the genitive: the frame's ل (target) or ب (theme)
  const prep = next?.sentence === ev.f.s ? [PREPOSITIONS.li, PREPOSITIONS.bi].find((p) => next.f.startsWith(p)) : undefined;
  const role = prep && frame.preps.get(prep);
  if (role === 'target') return false;
  if (role === 'theme') return true;
  const sv = supportVerbBefore(ev);
  return sv >= 0 && (subjectBefore(ev, sv) !== null || subjectOf(ev, sv).some((x) => x.t0 > sv && x.t1 <= ev.k));
}

/** The subject of a relative clause's verb follows it this close ("الذي اقترحته حكومة طاجيكستان"). */
const RELATIVE_SUBJECT = 2;

/** A support verb carries its noun from this many words before it; a name with its title counts as one word. */
const SUPPORT_WINDOW = 9;

/** The support verb before the noun trigger ("بدأت قوات حفظ السلام التابعة لمنظمة ... الانسحاب"), or -1. */
function supportVerbBefore(ev: Slots): number {
  const { f, k } = ev;
  const toks = f.doc.toks;
  const { startOf } = mentionSpans(f.doc, f.s);
  let i = k;
  for (let words = 0; words < SUPPORT_WINDOW; words++) {
    i--;
    i = startOf.get(i) ?? i;
    if (i < f.a) return -1;
    // "وأعلنت الحكومة ... التي تستضيف قاعدتين عسكريتين إحداهما أمريكية والأخرى روسية حالة الطوارئ":
    // a relative clause between the verb's subject and its object counts as one word
    if (tokIs(toks[i], f.sets.relative)) words = 0;
    // "أعلن توكاييف ... مؤكدا أن انسحابها من بلاده سيبدأ": a that-clause has its own actors
    if (tokIs(toks[i], f.rd.complementizers)) return -1;
    // "أرسلت قرغيزستان جنودا إلى كازاخستان التي تشهد احتجاجات": what a place sees (cue list place_subject_verbs) is
    // that verb's object, no support verb before it carries it
    if (tokIs(toks[i], f.sets.placeSubjectVerbs)) return -1;
    // "يتم نشر الأسلحة": a passive carries it, no subject before acts
    if (tokIs(toks[i], f.sets.passive) && !tokIs(toks[i], f.sets.supportVerbs)) return -1;
    if (tokIs(toks[i], f.sets.supportVerbs)) return ev.entry.type === 'CONSULT' && f.partCues.some((c) => c.at === i) ? -1 : i;
    // "قوات روسيا مستعدة للانتشار": readiness carries the noun right after it only ("مستعدة لتوفير منصة للمحادثات": no talks)
    if (i === k - 1 && tokIs(toks[i], f.sets.readyAdjectives)) return i;
  }
  return -1;
}

/** A speech verb carries a statement noun from this many words before it ("شدد على ضرورة"); a name with its title counts as one word ("أكد لوكاشينكو لنظيره الروسي فلاديمير بوتين استعداد"). */
const SPEECH_WINDOW = 4;

/**
 * The speaker of the speech verb just before a statement noun: the actor after that verb, before any
 * أن/إن. A speech verb with و and no speaker of its own ("اعتبر لوكاشينكو أن الولايات المتحدة جردت
 * أوروبا من سيادتها، وشدد على ضرورة") goes on with the speaker of the speech verb before it, not with
 * the subject of the that-clause between them. Null when no speech verb carries the noun.
 */
function speakerOf(ev: Slots): Ment[] | null {
  const { f, k } = ev;
  const before = (from: number, limit: number): number => {
    for (let i = from - 1; i >= Math.max(f.a, limit); i--) if (speechVerbAt(f, i)) return i;
    return -1;
  };
  for (let v = before(k, wordsBack(ev, SPEECH_WINDOW)); v >= 0; v = before(v, f.a)) {
    const speaker = speakerAfter(f, v, k, ev.used);
    if (speaker) return withCoordinated(ev, speaker);
    if (!speechVerbAt(f, v)!.conjoined) return null;
  }
  return null;
}

/** "ونقل راديو عن لافروف قوله - خلال اجتماع ...": the one named right before the quoted speech noun (cue list quoted_speech) speaks. */
function quotedSpeaker(ev: Slots): Ment[] | null {
  const { f, k } = ev;
  const toks = f.doc.toks;
  for (let i = k - 1; i >= wordsBack(ev, SPEECH_WINDOW); i--) {
    if (!tokIs(toks[i], f.sets.quotedSpeech)) continue;
    const speaker = f.actors.find((x) => x.t1 === i && !ev.used.has(x));
    return speaker ? withCoordinated(ev, speaker, false) : null;
  }
  return null;
}

/** The token `n` words before the trigger, a name with its title counting as one word. */
function wordsBack(ev: Slots, n: number): number {
  const { startOf } = mentionSpans(ev.f.doc, ev.f.s);
  let i = ev.k;
  for (let words = 0; words < n && i > ev.f.a; words++) {
    i--;
    i = startOf.get(i) ?? i;
  }
  return i;
}

/**
 * Who a pronoun with no antecedent in its sentence stands for: the subject of the sentence before, else
 * (ه: a man) the person that sentence opens by quoting ("قال سيرغي لافروف ... إن الجانبين اتفقا ... . جاء
 * ذلك عقب انتهاء مباحثاته").
 */
function previousSubjectOrSpeaker(ev: Slots, feminine: boolean): Ment[] {
  const subject = previousSubject(ev);
  if (subject.length || feminine || ev.f.s === 0) return subject;
  const speaker = openingSpeaker(ev.f, ev.f.s - 1);
  if (!speaker || ev.used.has(speaker)) return [];
  return [fromSentenceBefore(speaker)];
}

/**
 * Whose the pronoun on a noun is ("نقلت الوكالة عن الرئيس مدفيديف قوله لدى زيارته"): the nearest actor
 * before, a preposition before it or not, that agrees: ه a man, ها a country, an organisation or a
 * capital right before it.
 */
function possessor(ev: Slots, k = ev.k): Ment[] | null {
  const { f } = ev;
  const suffix = thirdPersonSuffix(f.doc.toks[k].f);
  if (!suffix || suffix.number !== 'sg') return null;
  const wantPerson = suffix.gender !== 'f';
  // a nisba is a title's ("الرئيس الروسي"), not whose; after members it is theirs ("القوات الأمريكية ... انسحابها")
  const before = f.actors.filter((x) => x.t1 <= k && !ev.used.has(x) && (x.m.method !== 'nisba' || forcesOf(f, x)) && (x.ent.type === 'PERSON') === wantPerson);
  // "تعزيز موسكو لاستعدادها القتالي": a capital right before stands for its government
  const capital = wantPerson ? undefined : (f.doc.bySentence.get(f.s) ?? []).find((x) => x.ent.kind === 'capital' && (x.t1 === k || x.t1 === k - 1) && !ev.used.has(x));
  if (capital && (!before.length || before[before.length - 1].t1 < capital.t1)) return [capital];
  return before.length ? [before[before.length - 1]] : null;
}

/** The word after a noun trigger is members with a pronoun suffix ("قواتها", "جنوده"): the noun's genitive is someone's own forces. */
function ownMembers(ev: Slots): boolean {
  const tok = ev.f.doc.toks[ev.k + 1];
  if (!tok || tok.sentence !== ev.f.s) return false;
  const suffix = thirdPersonSuffix(tok.f);
  return suffix !== null && ev.f.sets.members?.has(tok.f.slice(0, -suffix.form.length)) === true;
}

/**
 * Whose a dual pronoun on a noun is ("وقال خلال محادثاتهما"): the last two people named before it, in its
 * sentence or the one before; null when there are not two.
 */
function dualPossessors(ev: Slots): Ment[] | null {
  const { f, k } = ev;
  if (thirdPersonSuffix(f.doc.toks[k].f)?.number !== 'du') return null;
  const people = (s: number): Ment[] => (f.doc.bySentence.get(s) ?? []).filter((x) => x.ent.type === 'PERSON' && x.t1 <= k && !ev.used.has(x));
  const named: Ment[] = [];
  for (const x of [...people(f.s), ...people(f.s - 1)].sort((x, y) => y.t0 - x.t0)) if (!named.some((y) => y.ent === x.ent)) named.push(x);
  return named.length >= 2 ? named.slice(0, 2).reverse() : null;
}

/** A support verb with the noun's pronoun stands this many words after the noun at most ("مناورات من المقرر أن تجريها"). */
const RESUMPTIVE_WINDOW = 5;

/** The support verb after a noun trigger that refers back to it with a pronoun suffix ("هجوم مسلح شنه"), or -1. */
function resumptiveSupportVerb(ev: Slots): number {
  const { f, k } = ev;
  const toks = f.doc.toks;
  for (let i = k + 1; i < Math.min(f.b, k + 1 + RESUMPTIVE_WINDOW); i++) {
    if (toks[i].w.trig !== undefined || f.actors.some((x) => x.roleStart <= i && i < x.t1)) return -1;
    const w = toks[i].f;
    const suffix = thirdPersonSuffix(w);
    if (suffix && f.sets.supportVerbs?.has(w.slice(0, -suffix.form.length))) return i;
  }
  return -1;
}

/** A circumstantial participle ("منتقدا الناتو", "مطالبين رئيس البلاد"): what the main clause's subject does meanwhile. */
export const circumstantial = (ev: Slots): boolean => ev.isVerb && (PARTICIPLE.test(ev.f.doc.toks[ev.k].w.c) || accusativeParticiple(ev));

/** "داعيا", "مشيرا": a form in -ا whose feminine (-ه) or plural (-ين) the lexicon lists beside it; and that feminine ("محمّلة", "داعية"). */
function accusativeParticiple(ev: Slots): boolean {
  const w = ev.f.doc.toks[ev.k].w.c;
  if (!ev.entry.forms.includes(w)) return false;
  // its feminine ("محمّلة إيران مسؤولية الهجوم", said of a state): the entry lists the masculine beside it
  if (w.endsWith(NOUN.feminine) && w.startsWith(ACCUSATIVE_PARTICIPLE.prefix)) return ev.entry.forms.includes(w.slice(0, -NOUN.feminine.length) + ACCUSATIVE_PARTICIPLE.accusative);
  if (!w.endsWith(ACCUSATIVE_PARTICIPLE.accusative) || w.endsWith(VERB_PAST.plural)) return false;
  const stem = w.slice(0, -ACCUSATIVE_PARTICIPLE.accusative.length);
  return ev.entry.forms.includes(stem + NOUN.feminine) || ev.entry.forms.includes(stem + NOUN.oblique_plural);
}
