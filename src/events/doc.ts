// The document frame: tokens with their word information, entity mentions on token ranges, dates
// with their sentence, the organisation the article is about, the dateline, and titles of people.
import { wordIndex, type AnalyzedText } from '../text/analyze.js';
import { WA } from '../text/clitics.js';
import { WORDS } from '../text/intern.js';
import { foldKey } from '../text/normalize.js';
import type { WordToken } from '../text/segment.js';
import type { DateMention, EntityRecord, Mention } from '../types.js';
import { countryOf, isCountryEntity, iso3Of, type Countries } from './countries.js';
import type { CompiledLexicon } from './lexicon/types.js';
import { lexIndex, type CueSets, type WordInfo } from './words.js';

export interface EventContext {
  docId: string;
  entities: EntityRecord[];
  dates: DateMention[];
  published: string | null;
}

/** A token of the text with its index; `w` is what the lexicon says about its word. */
export interface Tok extends WordToken<WordInfo> {
  i: number;
}

export interface Ment {
  ent: EntityRecord;
  m: Mention;
  /** normalised offsets */
  ns: number;
  ne: number;
  /** token range [t0, t1) */
  t0: number;
  t1: number;
  sentence: number;
  isCountry: boolean;
  /** a title region before a person (role), token range */
  roleStart: number;
  /** synthetic (coreference) mention: basis text */
  coref?: string;
  /** a capital standing for its government: the subject of the verb before it, never an object */
  subjectOnly: boolean;
}

/** Every Ment is made here, so that all have one object shape (see uniformEntry in lexicon/compile.ts). */
export function ment(ent: EntityRecord, m: Mention, ns: number, ne: number, t0: number, t1: number, sentence: number,
  isCountry: boolean, roleStart: number, coref?: string, subjectOnly = false): Ment {
  return { ent, m, ns, ne, t0, t1, sentence, isCountry, roleStart, coref, subjectOnly };
}

/** A coreference mention of the events: with every field of the entity engine's mentions (src/entities/build.ts), role undefined when none, for one object shape. */
export function corefMention(text: string, start: number, end: number, sentence: number, confidence: number, role: string | undefined): Mention {
  return { text, start, end, sentence, method: 'coreference', confidence, role };
}

/** A cue phrase found in a sentence: its first token and end token (cues.ts findCue). */
export interface CueSpan { at: number; end: number }

export interface Doc {
  t: AnalyzedText;
  ctx: EventContext;
  lex: CompiledLexicon;
  /** the lexicon's cue word sets (lexIndex(lex).sets) */
  sets: CueSets;
  countries: Countries;
  toks: Tok[];
  /** per sentence: [first token, end token) */
  sentTok: [number, number][];
  /** per sentence, made on its first cue search (cues.ts findCue): the tokens a cue phrase can start at */
  cueStarts: (number[] | undefined)[];
  /** per sentence, then per cue list number: the phrases found (cues.ts findCue), as the rules ask for the same lists again */
  cueSpans: (CueSpan[] | undefined)[][];
  ments: Ment[];
  bySentence: Map<number, Ment[]>;
  dates: DocDate[];
  mainOrg: EntityRecord | null;
  dateline: Loc | null;
  /** first mention of each person title ("الأمين العام ...") by its first two folded words */
  roleHeads: { m: Ment; head: string[] }[];
  /** the source of the last event with one named in its own sentence: who a pronoun with no antecedent in its sentence stands for */
  lastSubject: Ment[];
  /** the sides of the last accusation that named both: whom a denial answers (roles/deniedAccusation.ts) */
  lastAccusation: { accuser: Ment[]; accused: Ment[] } | null;
}

/** A date mention with its normalised offset and sentence. */
export interface DocDate {
  d: DateMention;
  ns: number;
  sentence: number;
}

export interface Loc {
  entity: string;
  name: string;
  country?: string;
  iso3?: string;
  text?: string;
  basis: string;
  /** token position (for nearest choice) */
  pos: number;
  ment?: Ment;
  /** place mentions the phrase uses (not actors) */
  uses?: Ment[];
  /** the country a city, province or region lies in, by name */
  country_name?: string;
  /** a country rather than a city */
  isCountry?: boolean;
  /** where a traveller goes ("وصل X إلى أوزبكستان"): also the place of the purpose after it ("لبحث") */
  destination?: boolean;
  /** the حيث right after the phrase ("في مدينة خودجند، حيث وقعوا"), a token index */
  where?: number;
}

/** Token i is inside one of the mentions or its title (a loop: it runs in token loops). */
export function inMention(ments: readonly Ment[], i: number): boolean {
  for (const m of ments) if (i >= m.roleStart && i < m.t1) return true;
  return false;
}

export function tokenAt(toks: Tok[], ns: number): number {
  // first token whose end > ns
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= ns) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;
/** The words of a person's title ("الرئيس الروسي"). */
export function roleWords(role: string): string[] {
  return role.split(NON_WORD).filter(Boolean);
}

export function prepare(lex: CompiledLexicon, countries: Countries, t: AnalyzedText, ctx: EventContext): Doc {
  const tokens = t.tokens;
  const x = lexIndex(lex);
  const toks: Tok[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const id = wordIndex(t, i);
    toks[i] = { i, start: tokens.start[i], end: tokens.end[i], sentence: tokens.sentence[i], f: WORDS.keys[id], w: x.words.of(id) };
  }
  // filled by push, so that sentTok always has the same elements kind (a map() copy did not)
  const sentTok: [number, number][] = [];
  for (let s = 0, i = 0; s < t.sentences.length; s++) {
    while (i < toks.length && toks[i].sentence < s) i++;
    const a = i;
    while (i < toks.length && toks[i].sentence === s) i++;
    sentTok.push([a, i]);
  }
  const ments: Ment[] = [];
  for (const ent of ctx.entities) {
    for (const m of ent.mentions) {
      const ns = t.toNorm(m.start);
      const ne = Math.max(ns + 1, t.toNorm(m.end));
      const t0 = tokenAt(toks, ns);
      let t1 = t0;
      while (t1 < toks.length && toks[t1].start < ne) t1++;
      if (t0 >= toks.length || t1 === t0) continue;
      const sentence = toks[t0].sentence;
      let roleStart = t0;
      if (m.role && ent.type === 'PERSON') {
        roleStart = Math.max(sentTok[sentence][0], t0 - roleWords(m.role).length);
      }
      ments.push(ment(ent, m, ns, ne, t0, t1, sentence, isCountryEntity(ent, countries), roleStart));
    }
  }
  ments.sort((a, b) => a.ns - b.ns || b.ne - a.ne);
  const bySentence = new Map<number, Ment[]>();
  for (const m of ments) {
    const l = bySentence.get(m.sentence) ?? [];
    l.push(m);
    bySentence.set(m.sentence, l);
  }
  const dates = ctx.dates.map((d): DocDate => {
    const ns = t.toNorm(d.start);
    return { d, ns, sentence: t.sentenceAt(ns) };
  });
  // the organisation the article is about: most mentioned ORG, earliest first on ties; never
  // the agency in the dateline ("يريفان (الأناضول)"), which reports the story
  const nonActor = x.sets.nonActorKinds;
  let mainOrg: EntityRecord | null = null;
  let best = -1, bestFirst = Infinity;
  for (const ent of ctx.entities) {
    if (ent.type !== 'ORG' || !ent.mentions.length) continue;
    if (ent.kind && nonActor?.has(ent.kind.toLowerCase())) continue;
    const n = ent.mentions.length, first = Math.min(...ent.mentions.map((m) => m.start));
    if (n > best || (n === best && first < bestFirst)) { mainOrg = ent; best = n; bestFirst = first; }
  }
  const roleHeads: { m: Ment; head: string[] }[] = [];
  const headSeen = new Set<string>();
  for (const m of ments) {
    if (m.ent.type !== 'PERSON' || !m.m.role) continue;
    const words = roleWords(m.m.role).map(foldWord);
    const head = words.slice(0, 2);
    const key = m.ent.id + '|' + head.join(' ');
    if (head.length < 2 || headSeen.has(key)) continue;
    // "رئيس كازاخستان الأول", "الرئيس الكازاخستاني السابق": who held it before, not who "رئيس كازاخستان" is now
    if (words.slice(2).some((w) => x.sets.former?.has(w))) continue;
    headSeen.add(key);
    roleHeads.push({ m, head });
  }
  const doc: Doc = { t, ctx, lex, sets: x.sets, countries, toks, sentTok, cueStarts: [], cueSpans: [], ments, bySentence, dates, mainOrg, dateline: null, roleHeads, lastSubject: [], lastAccusation: null };
  doc.dateline = findDateline(doc);
  return doc;
}

/**
 * The dateline, in the first sentences: a short line that starts with a place and a dash, a parenthesis or
 * a quotation mark ("أستانا-سانا", "موسكو - سبوتنيك", "آستانة «الأيام» رويترز :", "موسكو ـ مصر اليوم"; « is one
 * once normalised; a tatweel standing for a dash is removed by normalisation, so it is looked for in the
 * original text), or with a city and a comma ("يريفان، 3 سبتمبر (أيلول)."); or a city that opens the report's
 * sentence ("بشكيك - أ ف ب - هدد", "موسكو: أعلنت", "يريفان في 14 سبتمبر /قنا/ أعلن"). A country or a region
 * opening a longer sentence is who speaks or what a headline is about ("أرمينيا: يمكن توقيع اتفاق سلام").
 */
function findDateline(doc: Doc): Loc | null {
  for (let s = 0; s < Math.min(doc.t.sentences.length, 8); s++) {
    const [a, b] = doc.sentTok[s];
    if (b - a === 0) continue;
    const m = (doc.bySentence.get(s) ?? []).find((x) => x.ent.type === 'PLACE' && x.t0 === a);
    if (!m) continue;
    const city = DATELINE_KINDS.has(m.ent.kind ?? '');
    const end = doc.toks[m.t1 - 1].end;
    const after = doc.t.text.slice(end, end + 3);
    const line = b - a <= 4 && (/[-("]/u.test(after) || doc.t.span(end, end + 2).text.includes(TATWEEL) || (city && /[,،]/u.test(after)));
    if (line || (city && opensReport(doc, s)) || countryBeforeVerb(doc, s, m.t1)) return locFromMention(doc, m, 'dateline', m.t0, m.t0);
  }
  return null;
}

/** "بيلاروس – دعت دول المنظمة ...": a country, then a dash, then the report's verb (not a colon: "أرمينيا: يمكن ..." is who speaks). */
function countryBeforeVerb(doc: Doc, s: number, next: number): boolean {
  const tok = doc.toks[next];
  return tok?.sentence === s && /^\s*[-–—]\s*$/u.test(doc.t.text.slice(doc.toks[next - 1].end, tok.start)) && tok.w.trig !== undefined;
}

const TATWEEL = '\u0640';
/** The places a dateline opening a report's sentence names (gazetteer kinds). */
const DATELINE_KINDS = new Set(['capital', 'city']);

/**
 * Sentence s opens with a dateline: its place, then a dash or a colon, or the agency or the date in slashes ("/قنا/",
 * "2017 /قال") or the agency in brackets ("استانا 7 مايو 2015 (شينخوا) وصل").
 */
function opensReport(doc: Doc, s: number): boolean {
  const [a, b] = doc.sentTok[s];
  if (afterDateline(doc, s) > a) return true;
  for (let i = a + 1; i < Math.min(b, a + DATELINE_WORDS); i++) if (/[/)]/u.test(doc.t.text.slice(doc.toks[i - 1].end, doc.toks[i].start))) return true;
  return false;
}

/** A token that is the nisba adjective of a country of the table ("الكازاخستانية", "والأوزبكي" past its و). */
export const isCountryNisba = (doc: Doc, tk: Tok): boolean => doc.countries.nisba.has(tk.f) || doc.countries.nisba.has(tk.w.c);

/** A dateline opening a sentence ends with its dash or colon within this many words ("سوتشي، 15 سبتمبر (الأناضول)–"). */
const DATELINE_WORDS = 10;

/**
 * The first token of sentence s past the separator that ends the dateline it opens with ("بشكيك 30 أبريل 2019 /",
 * "موسكو 5 مارس (رويترز) -"): after a slash, a bracket, a dash or a colon within its first words; -1 when none.
 */
export function datelineEnd(doc: Doc, s: number): number {
  const [a, b] = doc.sentTok[s];
  for (let i = a + 1; i < Math.min(b, a + DATELINE_WORDS); i++) if (/[/)\-–—:]/u.test(doc.t.text.slice(doc.toks[i - 1].end, doc.toks[i].start))) return i;
  return -1;
}

/**
 * The first token of sentence s after the dateline it opens with ("موسكو (رويترز) - قال ..."): a place
 * first, then a dash or a colon before the report's first word; the sentence's first token when none.
 */
export function afterDateline(doc: Doc, s: number): number {
  const [a, b] = doc.sentTok[s];
  if (!(doc.bySentence.get(s) ?? []).some((x) => x.ent.type === 'PLACE' && x.t0 === a)) return a;
  let open = 0;
  for (let i = a + 1; i < Math.min(b, a + DATELINE_WORDS); i++) {
    const gap = doc.t.text.slice(doc.toks[i - 1].end, doc.toks[i].start);
    // a dash inside the agency's parentheses ("(ان ان ان – الأناضول)") is not the dateline's
    for (const c of gap) open += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (open <= 0 && /[-–—:]/u.test(gap.slice(gap.lastIndexOf(')') + 1))) return i;
  }
  return a;
}

/**
 * The article's own entity of a country (ISO2) as an actor with no span of its own, standing for a
 * place's state (a visit's or a summit's host); `basis` says why. Null when the article does not name it.
 */
export function hostCountry(doc: Doc, iso2: string, sentence: number, basis: string): Ment | null {
  const host = doc.ctx.entities.find((e) => e.type === 'PLACE' && isCountryEntity(e, doc.countries) && e.country === iso2);
  return host ? ment(host, host.mentions[0], 0, 0, 0, 0, sentence, true, 0, basis) : null;
}

export function locFromMention(doc: Doc, m: Ment, basis: string, fromTok: number, pos: number): Loc {
  // the phrase from the word after its cue, or from the mention itself when the cue opens it ("بالعاصمة ...")
  const sp = doc.t.span(fromTok > m.t0 ? m.ns : doc.toks[fromTok].start, m.ne);
  const state = m.isCountry ? undefined : countryOf(doc.countries, m.ent.country);
  // every Loc is made here with all its fields, absent ones undefined: one object shape
  return {
    entity: m.ent.id, name: m.ent.name, country: m.ent.country || undefined, iso3: iso3Of(doc.countries, m.ent.country, m.ent.iso3) || undefined,
    text: sp.text, basis, pos, ment: m, uses: undefined, country_name: state?.name, isCountry: undefined, destination: undefined, where: undefined,
  };
}

/** A word with the conjunction و glued to it ("وأوزبكستان", "ونظيره"); a title as written, "وزير", is a word of its own. */
export const andGlued = (doc: Doc, tok: Tok): boolean => tok.f !== tok.w.c && tok.f[0] === WA && !doc.sets.titles?.has(tok.f);

/** A trigger word among tokens [from, to). */
export function triggerBetween(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.toks[i].w.trig !== undefined) return true;
  return false;
}

const FOLD_CACHE = new Map<string, string>();
/** A comma in the normalised text between two offsets (another clause), found without a substring. */
export function commaBetween(doc: Doc, from: number, to: number): boolean {
  const i = doc.t.text.indexOf(',', from);
  return i >= 0 && i < to;
}

export function foldWord(w: string): string {
  let f = FOLD_CACHE.get(w);
  if (f === undefined) {
    f = foldKey(w);
    if (FOLD_CACHE.size > 50000) FOLD_CACHE.clear();
    FOLD_CACHE.set(w, f);
  }
  return f;
}

export function precisionOf(g: string | null | undefined): string | null {
  if (!g) return null;
  if (g === 'day' || g === 'time') return 'day';
  if (g === 'month' || g === 'week') return 'month';
  if (g === 'year' || g === 'decade') return 'year';
  return null;
}
