// The mentions of a sentence that can be actors of its events, and group nouns and titles that
// stand for entities named elsewhere.
import type { EntityRecord, EventActor } from '../types.js';
import { ARTICLE, PREPOSITIONS, thirdPersonSuffix, WA } from '../text/clitics.js';
import { PARTICIPLE } from '../text/morphology.js';
import { affiliation } from './affiliation.js';
import { ownCountryMentions } from './ownCountry.js';
import { counterpartHolder, titleHolder } from './titleHolder.js';
import { countryOf, iso3Of } from './countries.js';
import { findCue, tokIs } from './cues.js';
import { corefMention, inMention, isCountryNisba, ment, triggerBetween, type Doc, type Ment, type Tok } from './doc.js';
import { eventWordAt } from './triggers.js';
import { roleData, type Description } from './roleData.js';

export function actorOf(doc: Doc, m: Ment, basis = 'sentence'): EventActor {
  const by = affiliation(doc, m);
  // an unknown person's country is the one his title names
  const country = m.ent.country ?? (by?.isCountry ? by.ent.country : undefined);
  // absent fields are undefined rather than missing, so every actor has one object shape (and
  // JSON leaves them out all the same)
  return {
    entity: m.ent.id, name: m.ent.name, type: m.ent.type,
    basis: m.m.method === 'coreference' && !m.coref ? 'coreference' : m.coref ?? basis,
    role: m.m.role || undefined,
    affiliation: by ? { entity: by.ent.id, name: by.ent.name } : stateActedFor(doc, m),
    country: country || undefined,
    iso3: iso3Of(doc.countries, country, m.ent.country ? m.ent.iso3 : undefined) || undefined,
  };
}

/**
 * A capital acting ("واشنطن تتحمل مسؤولية") acts for its state, and so does a state's own body (a ministry, an
 * army, a base: the cue list state_kinds; "قاعدة كانت الجوية الروسية" is Russia's).
 */
function stateActedFor(doc: Doc, m: Ment): EventActor['affiliation'] {
  const kind = m.ent.kind;
  const ofState = kind === 'capital' || (m.ent.type === 'ORG' && kind !== undefined && doc.sets.stateKinds?.has(kind) === true);
  const state = ofState ? countryOf(doc.countries, m.ent.country) : undefined;
  return state ? { entity: state.id, name: state.name } : undefined;
}

/** Mentions in a sentence that can be actors: people, organisations and countries, minus titles of people. */
export function actorMentions(doc: Doc, s: number, locMents: Set<Ment>): Ment[] {
  const all = doc.bySentence.get(s) ?? [];
  const persons = all.filter((m) => m.ent.type === 'PERSON');
  const { titles, nonActorKinds: nonActor, supportVerbs } = doc.sets;
  const attributes = new Set<Ment>();
  const out: Ment[] = [];
  // "وفدا من طالبان برئاسة عبد السلام حنفي": the group whose members a person leads is no title of his
  let chairs: Set<number> | null = null;
  const led = (m: Ment): boolean => (chairs ??= new Set(findCue(doc, s, 'chair').map((c) => c.at))).has(m.t1) && afterMembers(doc, m);
  let prev: Ment | null = null;
  for (const m of all) {
    if (m.ent.type !== 'PERSON') {
      // part of a person's title ("رئيس جمهورية طاجيكستان إمام علي رحمان", "الرئيس الروسي فلاديمير بوتين",
      // "رئيس مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي ، إمام علي رحمان")
      const title = [m.t0 - 1, m.t0 - 2].find((i) => i >= 0 && doc.toks[i].sentence === s && tokIs(doc.toks[i], titles));
      const titled = title !== undefined || (prev !== null && attributes.has(prev) && m.t0 - prev.t1 <= 1 && !hasBreak(doc, prev.ne, m.ns));
      // ... or after it, in apposition ("ناشد صدير جاباروف رئيس قرغيزستان زعيمي ...")
      // ... not a name past an event's word ("أجرى الوزير الأميركي محادثات مع الرئيس نيازوف": two people; "روسيا تنتقد
      // باشينيان": the subject and the object of a headline)
      const owner = persons.find((p) => (m.t0 >= p.roleStart && m.t1 <= p.t0) || (p.t0 >= m.t1 && p.t0 - m.t1 <= 1 && !hasBreak(doc, m.ne, p.ns) && !led(m) && !triggerBetween(doc, m.t1, p.t0)) ||
        (titled && p.t0 >= m.t1 && p.t0 - m.t1 <= 14 && !triggerBetween(doc, m.t1, p.roleStart)) || (title !== undefined && p.t1 === title));
      if (owner) { attributes.add(m); prev = m; continue; }
      // "رئيس وزراء أوزبكستان" with no name: the person the article names with that title
      const holder = titleHolderMention(doc, m, title, persons);
      if (holder) { out.push(holder); attributes.add(m); prev = m; continue; }
      // news agencies report events, they are not their actors
      if (m.ent.kind && nonActor?.has(m.ent.kind.toLowerCase())) { prev = m; continue; }
    }
    prev = m;
    // "جمهوريات سوفييتية سابقة", "منذ انهيار الاتحاد السوفيتي": a former country describes a past, not an actor
    if (m.ent.country && doc.countries.byIso2.get(m.ent.country)?.dissolved) continue;
    // "حرس الحدود في قرغيزستان": a place after members is the side they belong to, not only a place
    if (locMents.has(m) && !afterMembers(doc, m)) continue;
    // a country the dateline names is where the report was filed ("بيلاروس – دعت دول المنظمة")
    if (doc.dateline?.ment === m) continue;
    // a capital right after a verb stands for its government ("حملت دوشنبه الجانب القيرغيزي المسؤولية")
    // or at the head of a clause right before its verb ("موسكو تعزز وجودها", "قال شويغو إن موسكو تقوم بتعزيز")
    const afterVerb = m.ent.kind === 'capital' && m.t0 > 0 && doc.toks[m.t0 - 1].sentence === s && isTriggerAt(doc, m.t0 - 1, supportVerbs);
    // ... but after a past perfect, whose subject came before, it is the object ("وكان مسؤولون أمريكيون قد اتهموا موسكو")
    const perfect = afterVerb && tokIs(doc.toks[m.t0 - 2], doc.sets.perfectParticles);
    const metonym = m.ent.kind === 'capital' && ((afterVerb && !perfect && !isParticiple(doc.toks[m.t0 - 1])) || clauseSubject(doc, m, supportVerbs));
    // ... or, right after the subject of a verb, is its object ("اتهم الجنرال جوزيف فوتيل موسكو بأنها"),
    // as it is after a participle, whose subject came before ("متهما موسكو بإذلال"); after a noun of an
    // act it is the one acting ("أثنى على جهود مينسك"), and after a preposition of a side with an event's
    // word before it, that side ("نقدا لاذعا على موسكو", "العلاقات الثنائية مع موسكو")
    const subject = out.length ? out[out.length - 1] : null;
    const before = m.t0 > 0 && doc.toks[m.t0 - 1].sentence === s ? doc.toks[m.t0 - 1] : null;
    const object = perfect || (m.ent.kind === 'capital' && ((subject !== null && subject.t1 === m.t0 && verbBeforeSubject(doc, subject)) ||
      (afterVerb && isParticiple(doc.toks[m.t0 - 1])) || (before !== null && tokIs(before, doc.sets.agencyNouns)) ||
      (before !== null && tokIs(before, doc.sets.sidePrepositions) && triggerWithin(doc, m.t0 - 1, s))));
    // ... and a capital after members is the state they act for ("اعتقلت الشرطة في مينسك")
    if (m.ent.type === 'PLACE' && !m.isCountry && !metonym && !object && !(m.ent.kind === 'capital' && afterMembers(doc, m))) continue;
    // nested mentions: keep the outer one
    if (out.some((o) => o.ns <= m.ns && o.ne >= m.ne && o !== m)) continue;
    out.push(metonym ? ment(m.ent, m.m, m.ns, m.ne, m.t0, m.t1, m.sentence, m.isCountry, m.roleStart, m.coref, true) : m);
  }
  return out;
}

/** An event's word stands this many tokens at most before a preposition of its side. */
const SIDE_PREPOSITION_SPAN = 4;

/** A trigger word among the tokens right before token `at`, in sentence s. */
function triggerWithin(doc: Doc, at: number, s: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= SIDE_PREPOSITION_SPAN && doc.toks[i].sentence === s; i--) if (doc.toks[i].w.trig !== undefined) return true;
  return false;
}

/** An active participle in the accusative, a verb's circumstance ("متهما", "مطالبا"): its subject is the clause's. */
function isParticiple(tok: Tok): boolean {
  const c = tok.w.c;
  return c.length >= 4 && c.startsWith(PARTICIPLE.prefix) && c.endsWith(PARTICIPLE.accusative);
}

/** The first of the title words that end at token `at`, in its sentence ("رئيس وزراء أوزبكستان": رئيس). */
export function titleStart(doc: Doc, at: number): number {
  let from = at;
  while (from > 0 && doc.toks[from - 1].sentence === doc.toks[at].sentence && tokIs(doc.toks[from - 1], doc.sets.titles)) from--;
  return from;
}

/**
 * The person a title with no name stands for, as a mention spanning the title ("رئيس وزراء أوزبكستان"); after a
 * word for "counterpart" ("خلال لقائه مع نظيره الروسي"), the person of that state with the title of the one named
 * before it (events/titleHolder.ts counterpartHolder).
 */
function titleHolderMention(doc: Doc, state: Ment, title: number | undefined, persons: Ment[]): Ment | null {
  // the one whose counterpart: the person named last before
  const of = title === undefined && state.isCountry && state.t0 > 0 && doc.toks[state.t0 - 1].sentence === state.sentence &&
    tokIs(doc.toks[state.t0 - 1], doc.sets.counterpart) ? persons.filter((p) => p.t1 < state.t0).at(-1) : undefined;
  if (title === undefined && !of) return null;
  const from = of ? state.t0 - 1 : titleStart(doc, title!);
  const holder = of ? counterpartHolder(doc, state, of) : titleHolder(doc, state, from);
  if (!holder) return null;
  const surface = doc.t.span(doc.toks[from].start, state.ne).text;
  return ment(holder.ent, corefMention(surface, holder.m.start, holder.m.end, state.sentence, holder.m.confidence, holder.m.role),
    doc.toks[from].start, state.ne, from, state.t1, state.sentence, false, from, `coreference: ${surface}`);
}

/**
 * A trigger whose required words are there, or a support verb (not "استعداد" with no "القتالي" after it), also with the
 * object pronoun of a clause on an indefinite noun before it ("غارات جوية شنتها إسلام آباد").
 */
function isTriggerAt(doc: Doc, k: number, supportVerbs: Set<string> | undefined): boolean {
  const tok = doc.toks[k];
  if (eventWordAt(doc, k) || tokIs(tok, supportVerbs)) return true;
  const suffix = thirdPersonSuffix(tok.w.c);
  return suffix !== null && !!supportVerbs?.has(tok.w.c.slice(0, -suffix.form.length));
}

/**
 * A mention that opens its sentence or a clause (after إن/أن, a colon or the auxiliary of a past perfect) and stands
 * right before a verb of the lexicon, nothing between but the perfect's قد; capitals joined by و open it together
 * ("يريفان وباكو تتبادلان الاتهامات").
 */
function clauseSubject(doc: Doc, m: Ment, supportVerbs: Set<string> | undefined): boolean {
  const last = joinedCapitals(doc, m, 1), first = joinedCapitals(doc, m, -1);
  const next = doc.toks[last.t1];
  const prev = doc.toks[first.t0 - 1];
  // the subject of a past perfect, between its auxiliary and its verb ("وكانت موسكو (قد) اتفقت مع قرغيزستان")
  const perfect = prev !== undefined && prev.sentence === m.sentence && tokIs(prev, doc.sets.perfectAuxiliaries);
  const verb = perfect && next !== undefined && tokIs(next, doc.sets.perfectParticles) ? last.t1 + 1 : last.t1;
  if (!next || doc.toks[verb]?.sentence !== m.sentence || !isTriggerAt(doc, verb, supportVerbs)) return false;
  // a dateline ("طشقند: يبدأ الرئيس ...") is where the report comes from
  if (doc.t.text.slice(last.ne, next.start).trim()) return false;
  const { complementizers } = roleData();
  // ... or after the colon of an attributed headline ("منظمة الأمن الجماعي: واشنطن تتحمل مسؤولية"), a contrast
  // or a comma ("اتهمت جورجيا روسيا ...، لكن موسكو نفت ذلك")
  const gap = doc.t.text.slice(prev?.end ?? 0, first.ns);
  return !prev || prev.sentence !== m.sentence || perfect || complementizers.has(prev.w.c) || complementizers.has(prev.f) || tokIs(prev, doc.sets.contrast) ||
    gap.includes(':') || /[,،]/u.test(gap);
}

/** The last (dir 1) or first (dir -1) of the capitals joined by و to m, right after one another ("يريفان وباكو"). */
function joinedCapitals(doc: Doc, m: Ment, dir: 1 | -1): Ment {
  const ments = doc.bySentence.get(m.sentence) ?? [];
  const joined = (x: Ment, y: Ment): boolean => x.t1 === y.t0 && doc.toks[y.t0].f[0] === WA && doc.toks[y.t0].f !== doc.toks[y.t0].w.c;
  let cur = m;
  for (;;) {
    const nx = ments.find((x) => x.ent.kind === 'capital' && (dir > 0 ? joined(cur, x) : joined(x, cur)));
    if (!nx) return cur;
    cur = nx;
  }
}

function hasBreak(doc: Doc, from: number, to: number): boolean {
  const gap = doc.t.text.slice(from, to);
  return gap.includes(',') || gap.includes('.') || gap.includes(':');
}

/** Group nouns ("المنظمة", "الدول الأعضاء") and titles ("الأمين العام") resolved to entities named elsewhere. */
export function corefMentions(doc: Doc, s: number, present: Ment[]): Ment[] {
  const out: Ment[] = [];
  const [a, b] = doc.sentTok[s];
  const named = doc.bySentence.get(s) ?? [];
  const described = descriptionMentions(doc, s, named);
  out.push(...described, ...ownCountryMentions(doc, s, present));
  // a word inside a name (its title included) or a description is no group noun or title of its own
  const covered = (i: number): boolean => inMention(named, i) || inSpan(described, i);
  if (doc.mainOrg) {
    const org = doc.mainOrg;
    for (const g of findCue(doc, s, 'groups')) {
      if (covered(g.at)) continue;
      // "دول منظمة ...": the organisation is named right after
      if (present.some((m) => m.ent.type === 'ORG' && m.t0 >= g.end && m.t0 <= g.end + 1)) continue;
      const surface = doc.t.span(doc.toks[g.at].start, doc.toks[g.end - 1].end).text;
      out.push(ment(org, corefMention(surface, 0, 0, s, 0.6, undefined),
        doc.toks[g.at].start, doc.toks[g.end - 1].end, g.at, g.end, s, false, g.at, `coreference: ${surface}`));
    }
  }
  // titles of people named in earlier sentences
  const seen = new Set<string>();
  for (const { m, head } of doc.roleHeads) {
    if (m.sentence >= s || seen.has(m.ent.id)) continue;
    for (let i = a; i + 1 < b; i++) {
      if ((doc.toks[i].f !== head[0] && doc.toks[i].w.c !== head[0]) || doc.toks[i + 1].f !== head[1]) continue;
      // a name right after the title belongs to it
      if (covered(i) || personAfter(named, i)) continue;
      const surface = doc.t.span(doc.toks[i].start, doc.toks[i + 1].end).text;
      seen.add(m.ent.id);
      out.push(ment(m.ent, corefMention(surface, m.m.start, m.m.end, s, m.m.confidence, m.m.role),
        doc.toks[i].start, doc.toks[i + 1].end, i, i + 2, s, false, i, `coreference: ${surface}`));
      break;
    }
  }
  return out;
}

// Loops, not closures, for the token loops above: a closure over a loop's variable costs an allocation a token.

/** Token i is inside one of the mentions. */
function inSpan(ments: Ment[], i: number): boolean {
  for (const m of ments) if (i >= m.t0 && i < m.t1) return true;
  return false;
}

/** A person named within five words after token i. */
function personAfter(ments: Ment[], i: number): boolean {
  for (const p of ments) if (p.ent.type === 'PERSON' && p.t0 > i && p.t0 <= i + 5) return true;
  return false;
}

/**
 * Descriptions of an organisation ("التكتل الذي تقوده موسكو", "دول الأمن الجماعي"; data/events/roles.json):
 * the entity a description names when the document has it, else the organisation the document is
 * about. The names inside a description (موسكو) are not actors of their own (frame.ts drops them).
 */
export function descriptionMentions(doc: Doc, s: number, named: Ment[]): Ment[] {
  const out: Ment[] = [];
  const [a, b] = doc.sentTok[s];
  const { descriptions, descriptionFirsts } = roleData();
  for (let i = a; i < b; i++) {
    const tok = doc.toks[i];
    if (!descriptionFirsts.has(tok.f) && !descriptionFirsts.has(tok.w.c)) continue;
    if (inMention(named, i)) continue;
    const d = descriptionAt(doc, i, b, descriptions);
    if (!d) continue;
    const ent = d.entity ? entityById(doc, d.entity) : doc.mainOrg;
    if (!ent) continue;
    const end = i + d.words.length;
    const surface = doc.t.span(doc.toks[i].start, doc.toks[end - 1].end).text;
    out.push(ment(ent, corefMention(surface, 0, 0, s, 0.6, undefined),
      doc.toks[i].start, doc.toks[end - 1].end, i, end, s, false, i, `coreference: ${surface}`));
    i = end - 1;
  }
  return out;
}

function entityById(doc: Doc, id: string): EntityRecord | undefined {
  for (const e of doc.ctx.entities) if (e.id === id) return e;
  return undefined;
}

/** The first description whose words stand at tokens i.. (before b), each as written or without its clitics. */
function descriptionAt(doc: Doc, i: number, b: number, descriptions: Description[]): Description | undefined {
  for (const x of descriptions) {
    if (i + x.words.length > b) continue;
    let j = 0;
    while (j < x.words.length && (doc.toks[i + j].f === x.words[j] || doc.toks[i + j].w.c === x.words[j])) j++;
    if (j === x.words.length) return x;
  }
  return undefined;
}

/** A subject stands this close after its verb, its title included ("اتهم قائد القيادة المركزية الأميركية الجنرال جوزيف فوتيل"). */
const SUBJECT_SPAN = 8;

/** A trigger verb before the subject, with no preposition between: the subject is the verb's. */
function verbBeforeSubject(doc: Doc, subject: Ment): boolean {
  const toks = doc.toks;
  for (let i = subject.t0 - 1; i >= Math.max(0, subject.t0 - SUBJECT_SPAN) && toks[i].sentence === subject.sentence; i--) {
    if (toks[i].w.trig !== undefined) return true;
    if (tokIs(toks[i], doc.sets.preps)) return false;
  }
  return false;
}

/**
 * Members of a group right before the mention's preposition ("حرس الحدود في قرغيزستان", "مسلحون من
 * تنظيم داعش", "عناصر بالحركة"), or before the word that makes them the group's ("وحدات حفظ السلام التابعة لمنظمة ..."):
 * the group is the side they act for.
 */
export function afterMembers(doc: Doc, m: Ment): boolean {
  return membersNoun(doc, m) >= 0;
}

/** How far before an affiliation word the member noun may stand ("وحدات حفظ السلام التابعة"). */
const AFFILIATED_WINDOW = 4;

/** The member noun of the group a mention names (afterMembers), or -1. */
export function membersNoun(doc: Doc, m: Ment): number {
  const toks = doc.toks;
  const prep = toks[m.roleStart - 1];
  if (prep === undefined || prep.sentence !== m.sentence) return -1;
  const isMembers = (i: number): boolean => toks[i] !== undefined && toks[i].sentence === m.sentence && tokIs(toks[i], doc.sets.members);
  // "الشرطة في مدينة مينسك": a place head between the preposition and the name
  const p = tokIs(prep, doc.sets.placeHeads) && m.roleStart >= 2 && toks[m.roleStart - 2].sentence === m.sentence ? m.roleStart - 2 : m.roleStart - 1;
  if (doc.sets.memberPreps?.has(toks[p].w.c)) {
    // the member noun, or the member noun and its genitive ("حرس الحدود", "قوات الأمن"); members a nisba makes a
    // state's are that state's, not the place's ("القوات الروسية في جورجيا")
    if (isMembers(p - 1)) return p - 1;
    return isMembers(p - 2) && toks[p - 1].f.startsWith(ARTICLE) && !isCountryNisba(doc, toks[p - 1]) ? p - 2 : -1;
  }
  // "عناصر بالحركة", "جنديا بالجيش": the member noun, then the group with ب on its first word
  if (m.ns > toks[m.roleStart].start && toks[m.roleStart].f[0] === PREPOSITIONS.bi && isMembers(m.roleStart - 1)) return m.roleStart - 1;
  // "التابعة لمنظمة": the affiliation word, then the group with ل on its first word
  if (!tokIs(prep, doc.sets.affiliated) || m.ns === toks[m.roleStart].start || toks[m.roleStart].f[0] !== PREPOSITIONS.li) return -1;
  for (let i = m.roleStart - 2; i >= Math.max(0, m.roleStart - 1 - AFFILIATED_WINDOW); i--) if (isMembers(i)) return i;
  return -1;
}
