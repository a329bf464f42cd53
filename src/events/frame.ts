// What the events of one sentence share: trigger groups, place phrases, actors, dates, cue phrases.
import type { EventRecord } from '../types.js';
import { actorMentions, corefMentions } from './actors.js';
import { findCue, tokIs, type CueSpan } from './cues.js';
import { commaBetween, precisionOf, tokenAt, type Doc, type DocDate, type Loc, type Ment } from './doc.js';
import type { CompiledLexicon } from './lexicon/types.js';
import { quoted, sentenceLocations } from './places.js';
import { groupDist, groupHits, type Group, type Hit } from './triggers.js';
import { roleData, type RoleData } from './roleData.js';
import type { CueSets } from './words.js';

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?(T[\d:]+)?$|^\d{4}-W\d{2}$/;

/**
 * One regular expression per context: true when the text contains any of its cues. Cues that
 * contain another cue of the same context are left out (the shorter one is found whenever they are).
 */
const CONTEXT_CUES = new WeakMap<CompiledLexicon, [string, RegExp][]>();
function contextCues(lex: CompiledLexicon): [string, RegExp][] {
  let l = CONTEXT_CUES.get(lex);
  if (!l) {
    l = lex.contexts.map(([k, cues]) => {
      const min = cues.filter((c, i) => !cues.some((o, j) => j !== i && c.includes(o) && (o !== c || j < i)));
      const re = min.length ? new RegExp(min.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : /(?!)/;
      return [k, re] as [string, RegExp];
    });
    CONTEXT_CUES.set(lex, l);
  }
  return l;
}

/** What the events of one sentence share. */
export interface Frame {
  doc: Doc;
  s: number;
  /** token range of the sentence */
  a: number;
  b: number;
  sets: CueSets;
  /** the argument-role cue words (data/events/roles.json) */
  rd: RoleData;
  groups: Group[];
  anaphora: readonly CueSpan[];
  locs: Loc[];
  /** each place phrase belongs to the nearest event of the sentence */
  owner: Map<Loc, Group>;
  /** actor mentions, coreferent group nouns and titles included, in text order */
  actors: Ment[];
  virtual: boolean;
  sentSpan: EventRecord['sentence'];
  /** resolved dates of the sentence that can date an event */
  sentDates: DocDate[];
  contextTags: string[];
  chairCues: readonly CueSpan[];
  partCues: readonly CueSpan[];
  /** "لقاء يضم X وY": who a meeting brings together (cue list gathered) */
  gatheredCues: readonly CueSpan[];
  invitedCues: readonly CueSpan[];
  /** "بدعوة من X": X invites (roles/invitation.ts) */
  invitationCues: readonly CueSpan[];
  agentCues: readonly CueSpan[];
  /** "الدول الأعضاء في منظمة X", "دول منظمة X": the organisation is who acts; the token its group phrase starts at */
  groupHeads: Map<Ment, number>;
  /** "الطرفان", "البلدين": words naming the two sides */
  partyCues: readonly CueSpan[];
  leaders: boolean;
  groupOnlyActors: boolean;
  /** the subject of the previous event of the sentence (coordinated verbs and participles share it) */
  lastSource: Ment[];
  /** that subject stood before its verb (roles/preverbal.ts) */
  lastPreverbal: boolean;
  /** the previous event's verb had a noun or people the report does not name as its subject, no actor */
  lastNounSubject: boolean;
  /** the last request of the sentence, for the act it asks for (roles/requested.ts) */
  lastRequest: { k: number; source: Ment[]; recipient: Ment[] } | null;
  /** source and recipient of the last event of the sentence that has both */
  lastSides: Ment[];
  /** the recipient of the last event of the sentence that has one: what a verb's pronoun after it stands for (roles/objectPronoun.ts) */
  lastRecipient: Ment[];
  /** the place of the previous event of the sentence (roles/conjoinedPlace.ts) */
  lastLoc: Loc | null;
}

/** A period's bound may stand this many words before its date ("منذ استقلال باكستان في عام 1947"). */
const PERIOD_WORDS = 5;

/**
 * "منذ عام 2012", "حتى 2025", "منذ استقلال باكستان في عام 1947": the start or end of a period, not the date of
 * what the sentence reports; past a comma or a trigger word the bound is another phrase's.
 */
function boundsPeriod(doc: Doc, d: DocDate): boolean {
  return cueBefore(doc, d, doc.sets.periodBounds, PERIOD_WORDS);
}

/** A participle describes a noun with a date this many words before it ("الموقع في عام 2001"). */
const DESCRIPTION_WORDS = 3;

/** "الاتفاق الأمريكي القرغيزي الموقع في 2001": the date of what the participle says of the noun, not of the event. */
function describedDate(doc: Doc, d: DocDate): boolean {
  return cueBefore(doc, d, doc.sets.datedDescriptions, DESCRIPTION_WORDS);
}

/** A word of the cue list at most `words` words before the date, no comma or trigger word between. */
function cueBefore(doc: Doc, d: DocDate, cue: Set<string> | undefined, words: number): boolean {
  const { toks } = doc;
  const at = tokenAt(toks, d.ns);
  for (let i = at - 1; i >= 0 && at - i <= words && toks[i].sentence === d.sentence; i--) {
    if (tokIs(toks[i], cue)) return true;
    if (toks[i].w.trig !== undefined || commaBetween(doc, toks[i].end, toks[i + 1].start)) return false;
  }
  return false;
}

/** The sentence-wide arguments: places, actors, dates, cue phrases. */
export function sentenceFrame(doc: Doc, s: number, hits: Hit[]): Frame {
  const { t, sets } = doc;
  const [a, b] = doc.sentTok[s];
  const groups = groupHits(doc, hits);
  // "زيارة إلى موسكو", "إرسال قوات إلى كازاخستان": after these events, إلى names the place
  const visitToks = hits.filter((h) => sets.destinationRules?.has(h.hit.entry.rule)).map((h) => h.k);
  const locs = sentenceLocations(doc, s, visitToks);
  // filled by a loop: a spread array per place phrase cost more than the set
  const locMents = new Set<Ment>();
  for (const l of locs) {
    if (l.ment) locMents.add(l.ment);
    if (l.uses) for (const m of l.uses) locMents.add(m);
  }
  const base = actorMentions(doc, s, locMents);
  const corefs = corefMentions(doc, s, base);
  // "التكتل الذي تقوده موسكو" stands for the bloc: Moscow inside it is no actor of its own
  const inside = (m: Ment): boolean => corefs.some((c) => c.t1 - c.t0 > 1 && m.t0 >= c.t0 && m.t1 <= c.t1);
  const actors = [...base.filter((m) => !inside(m)), ...corefs].sort((x, y) => x.t0 - y.t0);
  const sent = t.sentences[s];
  const foldedSentence = t.folded.slice(sent.start, sent.end);
  const span = t.span(sent.start, sent.end);
  const groupHeads = new Map<Ment, number>();
  for (const g of findCue(doc, s, 'groups')) for (const m of actors) if (m.ent.type === 'ORG' && m.t0 >= g.end && m.t0 <= g.end + 1) groupHeads.set(m, g.at);
  const owner = new Map<Loc, Group>();
  const rd = roleData();
  for (const l of locs) {
    // "التقى الرؤساء ... في مدينة خودجند، حيث وقعوا": the place is the clause's before حيث (roles/location.ts
    // lets the events after حيث use it too)
    const before = l.where === undefined ? groups : groups.filter((g) => g.head.k < l.pos);
    // "قوله خلال اجتماع مع نظيره في دوشنبه إن روسيا على استعداد": nor is it the reported act's after أن/إن,
    // nor a quotation's that opens after it ("بعد محادثات مع ميدفيديف في موسكو "ستغلق قرغيزستان القاعدة"")
    const placeQuoted = quoted(doc, s, l.pos);
    const ownClause = before.filter((g) => !thatBetween(doc, rd, sets, l.pos, g.head.k) && (placeQuoted || g.head.k < l.pos || !quoted(doc, s, g.head.k)));
    const clause = ownClause.length ? ownClause : before;
    // "وصل ألف عسكري روسي إلى الصين للمشاركة في مناورات": a destination (after إلى) is the travel's before it, not the nearer purpose's
    const travels = tokIs(doc.toks[l.pos], sets.visitLocation) ? clause.filter((g) => g.head.k < l.pos && sets.destinationRules?.has(g.head.hit.entry.rule)) : [];
    // "واعتقلت اثنين آخرين خلال الليل في مدينة أكتوبي بعد هجمات": an event after the place, before or after which
    // the one before it happened, is not what the place is of (but "في يريفان خلال زيارة" is)
    const notWhen = clause.filter((g) => g.head.k < l.pos || !tokIs(doc.toks[g.head.k - 1], sets.sequencePreps));
    const candidates = travels.length ? travels : notWhen.length ? notWhen : clause;
    let best = candidates[0] ?? groups[0];
    for (const g of candidates) if (groupDist(g, l.pos) < groupDist(best, l.pos)) best = g;
    owner.set(l, best);
  }
  return {
    doc, s, a, b, sets, rd, groups,
    anaphora: findCue(doc, s, 'anaphora'),
    locs, owner, actors,
    virtual: findCue(doc, s, 'virtual').length > 0,
    // one literal, not a spread copy of the span: every record's sentence has one object shape
    sentSpan: { text: span.text, start: span.start, end: span.end, index: s },
    sentDates: doc.dates.filter((d) => d.sentence === s && d.d.value && ISO.test(d.d.value) && precisionOf(d.d.granularity) && !boundsPeriod(doc, d) && !describedDate(doc, d)),
    contextTags: contextCues(doc.lex).filter(([, re]) => re.test(foldedSentence)).map(([k]) => k),
    chairCues: findCue(doc, s, 'chair'),
    partCues: findCue(doc, s, 'participants'),
    gatheredCues: findCue(doc, s, 'gathered'),
    invitedCues: findCue(doc, s, 'invited'),
    invitationCues: findCue(doc, s, 'invitation'),
    agentCues: findCue(doc, s, 'agent'),
    groupHeads,
    partyCues: findCue(doc, s, 'parties'),
    leaders: findCue(doc, s, 'leaders').length > 0,
    groupOnlyActors: actors.every((m) => !!m.coref),
    lastSource: [],
    lastPreverbal: false,
    lastNounSubject: false,
    lastRequest: null,
    lastSides: [],
    lastRecipient: [],
    lastLoc: null,
  };
}

/** A word of the set among tokens [from, to] of the sentence. */
export function near(f: Frame, set: Set<string> | undefined, from: number, to: number): boolean {
  for (let i = Math.max(f.a, from); i <= Math.min(f.b - 1, to); i++) if (tokIs(f.doc.toks[i], set)) return true;
  return false;
}

/** An أن/إن (not after a future marker: "من المقرر أن", whose أن opens its own clause) between two tokens. */
export function thatBetween(doc: Doc, rd: RoleData, sets: CueSets, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokIs(doc.toks[i], rd.complementizers) && !tokIs(doc.toks[i - 1], sets.future)) return true;
  return false;
}
