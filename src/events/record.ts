// The event record of a filled-in event, and the raw event the story level works on.
import { fnv1a } from '../hash.js';
import type { EventActor, EventRecord } from '../types.js';
import { actorOf } from './actors.js';
import { precisionOf, type Loc, type Ment, type Tok } from './doc.js';
import { QUAD_CLASS, type TriggerEntry, type TriggerHit } from './lexicon/types.js';
import type { Frame } from './frame.js';
import type { ByState, Slots } from './slots.js';
import { statementOccasion } from './roles/speech.js';
import { discussedTopic } from './roles/topic.js';

/** Records whose sentence has a date mention with no value: its text, for the one-a-story key. */
export const UNRESOLVED = new WeakMap<EventRecord, string>();
export const PERIOD = new WeakMap<EventRecord, string>();

/** An event of a sentence, before the story level (story/*.ts) completes and merges it. */
export interface Raw {
  hit: TriggerHit;
  tok: Tok;
  extra: Tok[];
  rec: EventRecord;
  anaphoric: boolean;
  background: boolean;
  groupOnly: boolean;
  /** "الطرفان": the two sides of the main event */
  parties: boolean;
  /** "القادة", "الزعماء": the leaders present at the main event. */
  leaders: boolean;
  /** "قال شويغو في اجتماع ...": the meeting a statement was made at, the occasion rather than the news */
  occasion: boolean;
  /** "حيث تبحث ... تداعيات الانسحاب": what another event of the sentence discusses, not the news */
  topic: boolean;
  /** the state of its place is the doer no one names (roles/stateActs.ts) */
  byState: ByState;
}

/** The record of a filled-in event; its place, and the dates the story must not override. */
export function rawEvent(ev: Slots): Raw {
  const { f, g, k } = ev;
  const toks = f.doc.toks;
  const rec = eventRecord(ev);
  if (ev.loc) setLocation(rec, ev.loc, null);
  const unresolved = ev.dated.unresolved;
  // a date the text gives but that cannot be resolved ("العام الماضي" with no article date): no other date is put in
  if (unresolved) UNRESOLVED.set(rec, unresolved.d.text);
  // an unresolved period ("العام الماضي") is another time than the story's: not merged with it
  if (unresolved && unresolved.d.granularity !== 'day' && unresolved.d.granularity !== 'time') PERIOD.set(rec, unresolved.d.text);
  // "أن الرئيسين بحثا ... لدعم عمليات عسكرية": the two sides discuss the topic, they are not its parties
  const topic = discussedTopic(f, g);
  return {
    hit: g.head.hit, tok: toks[k], extra: g.extra.map((x) => toks[x.k]), rec, anaphoric: ev.anaphoric, background: ev.background,
    groupOnly: f.groupOnlyActors && !rec.source.length, parties: !topic && (ev.dual || namesTwoSides(f, ev.k, rec)), leaders: f.leaders,
    occasion: rec.type === 'CONSULT' && statementOccasion(f, g.head), topic, byState: rec.source.length ? null : ev.byState,
  };
}

/**
 * "وقع البلدان", "اتفاقية بين البلدين": the sentence names the event's sides by a word for the two sides; one
 * after the trigger belongs to another phrase when the sentence names the source ("وقال كريموف خلال اجتماعه
 * بوزير الخارجية لافروف ...، كما أن الأمور الأمنية بين البلدين").
 */
function namesTwoSides(f: Frame, k: number, rec: EventRecord): boolean {
  const named = rec.source.some((a) => a.basis === 'sentence' || a.basis === 'coreference');
  return f.partyCues.some((c) => c.at < k || !named);
}

/**
 * "قتل 45 شخصا عندما اندلع صراع عرقي في مدينة أوش", "مقتل 23 جنديا في كمين بوادي راشت", "احتجاجات شهدتها
 * كاراكلباكستان": violence or a protest its sentence places in a city or province names no side, and is news all
 * the same (the place stands for its sides); in a whole country or a region it is too vague to keep.
 */
/** Whether an event names anyone in any role. */
/** Every actor of a record, in any of its party fields. */
export const actorsOf = (e: EventRecord): EventActor[] => [...e.source, ...e.recipient, ...e.participants, ...e.chair, ...e.invited];

/** The entities a record names in any of its party fields. */
export const actorIds = (e: EventRecord): Set<string> => new Set(actorsOf(e).map((a) => a.entity));

export const hasActor = (e: EventRecord): boolean =>
  e.source.length > 0 || e.recipient.length > 0 || e.participants.length > 0 || e.chair.length > 0 || e.invited.length > 0;

export const placedUnrest = (e: EventRecord): boolean => (e.type === 'ASSAULT' || e.type === 'PROTEST') && e.location?.basis === 'sentence' && e.location.country_name !== undefined;

/** The record read as another entry of its trigger word (story/complete.ts: drills of two sides are joint). */
export function retype(e: EventRecord, entry: TriggerEntry): void {
  e.type = entry.type;
  e.quad_class = QUAD_CLASS[entry.type];
  e.subtype = entry.subtype;
  for (const c of entry.context ?? []) if (!e.context.includes(c)) e.context.push(c);
  e.rule = [entry.rule, ...e.rule.split('+').slice(1)].join('+');
  e.confidence = entry.confidence ?? 0.8;
}

/** The trigger entry's rule of a record: "consult.summit" of "consult.summit+consult.hold" (the group's other words follow a +). */
export function entryRule(e: EventRecord): string {
  // the part before the first "+", cut out without splitting the whole rule into an array (the story asks for it of every pair of records)
  const plus = e.rule.indexOf('+');
  return plus < 0 ? e.rule : e.rule.slice(0, plus);
}

/** No two different dates: one unset, or one a more precise form of the other ("2022-01" and "2022-01-06"). */
export function datesAgree(a: EventRecord, b: EventRecord): boolean {
  const x = a.date?.value, y = b.date?.value;
  return !x || !y || x.startsWith(y) || y.startsWith(x);
}

/**
 * The record's id, from its document, trigger span and type. Set on the records the story keeps
 * (index.ts), once their type is final: a third of the records made are merged or dropped.
 */
export function setEventId(e: EventRecord): void {
  e.id = eventId(`${e.doc}|${e.trigger.start}|${e.trigger.end}|${e.type}`);
}

/** A stable 64-bit id (16 hex digits): FNV-1a forwards and a second FNV-1a variant backwards with another basis. */
function eventId(s: string): string {
  let h = 0xcbf29ce4 >>> 0;
  for (let i = s.length - 1; i >= 0; i--) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fnv1a(s).toString(16).padStart(8, '0') + (h >>> 0).toString(16).padStart(8, '0');
}

function eventRecord(ev: Slots): EventRecord {
  const { f, entry, g, k, source, recipient, invited, status, dated } = ev;
  const { doc } = f;
  const trigger = doc.t.span(doc.toks[k].start, doc.toks[k].end);
  return {
    id: '', // setEventId
    doc: doc.ctx.docId,
    type: entry.type,
    quad_class: QUAD_CLASS[entry.type],
    subtype: entry.subtype,
    context: [...new Set([...(entry.context ?? []), ...f.contextTags])],
    rule: entry.rule + (g.extra.length ? '+' + [...new Set(g.extra.map((x) => x.hit.entry.rule))].join('+') : ''),
    trigger,
    sentence: f.sentSpan,
    date: dated.date,
    date_precision: dated.precision,
    date_basis: dated.basis,
    location: null,
    mode: entry.type === 'CONSULT' ? (f.virtual ? 'virtual' : entry.mode === undefined ? 'in person' : entry.mode) : null,
    source: toActors(ev, source),
    // one side is never its own recipient ("رفضت المنظمة ... المنظمة")
    recipient: toActors(ev, recipient.filter((m) => !source.some((x) => x.ent.id === m.ent.id))),
    participants: toActors(ev, ev.participants.filter((m) => !invited.includes(m) && !source.some((x) => x.ent.id === m.ent.id) && !recipient.some((x) => x.ent.id === m.ent.id))),
    chair: toActors(ev, ev.chair),
    invited: toActors(ev, invited),
    status,
    confidence: entry.confidence ?? 0.8,
    main: false,
    basis: ev.basis,
  };
}

function hasEntity(actors: EventActor[], id: string): boolean {
  for (const a of actors) if (a.entity === id) return true;
  return false;
}

/** Actors of a role, one per entity; coreference bases go to the record's basis. */
function toActors(ev: Slots, list: Ment[]): EventActor[] {
  const res: EventActor[] = [];
  // a role has a handful of actors: the ones kept so far are their entities, searched without a Set
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    if (hasEntity(res, m.ent.id)) continue;
    res.push(actorOf(ev.f.doc, m));
    if (m.coref && m.coref !== 'location') ev.basis.push(`actor ${m.ent.name}: ${m.coref}`);
  }
  return res;
}

export function setArticleDate(e: EventRecord, published: string): void {
  e.date = { value: published, granularity: published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year', basis: 'article date' };
  e.date_precision = precisionOf(e.date.granularity);
  e.date_basis = 'article date';
  e.basis.push('date: article date');
}

/** The date of another record (`from`, which has one), with the basis of the date and the note in the record's basis. */
export function takeDate(e: EventRecord, from: EventRecord, dateBasis: string, note: string): void {
  e.date = { ...from.date!, basis: dateBasis };
  e.date_precision = from.date_precision;
  e.date_basis = from.date_basis;
  e.basis.push(`date: ${note}`);
}

type Location = NonNullable<EventRecord['location']>;

/**
 * A record's location from a place (a Loc, or another record's location) with its basis. Absent
 * fields are undefined rather than missing, so that every location has one object shape (and JSON
 * leaves them out all the same).
 */
export function locationOf(loc: Location | Loc, basis: string): Location {
  return {
    entity: loc.entity, name: loc.name, basis, country: loc.country || undefined, country_name: loc.country_name || undefined,
    iso3: loc.iso3 || undefined, text: loc.text || undefined,
  };
}

/** Sets the location; `note` goes to the record's basis when the place comes from outside the sentence. */
export function setLocation(e: EventRecord, loc: Location | Loc, note: string | null, basis = loc.basis): void {
  e.location = locationOf(loc, basis);
  if (note) e.basis.push(note);
}

/** An actor with another basis: a copy in actorOf's one object shape (a spread copy gets a shape of its own). */
export function actorWithBasis(a: EventActor, basis: string): EventActor {
  return { entity: a.entity, name: a.name, type: a.type, basis, role: a.role, affiliation: a.affiliation, country: a.country, iso3: a.iso3 };
}
