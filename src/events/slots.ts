// One event being filled in by the role rules (roles/*.ts), in the order events/index.ts lists them.
import type { EventRecord } from '../types.js';
import { commaBetween, hostCountry, type DocDate, type Loc, type Ment } from './doc.js';
import type { Frame } from './frame.js';
import type { TriggerEntry } from './lexicon/types.js';
import type { Group } from './triggers.js';
import { loadClauseWords } from './clause/data.js';
import { objectOnVerb, readVerb } from './clause/verb.js';
import { tokIs } from './cues.js';

/** The date of an event (roles/date.ts). */
export interface EventDate {
  date: EventRecord['date'];
  precision: string | null;
  basis: string | null;
  /** a date mention of the sentence with no value, when no date could be used */
  unresolved: DocDate | undefined;
}

const UNDATED: EventDate = { date: null, precision: null, basis: null, unresolved: undefined };

/** One event being filled in: its trigger group, its roles, and the mentions already given one. */
export interface Slots {
  f: Frame;
  g: Group;
  entry: TriggerEntry;
  /** the head trigger's token */
  k: number;
  isVerb: boolean;
  /** right after a passive auxiliary ("يتم نشر", "تم إرسال"): a verb's form read as its verbal noun */
  afterPassive: boolean;
  used: Set<Ment>;
  chair: Ment[];
  participants: Ment[];
  invited: Ment[];
  source: Ment[];
  recipient: Ment[];
  basis: string[];
  /** a dual verb ("ناقشا", "تبادلا"): its two sides are named before */
  dual: boolean;
  /** its source and recipient are the parties of "بين A و B" (roles/between.ts, roles/passiveSides.ts), not of a border between them */
  sides: boolean;
  /** the source stood before the verb (roles/preverbal.ts) */
  preverbal: boolean;
  /** the verb's subject stands before it (إنه): nothing after the verb is its subject */
  subjectBefore: boolean;
  /** the verb's subject is a common noun before it ("أن الوضع في أوكرانيا يهدد"): no actor is its subject */
  nounSubject: boolean;
  /** the support verb whose subject is a noun trigger's source ("شنت X هجوما"), or -1 */
  carrier: number;
  /** the source is the body a noun trigger is of ("جلسة لمجلس ...") */
  ofFound: boolean;
  /** the place phrase of the sentence the event owns */
  loc: Loc | null;
  /** the trigger recalls a meeting already reported ("خلال القمة") */
  anaphoric: boolean;
  /** the source is the state of the place, named by no one in the sentence (roles/stateActs.ts): no next verb's subject */
  stateOfPlace: boolean;
  /**
   * no doer named yet, and the state of the event's place is it, for the story to name (roles/stateActs.ts): 'act',
   * an act only a state carries out; 'forces', an act of force by the police or forces of no named state
   */
  byState: ByState;
  status: EventRecord['status'];
  /** a background clause: the story gives it no date or place */
  background: boolean;
  dated: EventDate;
}

export type ByState = 'act' | 'forces' | null;

/** A rule that fills in part of an event; ROLES in events/index.ts lists them in order. */
export type Role = (ev: Slots) => void;

export function newSlots(f: Frame, g: Group): Slots {
  const entry = g.head.hit.entry;
  const toks = f.doc.toks, k = g.head.k;
  // "يتم نشر الأسلحة", "تم إرسال قوات": after a passive auxiliary the verb's form is its verbal noun, with no subject
  const afterPassive = k > f.a && tokIs(toks[k - 1], f.sets.passive);
  return {
    f, g, entry, k, isVerb: entry.pos === 'verb' && (!g.head.hit.suffixed || objectOnVerb(toks[k].w.c, entry.verbal_nouns) || subjectAfterSuffixed(f, k)) && !afterPassive && !objectOfVerb(f, k, entry), afterPassive, used: new Set<Ment>(),
    chair: [], participants: [], invited: [], source: [], recipient: [], basis: [],
    dual: false, sides: false, preverbal: false, subjectBefore: false, nounSubject: false, carrier: -1, ofFound: false, loc: null, anaphoric: false, stateOfPlace: false, byState: null, status: 'reported', background: false, dated: UNDATED,
  };
}

/**
 * "قررت أرمينيا طرد السفير", "أعلنت روسيا رفض الاعتراف", "تنوي سحب قواتها": a form that is both the verb and its
 * verbal noun (both in the entry), with no و/ف, right after a verb or a verb and the name of its subject, is
 * that verb's object, the noun ("الرئيس بوتين رفض الاعتراف", "ورفض" stay verbs).
 */
function objectOfVerb(f: Frame, k: number, entry: TriggerEntry): boolean {
  const toks = f.doc.toks;
  if (k <= f.a || !entry.verbal_nouns?.includes(toks[k].f)) return false;
  const subject = f.actors.find((m) => m.t1 === k);
  const v = subject ? subject.roleStart - 1 : k - 1;
  return v >= f.a && !commaBetween(f.doc, toks[v].end, toks[k].start) && readVerb(loadClauseWords(), toks[v].f, v) !== null;
}

/**
 * "وحظرته المحكمة العليا", "ودعمته روسيا": a name right after a word with a pronoun suffix, with no
 * preposition or و on it, is that word's subject; a noun with its possessor takes no such genitive, so the
 * word is a verb with its object.
 */
function subjectAfterSuffixed(f: Frame, k: number): boolean {
  const next = f.doc.toks[k + 1];
  return next !== undefined && next.sentence === f.s && f.actors.some((m) => m.roleStart === k + 1 && m.t0 === k + 1 && m.ns === next.start);
}

/** Gives a mention a role: no other role of the event takes it. */
export function pick(ev: Slots, m: Ment): Ment {
  ev.used.add(m);
  return m;
}

/**
 * The state where an event takes place by its own sentence (not where a dateline puts the report), as an actor with no
 * span of its own, `basis` saying why; null when the article does not name it or one of the sides is already that state.
 */
export function stateOfEventPlace(ev: Slots, basis: string): Ment | null {
  const { f, loc } = ev;
  if (!loc?.country || loc.basis === 'dateline') return null;
  const state = hostCountry(f.doc, loc.country, f.s, basis);
  return state && ![...ev.source, ...ev.recipient].some((m) => m.ent.id === state.ent.id) ? state : null;
}
