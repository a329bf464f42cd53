// The place of an event: the nearest place phrase of the sentence (places.ts) that the event owns.
import { PREPOSITIONS } from '../../text/clitics.js';
import { tokIs } from '../cues.js';
import { commaBetween, inMention, type Loc } from '../doc.js';
import { QUAD_CLASS } from '../lexicon/types.js';
import type { Slots } from '../slots.js';
import { thatBetween } from '../frame.js';
import { wordsBetween, type Group } from '../triggers.js';
import { speechVerbAt } from './speech.js';

/** A country names the place of a statement only this close after its trigger ("عقدت قمة في كازاخستان"), in words. */
const STATEMENT_COUNTRY = 4;
/** ... and of another event this close, a quoted name and a date between ("مناورات "الأخوة المتراصة - 2020"، يوم الأربعاء، في ... بيلاروس"). */
const EVENT_COUNTRY = 16;

/** A traveller's destination country is the place of the purpose this close after it ("وصل لافروف إلى أوزبكستان لبحث"), in words. */
const PURPOSE_AFTER_DESTINATION = 3;

/**
 * The nearest place phrase of the sentence that the event owns; a country after في names the
 * place of a statement only right after its trigger ("عقدت قمة في كازاخستان"), or right before it
 * as a traveller's destination, in words.
 */
export function eventLocation(ev: Slots): void {
  const { f, entry, k, g } = ev;
  const verbal = QUAD_CLASS[entry.type].startsWith('verbal');
  // a meeting's place frames what is said in the sentence ("خلال القمة التي عقدت في دوشنبه وافق القادة")
  // ... and a place before حيث frames what is done there ("في مدينة خودجند، حيث وقعوا الاتفاقية"); a
  // restating clause gives every event before it its place ("بدأت تدريبات ... ، وذلك اليوم في جمهورية كازاخستان")
  const object = verbal ? null : objectEvent(ev);
  const usable = f.locs.filter((l) => restated(ev, l) || ((f.owner.get(l) === g || (verbal && f.owner.get(l)!.head.hit.entry.type === 'CONSULT') ||
    (l.where !== undefined && k > l.where) || purposeOfTravel(ev, l) || (object !== null && inObjectClause(ev, l, object))) &&
    (!l.isCountry || (verbal ? statementCountry(ev, l) : words(ev, Math.min(k, l.pos), Math.max(k, l.pos)) <= EVENT_COUNTRY)) &&
    !inThatClause(ev, l)));
  let loc: Loc | null = null;
  for (const l of usable) if (!loc || better(ev, l, loc)) loc = l;
  ev.loc = loc;
}

/**
 * "وصل ألف عسكري روسي إلى الصين للمشاركة في مناورات": the purpose right after a traveller's destination
 * (a place after إلى that a travel event owns) takes place there too.
 */
function purposeOfTravel(ev: Slots, l: Loc): boolean {
  const { f, k } = ev;
  const owner = f.owner.get(l);
  return l.ment !== undefined && l.pos < k && owner !== undefined && owner !== ev.g && f.sets.destinationRules?.has(owner.head.hit.entry.rule) === true &&
    tokIs(f.doc.toks[l.pos], f.sets.visitLocation) && words(ev, l.ment.t1 - 1, k) <= PURPOSE_AFTER_DESTINATION;
}

/** An act is done to an event this close after its trigger, in words ("فرقت شرطة كازاخستان احتجاجا"). */
const OBJECT_EVENT = 3;
/** An attack is the means of a killing this close after it in its clause, in words ("مقتل عدد من الجنود الروس في وحدة حفظ السلام بإطلاق نار": 9). */
const MEANS_EVENT = 12;

/** The event a material act is done to: its trigger token, and where the act's clause ends (its first comma). */
interface ObjectEvent { k: number; clauseEnd: number }

/**
 * "فرقت شرطة كازاخستان احتجاجا في الما آتا", "تفريقها بالقوة تظاهرة ضخمة نظمت في مينسك للاحتجاج": a material act
 * done to a material event right after it (its object) happens where that event does; so does violence done by
 * an attack after it ("مقتل عدد من الجنود ... بإطلاق نار في منطقة ... في قرة باغ": `means`). Found once per event:
 * a sentence of thousands of triggers and places must stay linear. Not a statement: "دانت الهجوم في كابول" is not said in Kabul.
 */
function objectEvent(ev: Slots): ObjectEvent | null {
  const { f, k } = ev;
  // groups are in the order of their head triggers (groupHits)
  const i = f.groups.findIndex((o) => o.head.k > k);
  if (i < 0) return null;
  // the attack a killing was done by may come a few words on, past other events
  let attack: Group | undefined;
  if (ev.entry.type === 'ASSAULT') {
    for (let j = i; j < f.groups.length && !attack && words(ev, k, f.groups[j].head.k) <= MEANS_EVENT && !otherClause(ev, f.groups[j].head.k); j++) {
      if (means(f, f.groups[j])) attack = f.groups[j];
    }
  }
  const next = attack ?? f.groups[i];
  if (QUAD_CLASS[next.head.hit.entry.type].startsWith('verbal') || (!attack && words(ev, k, next.head.k) > OBJECT_EVENT)) return null;
  const comma = f.doc.t.text.indexOf(',', f.doc.toks[k].end);
  return { k: next.head.k, clauseEnd: comma < 0 ? Infinity : comma };
}

/** An attack after ب is how the violence before it was done ("مقتل ... بإطلاق نار", "قتل ... بهجوم"). */
function means(f: Slots['f'], g: Group): boolean {
  const tok = f.doc.toks[g.head.k];
  const bi = PREPOSITIONS.bi;
  return g.head.hit.entry.type === 'ASSAULT' && tok.f.startsWith(bi) && tok.w.cands.includes(tok.f.slice(bi.length));
}

/** A place after the object event, in the act's clause (no comma between: commaBetween). */
const inObjectClause = (ev: Slots, l: Loc, o: ObjectEvent): boolean => l.pos > o.k && ev.f.doc.toks[l.pos].start <= o.clauseEnd;

/** The most specific place, then one of the trigger's own clause ("قبيل وصوله إلى العاصمة يريفان، زار القاعدة في مدينة غومري"), then the nearest. */
function better(ev: Slots, l: Loc, than: Loc): boolean {
  if (tier(l) !== tier(than)) return tier(l) < tier(than);
  const own = otherClause(ev, l.pos), ownThan = otherClause(ev, than.pos);
  if (own !== ownThan) return !own;
  return Math.abs(l.pos - ev.k) < Math.abs(than.pos - ev.k);
}

/** A restating clause opens this close before a place's cue, in tokens ("، وذلك اليوم الاثنين 3 أكتوبر 2022، في جمهورية كازاخستان"). */
const RESTATEMENT_SPAN = 12;

/** The place is in a clause that restates when and where the event before it took place (cue list restatement). */
function restated(ev: Slots, l: Loc): boolean {
  const toks = ev.f.doc.toks;
  for (let i = l.pos - 1; i > ev.k && i >= l.pos - RESTATEMENT_SPAN; i--) if (tokIs(toks[i], ev.f.sets.restatement)) return !thatClauseBetween(ev, ev.k, l.pos);
  return false;
}

/** A comma between the trigger and a token: another clause. */
function otherClause(ev: Slots, pos: number): boolean {
  const toks = ev.f.doc.toks;
  const [x, y] = pos < ev.k ? [pos, ev.k] : [ev.k, pos];
  return commaBetween(ev.f.doc, toks[x].end, toks[y].start);
}

/**
 * A country names a statement's place right after its trigger, or right before it as where a traveller
 * went, or right before a noun trigger in the same clause ("تبدأ اليوم في روسيا جولة محادثات").
 */
function statementCountry(ev: Slots, l: Loc): boolean {
  if (l.pos > ev.k) return words(ev, ev.k, l.pos) <= STATEMENT_COUNTRY || venue(ev, l);
  if (l.destination) return words(ev, l.pos, ev.k) <= PURPOSE_AFTER_DESTINATION;
  return !ev.isVerb && words(ev, l.pos, ev.k) <= COUNTRY_BEFORE_NOUN && !thatClauseBetween(ev, l.pos, ev.k) && !afterName(ev, l.pos);
}

/**
 * A meeting held or opened (cue list venue_rules) in a country its clause names further on: "وتنعقد
 * قمة المنظمة على ضفة بحيرة ايسيك-كول الرائعة في قرغيزستان".
 */
function venue(ev: Slots, l: Loc): boolean {
  const rules = ev.f.sets.venueRules;
  return [ev.g.head, ...ev.g.extra].some((h) => rules?.has(h.hit.entry.rule) === true && h.k < l.pos) &&
    words(ev, ev.k, l.pos) <= EVENT_COUNTRY && !otherClause(ev, l.pos) && !inThatClause(ev, l);
}

/** The word before a place cue belongs to a name or its title ("قائد القوات الأميركية في أفغانستان عن قلقه"). */
function afterName(ev: Slots, cue: number): boolean {
  return inMention(ev.f.doc.bySentence.get(ev.f.s) ?? [], cue - 1);
}

/** A country before a noun trigger names its place this close, in words from its في (the country one). */
const COUNTRY_BEFORE_NOUN = 3;

/** The most specific place first: a city or province, then a country, then a region ("في جمهورية طاجيكستان في آسيا الوسطى"). */
const tier = (l: Loc): number => (l.isCountry ? 1 : l.ment?.ent.kind === 'region' ? 2 : 0);

/**
 * "أعلن ... في اجتماع مع بوتين أن روسيا ستبني محطة في أوزبكستان": a place after أن/إن is the reported
 * act's, not the trigger's before it; not after a future marker ("مناورات من المقرر أن تجريها ... قرب مدينة"),
 * whose أن opens the trigger's own clause.
 */
function inThatClause(ev: Slots, l: Loc): boolean {
  return l.pos > ev.k ? thatClauseBetween(ev, ev.k, l.pos) : reportBetween(ev, l.pos, ev.k);
}

/** "... في أوكرانيا، وأكد أن روسيا تعزز": a speech verb and its أن/إن between a place and a later trigger: the trigger is what was said, the place the clause's before. */
function reportBetween(ev: Slots, from: number, to: number): boolean {
  const { f } = ev;
  for (let i = from + 2; i < to; i++) if (tokIs(f.doc.toks[i], f.rd.complementizers) && speechVerbAt(f, i - 1) !== null) return true;
  return false;
}

/** An أن/إن (not after a future marker) between two tokens of the event's sentence. */
function thatClauseBetween(ev: Slots, from: number, to: number): boolean {
  return thatBetween(ev.f.doc, ev.f.rd, ev.f.sets, from, to);
}

/** Words from one token to a later one, a name with its title counting as one ("قمة منظمة معاهدة الأمن الجماعي في قرغيزستان": 3). */
function words(ev: Slots, from: number, to: number): number {
  return wordsBetween(ev.f.doc, ev.f.s, from, to);
}
