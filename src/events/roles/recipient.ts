// The recipient of an event: who it is done to or with.
import { PREPOSITIONS } from '../../text/clitics.js';
import { thatBetween, type Frame as SentenceFrame } from '../frame.js';
import { loadFrames, type Frame } from '../frames.js';
import { tokIs } from '../cues.js';
import { andGlued, commaBetween, hostCountry, inMention, type Ment } from '../doc.js';
import { pick, type Slots } from '../slots.js';
import { speechVerbAt } from './speech.js';
import { biGlued, inPP, memberOf, withCoordinated } from './subject.js';

/** ب on a name marks the partner right after a verb or meeting noun ("التقى بالرئيس"), not further on ("توقع اتفاقية تربطها بمنظمة ..."). */
const BI_WINDOW = 2;

/** How far into a title after a name its first name may be ("رئيس وزراء أوزبكستان", "الأمين العام لمنظمة"). */
const TITLE_WORDS = 3;

/** After a noun, ب marks a person met ("خلال اجتماعه بوزير الخارجية"), not the city ("اجتماع بموسكو"): when the noun's frame gives ب the partner. */
export function biPartner(ev: Slots, x: Ment): boolean {
  return x.ent.type === 'PERSON' && biGlued(ev, x) && x.roleStart - ev.k <= BI_WINDOW &&
    loadFrames().byRule.get(ev.entry.rule)?.preps.get(PREPOSITIONS.bi) === 'partner';
}

/** Recipient: after مع (CONSULT), or the object of the verb. */
export function findRecipient(ev: Slots): void {
  const { f, entry, k, used, recipient } = ev;
  // a preposition or بين A و B named it already (roles/addressee.ts, roles/between.ts)
  if (recipient.length) return;
  const toks = f.doc.toks;
  const { timePreps, recipientMarkers, objectPreps } = f.sets;
  const directObject = f.doc.lex.directObject.has(entry.type);
  // the windows run from the trigger, or from its subject when that follows it with a long title
  // ("حذر الأمين العام لمنظمة ... تاسما جامبيتوف، من أن ممارسات الولايات المتحدة")
  let from = k;
  for (const m of ev.source) if (m.t0 > k && m.t1 > from) from = m.t1;
  // a title after that subject's name is its own ("رفض شوكت ميرزاييف، رئيس وزراء أوزبكستان هذه التصريحات"): no object in it
  const ownTitle = from > k ? titleAfterName(f, from) : null;
  const after = f.actors.filter((x) => x.t0 > k && !used.has(x) && x !== ownTitle);
  // "الحدود مع أفغانستان" names a neighbour, not a partner (but a target: "هددت بإغلاق حدودها مع")
  // ... or before the members of a group ("مع وفد من حركة طالبان"); when the frame makes its object the
  // addressee, a marker it gives no role belongs to another phrase ("دعت طاجيكستان المنظمة إلى تعزيز الحدود مع أفغانستان")
  const frame = loadFrames().byRule.get(entry.rule);
  const marks = (c: string): boolean => !!recipientMarkers?.has(c) && (frame?.object !== 'addressee' || frame.preps.has(c));
  // ... not past أن/إن, in a clause of its own ("اتهموا موسكو ... ولكن روسيا قالت إن اتصالاتها مع طالبان")
  const withCue = after.find((x) => x.roleStart - from <= 14 && !thatBetween(f.doc, f.rd, f.sets, k, x.roleStart) && toks.slice(Math.max(k + 1, x.roleStart - (memberOf(f, x) ? 4 : 2)), x.roleStart + 1)
    .some((tk) => (marks(tk.w.c) && (directObject || !afterBlocker(ev, tk.i))) || (tk.i === x.roleStart && (ev.isVerb ? tk.f.startsWith(PREPOSITIONS.bi) && x.roleStart - k <= BI_WINDOW : biPartner(ev, x)))));
  if (withCue) {
    for (const x of withCoordinated(ev, withCue)) recipient.push(pick(ev, x));
  } else if (directObject && entry.subtype !== 'signing' && entry.subtype !== 'ratification') {
    // a nisba describes the noun before it: past a time phrase it is not the object ("طلب أرمينيا المساعدة بعد الهجوم الأذربيجاني")
    const nisbaInTimePhrase = (x: Ment): boolean => x.m.method === 'nisba' && toks.slice(k + 1, x.t0).some((tk) => tokIs(tk, timePreps));
    // ... nor past a speech verb of a clause of its own, whose speaker it is ("أعلن الرئيس استقالته، وقال نزارباييف"),
    // or another event's verb joined by و after a comma ("أعربت روسيا عن قلقها، واتهمت أذربيجان"; found on the first
    // candidate's asking, once)
    let clause: number | undefined;
    const newClause = (x: Ment): boolean => {
      if (clause === undefined) { clause = k + 1; while (clause < f.b && !speechVerbAt(f, clause)?.conjoined && !conjoinedEventVerb(ev, clause)) clause++; }
      return clause < x.roleStart;
    };
    const m = after.find((x) => x.t0 - from <= 12 && !x.subjectOnly && !nisbaInTimePhrase(x) && !newClause(x) &&
      (entry.type === 'ACCUSE' || entry.type === 'DISAPPROVE' || entry.type === 'RETREAT' || !inPP(f, x) || memberOf(f, x) || !!objectPreps?.has(toks[x.roleStart - 1]?.w.c ?? '')));
    const called = m && entry.type === 'REQUEST' ? sidesOfActCalledFor(ev, m) : null;
    if (called) for (const x of called) recipient.push(pick(ev, x));
    else if (m) for (const x of withCoordinated(ev, m)) recipient.push(pick(ev, x));
  } else if (entry.type === 'CONSULT' && (ev.isVerb || objectOfNoun(ev, frame)) && entry.subtype === 'bilateral meeting') {
    // the person met, or the group whose members are ("التقى كابولوف وفدا من طالبان"); for one not named, the state
    // of a counterpart ("التقى شويغو نظيره الطاجيكي") or the body or state an official's title names ("يستقبل الأمين العام لمنظمة ...")
    const counterpartState = (x: Ment): boolean => x.m.method === 'nisba' && tokIs(toks[x.t0 - 1], f.sets.counterpart);
    const ofTitle = (x: Ment): boolean => [x.t0 - 1, x.t0 - 2].some((i) => i > k && tokIs(toks[i], f.sets.titles));
    const m = after.find((x) => x.t0 - from <= 14 && (x.ent.type === 'PERSON' || memberOf(f, x) || counterpartState(x) || ofTitle(x)));
    if (m) for (const x of withCoordinated(ev, m)) recipient.push(pick(ev, x));
  }
}

/** The state or body a title set off by a comma right after a name ending at token `end` names ("شوكت ميرزاييف، رئيس وزراء
 * أوزبكستان"; with no comma, "استقبل بوتين رئيس وزراء أوزبكستان", the title is the object's), with no other name before it. */
function titleAfterName(f: SentenceFrame, end: number): Ment | null {
  const toks = f.doc.toks;
  if (end >= f.b || !tokIs(toks[end], f.sets.titles) || !commaBetween(f.doc, toks[end - 1].end, toks[end].start)) return null;
  const x = f.actors.find((a) => a.t0 > end);
  if (!x || x.t0 - end > TITLE_WORDS || x.ent.type === 'PERSON') return null;
  const names = f.doc.bySentence.get(f.s) ?? [];
  for (let i = end + 1; i < x.t0; i++) if (inMention(names, i)) return null;
  // the title of a person named after it ("وشكر الكرملين، الرئيس الروسي فلاديمير بوتين") is that person's, the object
  return f.actors.some((p) => p.ent.type === 'PERSON' && p.roleStart <= end && p.t0 > x.t0) ? null : x;
}

/** Token i is an event's verb with و on it right after a comma: a clause of its own ("، واتهمت"). */
function conjoinedEventVerb(ev: Slots, i: number): boolean {
  const { doc } = ev.f;
  const tok = doc.toks[i];
  return tok.w.trig?.some((h) => h.entry.pos === 'verb') === true && andGlued(doc, tok) && commaBetween(doc, doc.toks[i - 1].end, tok.start);
}

/**
 * A verbal noun whose subject is its pronoun takes an object as its verb does ("خلال استقباله نظيره
 * البيلاروسي"), and so does one right before "his counterpart" ("قرر لافروف لقاء نظيره الطاجيكي"), but not
 * in a place phrase: "كان في استقبالهم الرئيس" names who received them.
 */
function objectOfNoun(ev: Slots, frame: Frame | undefined): boolean {
  const { toks } = ev.f.doc;
  const before = toks[ev.k - 1];
  return (ev.g.head.hit.suffixed || tokIs(toks[ev.k + 1], ev.f.sets.counterpart)) && !!frame?.object &&
    !(before && before.sentence === ev.f.s && frame.preps.get(before.w.c) === 'place');
}

/**
 * "دعت روسيا لإجراء محادثات بين الحكومة الأفغانية وحركة طالبان": the object found after the trigger is
 * the last of the sides the act called for names with a preposition its frame gives the role sides
 * (بين A و B); all those sides are called on. Null when the object is no such side.
 */
function sidesOfActCalledFor(ev: Slots, m: Ment): Ment[] | null {
  const { f, k } = ev;
  const toks = f.doc.toks;
  const i = f.actors.indexOf(m);
  const first = f.actors[i - 1];
  if (!first || first.t0 <= k || ev.used.has(first) || !withCoordinated(ev, first).includes(m)) return null;
  const prep = toks[first.roleStart - 1];
  for (let t = first.roleStart - 2; t > k; t--) {
    const act = toks[t].w.trig?.[0]?.entry;
    if (act) return loadFrames().byRule.get(act.rule)?.preps.get(prep.w.c) === 'sides' ? withCoordinated(ev, first) : null;
  }
  return null;
}

/** "الحدود مع", "حدود طاجيكستان مع": a recipient blocker just before the marker, or before the name just before it. */
function afterBlocker(ev: Slots, marker: number): boolean {
  const { f } = ev;
  const named = f.doc.bySentence.get(f.s)?.find((x) => x.t1 === marker);
  return tokIs(f.doc.toks[(named ? named.roleStart : marker) - 1], f.sets.recipientBlockers);
}

/**
 * A visit's host is the country visited (roles/location.ts found the place); in the visitor's own country
 * ("وصلت أوتونباييفا إلى أوش"), the city or region visited, and no one for the country itself.
 */
export function visitHost(ev: Slots): void {
  const { f, entry, loc } = ev;
  if (entry.subtype === 'official visit' && !ev.recipient.length && loc?.country) {
    if (ev.source.length && ev.source.every((m) => m.ent.country === loc.country)) {
      if (loc.ment && !loc.ment.isCountry) {
        ev.recipient.push(loc.ment);
        ev.basis.push('recipient: the place visited in the visitor\'s own country');
      }
      return;
    }
    const host = hostCountry(f.doc, loc.country, f.s, 'location');
    if (host) {
      ev.recipient.push(host);
      ev.basis.push('recipient: host country of the location');
    }
  }
}
