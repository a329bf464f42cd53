// What an event that is not the main one leaves to the story: the actors, date and place of the
// meeting it recalls, the sides or leaders of the main event, its date and place.
import type { EventActor, EventRecord } from '../../types.js';
import { actorWithBasis, entryRule, hasActor, placedUnrest, retype, setArticleDate, setLocation, UNRESOLVED, type Raw } from '../record.js';
import { loadFrames } from '../frames.js';
import { jointEntry } from '../roles/severalSides.js';
import { sidesShared } from './meetingPlace.js';
import { fromAntecedent } from './antecedent.js';
import { bodyParents, type Story } from './story.js';

/** Completes every event of the article; an event left with no actor is dropped, unless only a state does it (story/authorities.ts). */
export function completeEvents(st: Story): void {
  const { raws, main } = st;
  /** sentences with an event of their own, not a meeting recalled by anaphora */
  const reportedIn = new Set(raws.filter((x) => !x.anaphoric).map((x) => x.rec.sentence.index));
  const { published } = st.doc.ctx;
  const { meetingOutcomes, meetingAgreements } = st.doc.lex;
  for (const r of raws) if (r === main || completeFromStory(st, r, main.rec, reportedIn, published, meetingOutcomes, meetingAgreements)) st.events.push(r.rec);
}

/** The main record is a meeting of this one's type and status that names who chairs it and no source. */
const chairedMain = (e: EventRecord, main: EventRecord): boolean =>
  main.type === e.type && !main.source.length && main.chair.length > 0 && main.status === e.status;

/** The participants of e the main record does not name yet join it. */
function joinMain(e: EventRecord, main: EventRecord): void {
  const named = new Set([main.source, main.recipient, main.chair, main.participants, main.invited].flat().map((a) => a.entity));
  for (const a of e.participants) {
    if (named.has(a.entity)) continue;
    main.participants.push(actorWithBasis(a, `sentence ${e.sentence.index}`));
    named.add(a.entity);
  }
}

/**
 * Fills in what an event that is not the main one leaves to the story: the actors, date and
 * place of the meeting it recalls, the sides or leaders of the main event, its date and place.
 * False when the event still has no actor (it is dropped) and is no act only a state carries out.
 */
function completeFromStory(st: Story, r: Raw, main: EventRecord, reportedIn: Set<number>, published: string | null,
  meetingOutcomes: ReadonlySet<string>, meetingAgreements: ReadonlySet<string>): boolean {
  const e = r.rec;
  const out = st.events;
  // "خلال الجلسة", "في هذه القمة": the meeting already reported (the main event or the last one of the type)
  const ante = r.anaphoric
    ? [...out].reverse().find((x) => x.type === e.type && x.source.length && x.status === e.status) ??
      (main.type === e.type && main.source.length && main.status === e.status ? main : null)
    : null;
  if (ante) fromAntecedent(e, ante, ante === main, reportedIn);
  else if (r.anaphoric && chairedMain(e, main)) {
    // "عقدت القمة ... تحت رئاسة رئيس طاجيكستان ... وشارك في القمة كل من ...": those who take part in the main
    // meeting recalled take part in the main record, which this one only repeats
    joinMain(e, main);
    return false;
  } else if (r.parties && (!e.source.length || e.source.every((a) => a.basis !== 'sentence')) && main.source.length) {
    const coref = (a: EventActor): EventActor => actorWithBasis(a, 'coreference: main event');
    // a main event two sides do together names them as its source ("يلتقي الرئيسان الارمني والاذربيجاني ... في حضور
    // نظيرهما الروسي": "مقتل 18 جنديا من الطرفين" is not the Russian's)
    const jointSource = main.source.length >= 2;
    const sides = jointSource ? main.source : [...main.source, ...main.recipient];
    const others = e.recipient.filter((a) => !sides.some((x) => x.entity === a.entity));
    // an act between two sides keeps the main event's direction ("زار رئيس وزراء أوزبكستان أفغانستان ... وقع البلدان
    // اتفاقيات": Uzbekistan → Afghanistan); what both do to a third ("دعا الطرفان إلى") has both as its source
    if (betweenTwoSides(entryRule(e)) && !jointSource) {
      e.source = main.source.map(coref);
      e.recipient = [...main.recipient.map(coref), ...others];
    } else {
      e.source = sides.map(coref);
      e.recipient = others;
    }
    e.basis.push('source: the two sides of the main event');
    jointOfSides(r, st);
  } else if (r.leaders && !e.source.length) {
    // "ووقع القادة في ختام القمة": the people at the main event, else its sides
    const present = [...main.chair, ...main.participants].filter((a) => a.type === 'PERSON');
    const leaders = present.length ? present : [...main.source, ...main.recipient];
    e.source = [...new Map(leaders.map((a) => [a.entity, actorWithBasis(a, 'coreference: main event')])).values()];
    if (e.source.length) e.basis.push('source: the leaders at the main event');
  }
  if (!hasActor(e) && !placedUnrest(e) && r.byState !== 'act') return false;
  // "بعد انسحاب القوات الأجنبية من أفغانستان": a withdrawal, support or a refusal by no one named is background,
  // not news (triggers.json source_required)
  if (!e.source.length && st.doc.lex.sourceRequired.has(e.type)) return false;
  const compatible = e.status !== 'planned' && main.status !== 'planned';
  if (!e.date && e.status === 'reported' && !r.background && !UNRESOLVED.has(e)) {
    if (main.date && compatible) {
      e.date = { ...main.date, basis: 'main event' };
      delete e.date.text;
      if (main.date.text) e.date.text = main.date.text;
      e.date_precision = main.date_precision;
      e.date_basis = main.date_basis;
      e.basis.push('date: main event');
    } else if (published) {
      setArticleDate(e, published);
    }
  }
  // "وقال بوتين خلال القمة ...", "وقع الطرفان اتفاقية": what a side of the main meeting did there
  const atMeeting = main.type === 'CONSULT' && meetingOutcomes.has(e.type) && sidesShared(e, main);
  const sameHappening = e.type === main.type || r.anaphoric || atMeeting;
  // "ووقع بوتين على اتفاقيات خلال زيارته": what one side of a meeting agrees there, it agrees with the
  // other side; a meeting of two sides may name them in any of its party fields ("التقى بوتين ولوكاشينكو")
  if (atMeeting && meetingAgreements.has(e.type) && !e.recipient.length && !partnerNamed(st, r) && !ownGathering(st, e, main)) {
    const sides = [...main.source, ...main.recipient, ...main.participants];
    const directed = main.source.length > 0 && main.recipient.length > 0;
    const mine = new Set(e.source.map((a) => sideOf(st, a)));
    const others = sides.filter((a) => !mine.has(sideOf(st, a)));
    if ((directed || new Set(sides.map((a) => sideOf(st, a))).size >= 2) && others.length < sides.length && others.length) {
      e.recipient = others.map((a) => actorWithBasis(a, 'coreference: main event'));
      e.basis.push('recipient: the other side of the main meeting');
    }
  }
  if (!e.location && main.location && compatible && sameHappening && !r.background &&
      (!e.date || !main.date || e.date.value === main.date.value)) {
    setLocation(e, main.location, 'location: lead', 'lead');
  }
  return true;
}

/**
 * "عقدت جلسة لمجلس الأمن الجماعي ... واتفق المجلس على": at the summit or session a body holds (cue list
 * gathering_rules), what the body itself agrees it agrees as one; its chair and members are no other side.
 */
function ownGathering(st: Story, e: EventRecord, main: EventRecord): boolean {
  if (!st.doc.sets.gatheringRules?.has(entryRule(main)) || !e.source.length) return false;
  const hosts = new Set(main.source.filter((a) => a.type === 'ORG').map((a) => sideOf(st, a)));
  return e.source.every((a) => a.type === 'ORG' && hosts.has(sideOf(st, a)));
}

/** The side an actor stands for: a body its organisation ("مجلس الأمن الجماعي": the CSTO), a person his state, else itself. */
function sideOf(st: Story, a: EventActor): string {
  return bodyParents(st.doc).get(a.entity) ?? a.affiliation?.entity ?? a.entity;
}

/**
 * "المناورات ... بالتعاون بين قيادات القوى المسلحة في البلدين": drills whose sides, from the main event,
 * are two states are joint, as roles/severalSides.ts reads the sides a sentence names.
 */
function jointOfSides(r: Raw, st: Story): void {
  const joint = jointEntry(st.doc, r.tok, r.hit.entry);
  if (!joint) return;
  const states = new Set([...r.rec.source, ...r.rec.recipient].map((a) => a.country).filter((c) => c !== undefined));
  if (states.size < 2) return;
  retype(r.rec, joint);
  r.rec.basis.push('type: the sides are several states or an alliance');
}

/** A word after the trigger marks it a partner of its own ("تعاون بناء مع الهياكل الدولية"), named or not. */
function partnerNamed(st: Story, r: Raw): boolean {
  const preps = loadFrames().byRule.get(entryRule(r.rec))?.preps;
  const toks = st.doc.toks;
  for (let i = r.tok.i + 1; i <= r.tok.i + PARTNER_WINDOW && i < toks.length && toks[i].sentence === r.tok.sentence; i++) {
    if (preps?.get(toks[i].w.c) === 'partner') return true;
  }
  return false;
}

/** The partner's preposition stands this close after the trigger ("تعاون بناء مع"). */
const PARTNER_WINDOW = 3;

/** Whether a trigger rule's frame has two sides: symmetric, or a preposition marks the other side as partner (مع). */
function betweenTwoSides(rule: string): boolean {
  const frame = loadFrames().byRule.get(rule);
  return frame !== undefined && (frame.symmetric || [...frame.preps.values()].includes('partner'));
}
