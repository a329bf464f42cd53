// The source of an event: who acts.
import { ACCUSATIVE_PARTICIPLE } from '../../text/clitics.js';
import { tokIs } from '../cues.js';
import { loadFrames } from '../frames.js';
import { QUAD_CLASS } from '../lexicon.js';
import { pick, type Slots } from '../slots.js';
import { inPP, memberOf, nearestBefore, subjectOf, withCoordinated } from './subject.js';

/** An active participle in the accusative: "منتقدا", "محذرا". */
const PARTICIPLE = new RegExp(`^${ACCUSATIVE_PARTICIPLE.prefix}\\p{L}{2,}${ACCUSATIVE_PARTICIPLE.accusative}$`, 'u');

/** An agent cue ("من قبل", "على يد"...): the actor right after it acts. */
export function agentSource(ev: Slots): void {
  for (const c of ev.f.agentCues) {
    const m = ev.f.actors.find((x) => x.t0 >= c.end && x.t0 - c.end <= 2 && !ev.used.has(x));
    if (m) for (const x of withCoordinated(ev, m)) ev.source.push(pick(ev, x));
  }
}

/** Dual verbs ("ناقشا", "تبادلا"): the two sides are named before. */
export function dualVerb(ev: Slots): void {
  const w = ev.f.doc.toks[ev.k].w.c;
  ev.dual = ev.isVerb && !ev.g.head.hit.future && w.length > 3 && w.endsWith('ا') && !w.endsWith('وا') && ev.entry.forms.includes(w);
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

/** Coordinated verbs and participles share the subject of the event before; dual verbs its two sides. */
export function rememberSides(ev: Slots): void {
  const f = ev.f;
  if (ev.source.length) {
    f.lastSource = ev.source;
    f.lastPreverbal = ev.preverbal;
  }
  if (ev.source.length && ev.recipient.length) f.lastSides = [...ev.source, ...ev.recipient];
}

/** The source when no cue gave one; true when it is the body a noun trigger is of ("جلسة لمجلس ..."). */
function findSource(ev: Slots, dual: boolean): boolean {
  const { f, entry, k, used, source } = ev;
  const { actors, a } = f;
  const toks = f.doc.toks;
  const head = ev.g.head.hit;
  // a circumstantial participle ("وقال لوكاشينكو إن المنظمة تواجه تحديات، منتقدا الناتو")
  // describes the subject of the main clause: the first actor of the sentence
  const circumstantial = ev.isVerb && (PARTICIPLE.test(toks[k].w.c) || accusativeParticiple(ev));
  if (!source.length && circumstantial) {
    const first = actors.find((x) => x.t1 <= k && !used.has(x) && !inPP(f, x) && !x.coref);
    if (first) for (const x of withCoordinated(ev, first)) source.push(pick(ev, x));
    // what follows the participle is its object ("داعيا منظمة شنغهاي إلى"), never its subject
    else ev.subjectBefore = true;
  }
  if (source.length || dual) return false;
  if (head.firstPerson || head.suffixed) {
    const before = nearestBefore(ev, k);
    if (before.length) for (const x of before) source.push(pick(ev, x));
    else for (const x of subjectOf(ev, k, false)) source.push(pick(ev, x));
    return false;
  }
  if (ev.isVerb) {
    for (const x of subjectOf(ev, k)) source.push(pick(ev, x));
    return false;
  }
  // "جلسة لمجلس الأمن الجماعي", "قمة زعماء دول منظمة ...": the body it is of
  // "انسحاب القوات الأمريكية": the genitive after the noun
  const { preps, relative, supportVerbs } = f.sets;
  // "ضرورة تعزيز المنظمة", "إرسال قوات": a genitive the trigger's frame gives no actor's role is not who acts
  const genitive = loadFrames().byRule.get(entry.rule)?.genitive;
  const genitiveActs = !genitive || genitive.includes('source') || genitive.includes('sides');
  const of = genitiveActs && actors.find((x) => (entry.type !== 'CONSULT' || x.ent.type === 'ORG') && x.t0 > k && x.roleStart - k <= (entry.type === 'CONSULT' ? 5 : 3) &&
    !used.has(x) && (memberOf(f, x) || !toks.slice(k + 1, x.roleStart + 1).some((tk) => tokIs(tk, preps) || tokIs(tk, relative))));
  if (of) {
    for (const x of withCoordinated(ev, of)) source.push(pick(ev, x));
    return true;
  }
  // "شنت حركة طالبان هجوما", "أعلنت أرمينيا تجميد مشاركتها": the subject of the verb that carries the noun
  let sv = -1;
  for (let i = k - 1; i >= Math.max(a, k - 7); i--) if (tokIs(toks[i], supportVerbs)) { sv = i; break; }
  if (sv >= 0 && subjectOf(ev, sv).some((x) => x.t0 < k)) {
    for (const x of subjectOf(ev, sv)) if (x.t0 < k) source.push(pick(ev, x));
  } else if (QUAD_CLASS[entry.type].startsWith('verbal')) {
    // statements: the speaker named before ("أعلن بوتين ... عن الحاجة إلى")
    const speaker = f.lastSource.length && f.lastSource.every((y) => !used.has(y)) ? f.lastSource : nearestBefore(ev, k);
    for (const x of speaker) source.push(pick(ev, x));
  }
  return false;
}

/** "داعيا", "مشيرا": a form in -ا whose feminine (-ه) or plural (-ين) the lexicon lists beside it. */
function accusativeParticiple(ev: Slots): boolean {
  const w = ev.f.doc.toks[ev.k].w.c;
  if (!w.endsWith('ا') || w.endsWith('وا')) return false;
  const stem = w.slice(0, -1);
  return ev.entry.forms.includes(w) && (ev.entry.forms.includes(stem + 'ه') || ev.entry.forms.includes(stem + 'ين'));
}
