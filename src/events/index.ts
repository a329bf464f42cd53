// Rule-based event records (PLOVER 0.7 types) from trigger words, entity and date mentions.
import { fnv1a } from '../hash.js';
import type { AnalyzedText } from '../text/analyze.js';
import { WORD_TABLE_MAX, WordInterner } from '../text/intern.js';
import { foldKey } from '../text/normalize.js';
import type { DateMention, EntityRecord, EventActor, EventRecord, Mention } from '../types.js';
import { countryInfo, type CountryInfo } from '../entities/index.js';
import { loadLexicon, QUAD_CLASS, type CompiledLexicon, type TriggerEntry, type TriggerHit } from './lexicon.js';

export interface EventContext {
  docId: string;
  entities: EntityRecord[];
  dates: DateMention[];
  published: string | null;
}

export interface EventEngineOptions {
  /** Extra trigger lexicon files given with --triggers. */
  lexicons?: string[];
}

export interface EventEngine {
  extract(t: AnalyzedText, ctx: EventContext): EventRecord[];
}

export { QUAD_CLASS, PLOVER_TYPES, loadLexicon, lexiconProblems, readLexiconFile } from './lexicon.js';

/** Loads, validates and compiles the built-in and user trigger lexicons once per process. */
export function loadEventEngine(options: EventEngineOptions = {}): EventEngine {
  const lex = loadLexicon(options.lexicons ?? []);
  const countries = loadCountries();
  return { extract: (t, ctx) => extractEvents(lex, t, ctx, countries) };
}

/** Countries, their capitals and nisba adjectives, from the entity engine's gazetteer (cached per process). */
export interface Countries {
  byIso2: Map<string, CountryInfo>;
  /** lower-case English name → country */
  byName: Map<string, CountryInfo>;
  /** folded nisba form → country; a form two countries share is left out */
  nisba: Map<string, CountryInfo>;
}

const COUNTRIES = new WeakMap<Map<string, CountryInfo>, Countries>();
export function loadCountries(): Countries {
  const info = countryInfo();
  let c = COUNTRIES.get(info);
  if (!c) {
    const byName = new Map<string, CountryInfo>();
    const nisba = new Map<string, CountryInfo | null>();
    for (const ci of info.values()) {
      byName.set(ci.name.toLowerCase(), ci);
      for (const n of ci.nisba) nisba.set(n, nisba.has(n) && nisba.get(n) !== ci ? null : ci);
    }
    const unique = new Map<string, CountryInfo>();
    for (const [n, ci] of nisba) if (ci) unique.set(n, ci);
    c = { byIso2: info, byName, nisba: unique };
    COUNTRIES.set(info, c);
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// per-document structures

interface Tok {
  i: number;
  start: number;
  end: number;
  sentence: number;
  f: string;
  /** what the lexicon says about the word (shared by every token of the same folded word) */
  w: WordInfo;
}

interface Ment {
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

/** Every Ment is made here, so that all have one object shape (see uniformEntry in lexicon.ts). */
function ment(ent: EntityRecord, m: Mention, ns: number, ne: number, t0: number, t1: number, sentence: number,
  isCountry: boolean, roleStart: number, coref?: string, subjectOnly = false): Ment {
  return { ent, m, ns, ne, t0, t1, sentence, isCountry, roleStart, coref, subjectOnly };
}

interface Doc {
  t: AnalyzedText;
  ctx: EventContext;
  lex: CompiledLexicon;
  /** the lexicon's cue word sets (lexIndex(lex).sets) */
  sets: CueSets;
  countries: Countries;
  toks: Tok[];
  /** per sentence: [first token, end token) */
  sentTok: [number, number][];
  ments: Ment[];
  bySentence: Map<number, Ment[]>;
  dates: DocDate[];
  mainOrg: EntityRecord | null;
  dateline: Loc | null;
  /** first mention of each person title ("الأمين العام ...") by its first two folded words */
  roleHeads: { m: Ment; head: string[] }[];
}

/** A date mention with its normalised offset and sentence. */
interface DocDate {
  d: DateMention;
  ns: number;
  sentence: number;
}

interface Loc {
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
  /** a country rather than a city */
  isCountry?: boolean;
}

interface Raw {
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
}

const PREFIXES = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك', 'س', 'وس'];
const SUFFIXES = ['هما', 'ها', 'هم', 'ه', 'نا'];

function candidates(f: string): string[] {
  const out = new Set<string>([f]);
  for (const p of PREFIXES) {
    if (f.startsWith(p) && f.length - p.length >= 2) {
      const rest = f.slice(p.length);
      out.add(rest);
      if (p.endsWith('ال') || p.endsWith('لل')) out.add('ال' + rest);
    }
  }
  for (const w of [...out]) for (const s of SUFFIXES) if (w.endsWith(s) && w.length - s.length >= 3) out.add(w.slice(0, -s.length));
  return [...out];
}

function conjStrip(f: string): string {
  return (f.startsWith('و') || f.startsWith('ف')) && f.length > 2 ? f.slice(1) : f;
}

/** Original offset → normalised offset (first normalised index whose original start is >= o). */
function makeOrigToNorm(starts: Int32Array, len: number): (o: number) => number {
  return (o) => {
    let lo = 0, hi = len;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < o) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
}

function tokenAt(toks: Tok[], ns: number): number {
  // first token whose end > ns
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= ns) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function isCountryEntity(ent: EntityRecord, countries: Countries): boolean {
  if (ent.type !== 'PLACE') return false;
  if (ent.kind) return /country|state|nation|دولة/i.test(ent.kind);
  return countries.byName.has(ent.name.toLowerCase());
}

/** A cue phrase with its position in the cue list (earlier phrases are tried first). */
interface CuePhrase { p: string[]; order: number }

/** The per-word part of a token, computed once per distinct folded word and lexicon; shared, read only. */
interface WordInfo {
  /** the word with a leading و/ف conjunction removed (when what is left is a word) */
  c: string;
  /** c without the future prefix س of a verb ("سيشارك" → "يشارك") */
  v: string;
  /** clitic-stripped candidates of the word (for stems and context words) */
  cands: string[];
  /** trigger entries of the word (lex.triggers.get(f)) */
  trig: TriggerHit[] | undefined;
  /** by cue number: the phrases that can start at the word (first word is f, c or v), in list order */
  cues: (CuePhrase[] | undefined)[] | null;
}

/** Per lexicon: cue numbers, first word → phrases per cue, and the word table. */
interface LexIndex {
  cueNo: Map<string, number>;
  firstWord: Map<string, CuePhrase[]>[];
  /** first word of any cue phrase → the cue numbers */
  starts: Map<string, number[]>;
  words: WordInterner<WordInfo>;
  sets: CueSets;
}

/** The cue word lists the event rules consult: name in the rules → name in the lexicon. */
const CUE_SETS = {
  negation: 'negation', future: 'future', background: 'background', relative: 'relative', recipient: 'recipient',
  members: 'members', timePreps: 'time_prepositions', recipientBlockers: 'recipient_blockers', preps: 'prepositions',
  supportVerbs: 'support_verbs', excludedKinds: 'participant_excluded_kinds', destinationRules: 'destination_rules',
  titles: 'titles', nonActorKinds: 'non_actor_kinds', location: 'location', visitLocation: 'visit_location',
  placeHeads: 'place_heads', capital: 'capital', locationBlockers: 'location_blockers',
} as const;
type CueSets = { [K in keyof typeof CUE_SETS]: Set<string> | undefined };

/** The cue word sets, looked up once per lexicon rather than once per sentence. */
function cueSets(lex: CompiledLexicon): CueSets {
  return Object.fromEntries(Object.entries(CUE_SETS).map(([k, name]) => [k, lex.cueWords.get(name)])) as CueSets;
}

const LEX_INDEX = new WeakMap<CompiledLexicon, LexIndex>();
function lexIndex(lex: CompiledLexicon): LexIndex {
  let x = LEX_INDEX.get(lex);
  if (!x) {
    const cueNo = new Map<string, number>();
    const firstWord: Map<string, CuePhrase[]>[] = [];
    for (const [cue, phrases] of lex.cues) {
      const idx = new Map<string, CuePhrase[]>();
      phrases.forEach((p, order) => {
        if (!p.length) return;
        const l = idx.get(p[0]);
        if (l) l.push({ p, order }); else idx.set(p[0], [{ p, order }]);
      });
      cueNo.set(cue, firstWord.length);
      firstWord.push(idx);
    }
    const starts = new Map<string, number[]>();
    firstWord.forEach((idx, n) => {
      for (const w of idx.keys()) {
        const l = starts.get(w);
        if (l) l.push(n); else starts.set(w, [n]);
      }
    });
    const index: Omit<LexIndex, 'words' | 'sets'> = { cueNo, firstWord, starts };
    x = { ...index, words: new WordInterner((f) => wordInfo(lex, index, f), WORD_TABLE_MAX), sets: cueSets(lex) };
    LEX_INDEX.set(lex, x);
  }
  return x;
}

/** Describes a folded word (once per word: see LexIndex.words). */
function wordInfo(lex: CompiledLexicon, x: Omit<LexIndex, 'words' | 'sets'>, f: string): WordInfo {
  const c = conjStrip(f);
  const v = c.length > 3 && c[0] === 'س' && 'يتنا'.includes(c[1]) ? c.slice(1) : c;
  let cues: (CuePhrase[] | undefined)[] | null = null;
  const sf = x.starts.get(f), sc = c !== f ? x.starts.get(c) : undefined, sv = v !== f && v !== c ? x.starts.get(v) : undefined;
  const nos = sf || sc || sv ? [...new Set([...(sf ?? []), ...(sc ?? []), ...(sv ?? [])])] : [];
  for (const n of nos) {
    const idx = x.firstWord[n];
    const lf = idx.get(f);
    const lc = c !== f ? idx.get(c) : undefined;
    const lv = v !== f && v !== c ? idx.get(v) : undefined;
    if (!lf && !lc && !lv) continue;
    const list = (lf ? 1 : 0) + (lc ? 1 : 0) + (lv ? 1 : 0) === 1 ? (lf ?? lc ?? lv)!
      : [...(lf ?? []), ...(lc ?? []), ...(lv ?? [])].sort((a, b) => a.order - b.order);
    (cues ??= new Array(x.firstWord.length))[n] = list;
  }
  return { c, v, cands: candidates(f), trig: lex.triggers.get(f), cues };
}

const NON_WORD = /[^\p{L}\p{N}]+/u;
function roleWords(role: string): string[] {
  return role.split(NON_WORD).filter(Boolean);
}

function prepare(lex: CompiledLexicon, countries: Countries, t: AnalyzedText, ctx: EventContext): Doc {
  const tokens = t.tokens;
  const x = lexIndex(lex);
  const toks: Tok[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i];
    const n = x.words.find(t.folded, k.start, k.end);
    const f = x.words.keys[n];
    const w = x.words.values[n];
    toks[i] = { i, start: k.start, end: k.end, sentence: k.sentence, f, w };
  }
  const sentTok: [number, number][] = t.sentences.map(() => [0, 0]);
  for (let s = 0, i = 0; s < t.sentences.length; s++) {
    while (i < toks.length && toks[i].sentence < s) i++;
    const a = i;
    while (i < toks.length && toks[i].sentence === s) i++;
    sentTok[s] = [a, i];
  }
  const o2n = makeOrigToNorm(t.norm.starts, t.text.length);
  const ments: Ment[] = [];
  for (const ent of ctx.entities) {
    for (const m of ent.mentions) {
      const ns = o2n(m.start);
      const ne = Math.max(ns + 1, o2n(m.end));
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
    const ns = o2n(d.start);
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
    const head = roleWords(m.m.role).slice(0, 2).map(foldWord);
    const key = m.ent.id + '|' + head.join(' ');
    if (head.length < 2 || headSeen.has(key)) continue;
    headSeen.add(key);
    roleHeads.push({ m, head });
  }
  const doc: Doc = { t, ctx, lex, sets: x.sets, countries, toks, sentTok, ments, bySentence, dates, mainOrg, dateline: null, roleHeads };
  doc.dateline = findDateline(doc);
  return doc;
}

/** "أستانا-سانا", "موسكو - سبوتنيك": a short line in the first sentences that starts with a place. */
function findDateline(doc: Doc): Loc | null {
  for (let s = 0; s < Math.min(doc.t.sentences.length, 8); s++) {
    const [a, b] = doc.sentTok[s];
    if (b - a === 0 || b - a > 4) continue;
    const m = (doc.bySentence.get(s) ?? []).find((x) => x.ent.type === 'PLACE' && x.t0 === a);
    if (!m) continue;
    const after = doc.t.text.slice(doc.toks[m.t1 - 1].end, doc.toks[m.t1 - 1].end + 3);
    if (!after.includes('-') && !after.includes('(')) continue;
    return locFromMention(doc, m, 'dateline', m.t0, m.t0);
  }
  return null;
}

function iso3Of(countries: Countries, country?: string, iso3?: string): string | undefined {
  return iso3 ?? (country ? countries.byIso2.get(country.toUpperCase())?.iso3 : undefined);
}

function locFromMention(doc: Doc, m: Ment, basis: string, fromTok: number, pos: number): Loc {
  const sp = doc.t.span(doc.toks[fromTok].start, m.ne);
  const loc: Loc = { entity: m.ent.id, name: m.ent.name, basis, text: sp.text, pos, ment: m };
  if (m.ent.country) loc.country = m.ent.country;
  const iso3 = iso3Of(doc.countries, m.ent.country, m.ent.iso3);
  if (iso3) loc.iso3 = iso3;
  return loc;
}

// ---------------------------------------------------------------------------------------------
// cues

function tokIs(tok: Tok | undefined, set: Set<string> | undefined): boolean {
  return !!tok && !!set && (set.has(tok.f) || set.has(tok.w.c) || set.has(tok.w.v));
}

/** Tries phrases (in list order) at token i; the end token of the first that matches, or -1. */
function cueAt(toks: Tok[], i: number, b: number, list: CuePhrase[]): number {
  for (const { p } of list) {
    if (i + p.length > b) continue;
    let ok = true;
    for (let k = 1; k < p.length; k++) if (toks[i + k].f !== p[k]) { ok = false; break; }
    if (ok) return i + p.length;
  }
  return -1;
}

/** Token indices (first word) of every occurrence of a cue phrase in a sentence. */
function findCue(doc: Doc, s: number, name: string): { at: number; end: number }[] {
  const n = lexIndex(doc.lex).cueNo.get(name);
  const out: { at: number; end: number }[] = [];
  if (n === undefined) return out;
  const [a, b] = doc.sentTok[s];
  const toks = doc.toks;
  for (let i = a; i < b; i++) {
    const cues = toks[i].w.cues;
    const list = cues === null ? undefined : cues[n];
    if (list === undefined) continue;
    const end = cueAt(toks, i, b, list);
    if (end >= 0) { out.push({ at: i, end }); i = end - 1; }
  }
  return out;
}

function requirementsMet(doc: Doc, tokIdx: number, hit: TriggerHit): boolean {
  const s = doc.toks[tokIdx].sentence;
  const [a, b] = doc.sentTok[s];
  for (const r of hit.entry.requires ?? []) {
    const w = r.window ?? 3;
    const side = r.side ?? 'after';
    const lo = side === 'after' ? tokIdx + 1 : Math.max(a, tokIdx - w);
    const hi = side === 'before' ? tokIdx - 1 : Math.min(b - 1, tokIdx + w);
    let found = false;
    for (let k = lo; k <= hi && !found; k++) {
      if (k === tokIdx) continue;
      const cands = doc.toks[k].w.cands;
      for (const word of r.any) {
        if (word.startsWith('=') ? cands.includes(word.slice(1)) : cands.some((c) => c.startsWith(word))) { found = true; break; }
      }
    }
    if (!found) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// actors

function actorOf(doc: Doc, m: Ment, basis = 'sentence'): EventActor {
  // absent fields are undefined rather than missing, so every actor has one object shape (and
  // JSON leaves them out all the same)
  return {
    entity: m.ent.id, name: m.ent.name, type: m.ent.type,
    basis: m.m.method === 'coreference' && !m.coref ? 'coreference' : m.coref ?? basis,
    role: m.m.role || undefined,
    country: m.ent.country || undefined,
    iso3: iso3Of(doc.countries, m.ent.country, m.ent.iso3) || undefined,
  };
}

/** Mentions in a sentence that can be actors: people, organisations and countries, minus titles of people. */
function actorMentions(doc: Doc, s: number, locMents: Set<Ment>): Ment[] {
  const all = doc.bySentence.get(s) ?? [];
  const persons = all.filter((m) => m.ent.type === 'PERSON');
  const { titles, nonActorKinds: nonActor, supportVerbs } = doc.sets;
  const attributes = new Set<Ment>();
  const out: Ment[] = [];
  let prev: Ment | null = null;
  for (const m of all) {
    if (m.ent.type !== 'PERSON') {
      // part of a person's title ("رئيس جمهورية طاجيكستان إمام علي رحمان", "الرئيس الروسي فلاديمير بوتين",
      // "رئيس مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي ، إمام علي رحمان")
      const titled = [m.t0 - 1, m.t0 - 2].some((i) => i >= 0 && doc.toks[i].sentence === s && tokIs(doc.toks[i], titles)) ||
        (prev !== null && attributes.has(prev) && m.t0 - prev.t1 <= 1 && !hasBreak(doc, prev.ne, m.ns));
      const owner = persons.find((p) => (m.t0 >= p.roleStart && m.t1 <= p.t0) || (p.t0 >= m.t1 && p.t0 - m.t1 <= 1 && !hasBreak(doc, m.ne, p.ns)) ||
        (titled && p.t0 >= m.t1 && p.t0 - m.t1 <= 14));
      if (owner) { attributes.add(m); prev = m; continue; }
      // "الرئيس الروسي" with no name: the title of a person, not the country
      if (m.m.method === 'nisba' && [m.t0 - 1].some((i) => i >= 0 && doc.toks[i].sentence === s && tokIs(doc.toks[i], titles))) { attributes.add(m); prev = m; continue; }
      // news agencies report events, they are not their actors
      if (m.ent.kind && nonActor?.has(m.ent.kind.toLowerCase())) { prev = m; continue; }
    }
    prev = m;
    if (locMents.has(m)) continue;
    // a capital right after a verb stands for its government ("حملت دوشنبه الجانب القيرغيزي المسؤولية")
    const metonym = m.ent.kind === 'capital' && m.t0 > 0 && doc.toks[m.t0 - 1].sentence === s &&
      (doc.toks[m.t0 - 1].w.trig !== undefined || tokIs(doc.toks[m.t0 - 1], supportVerbs));
    if (m.ent.type === 'PLACE' && !m.isCountry && !metonym) continue;
    // nested mentions: keep the outer one
    if (out.some((o) => o.ns <= m.ns && o.ne >= m.ne && o !== m)) continue;
    out.push(metonym ? ment(m.ent, m.m, m.ns, m.ne, m.t0, m.t1, m.sentence, m.isCountry, m.roleStart, m.coref, true) : m);
  }
  return out;
}

function hasBreak(doc: Doc, from: number, to: number): boolean {
  const gap = doc.t.text.slice(from, to);
  return gap.includes(',') || gap.includes('.') || gap.includes(':');
}

/** Group nouns ("المنظمة", "الدول الأعضاء") and titles ("الأمين العام") resolved to entities named elsewhere. */
function corefMentions(doc: Doc, s: number, present: Ment[]): Ment[] {
  const out: Ment[] = [];
  const [a, b] = doc.sentTok[s];
  const covered = (i: number): boolean => (doc.bySentence.get(s) ?? []).some((m) => i >= m.roleStart && i < m.t1);
  if (doc.mainOrg) {
    const org = doc.mainOrg;
    for (const g of findCue(doc, s, 'groups')) {
      if (covered(g.at)) continue;
      // "دول منظمة ...": the organisation is named right after
      if (present.some((m) => m.ent.type === 'ORG' && m.t0 >= g.end && m.t0 <= g.end + 1)) continue;
      const surface = doc.t.span(doc.toks[g.at].start, doc.toks[g.end - 1].end).text;
      out.push(ment(org, { text: surface, start: 0, end: 0, sentence: s, method: 'coreference', confidence: 0.6 },
        doc.toks[g.at].start, doc.toks[g.end - 1].end, g.at, g.end, s, false, g.at, `coreference: ${surface}`));
    }
  }
  // titles of people named in earlier sentences
  const seen = new Set<string>();
  for (const { m, head } of doc.roleHeads) {
    if (m.sentence >= s || seen.has(m.ent.id)) continue;
    for (let i = a; i + 1 < b; i++) {
      if ((doc.toks[i].f !== head[0] && doc.toks[i].w.c !== head[0]) || doc.toks[i + 1].f !== head[1]) continue;
      if (covered(i)) continue;
      // a name right after the title belongs to it
      const next = (doc.bySentence.get(s) ?? []).find((p) => p.ent.type === 'PERSON' && p.t0 > i && p.t0 <= i + 5);
      if (next) continue;
      const surface = doc.t.span(doc.toks[i].start, doc.toks[i + 1].end).text;
      seen.add(m.ent.id);
      out.push(ment(m.ent, { ...m.m, text: surface, sentence: s, method: 'coreference' },
        doc.toks[i].start, doc.toks[i + 1].end, i, i + 2, s, false, i, `coreference: ${surface}`));
      break;
    }
  }
  return out;
}

const FOLD_CACHE = new Map<string, string>();
function foldWord(w: string): string {
  let f = FOLD_CACHE.get(w);
  if (f === undefined) {
    f = foldKey(w);
    if (FOLD_CACHE.size > 50000) FOLD_CACHE.clear();
    FOLD_CACHE.set(w, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// locations

function sentenceLocations(doc: Doc, s: number, visitToks: number[]): Loc[] {
  const [a, b] = doc.sentTok[s];
  const ments = doc.bySentence.get(s) ?? [];
  const places = ments.filter((m) => m.ent.type === 'PLACE');
  const { location: locCue, visitLocation: visitCue, placeHeads: heads, capital, locationBlockers: blockers } = doc.sets;
  const out: Loc[] = [];
  for (let k = a; k < b; k++) {
    const tk = doc.toks[k];
    const isLoc = tokIs(tk, locCue);
    const isVisit = tokIs(tk, visitCue) && visitToks.some((v) => Math.abs(k - v) <= 6);
    // a place glued to its preposition: "بدوشنبه" is found as a mention starting at this token
    if (!isLoc && !isVisit) continue;
    // topic, not place: "الوضع في أفغانستان"
    const prev = doc.toks[k - 1];
    if (tk.w.c === 'في' && blockers && prev?.sentence === s && prev.w.cands.some((c) => blockers.has(c))) continue;
    let j = k + 1;
    let sawCapital = false, nisbaCountry: CountryInfo | null = null, country: Ment | null = null;
    let found: Ment | null = null;
    for (; j < Math.min(b, k + 7); j++) {
      const m = places.find((p) => p.t0 === j);
      if (m) {
        if (!m.isCountry) { found = m; break; }
        country = country ?? m;
        j = m.t1 - 1;
        continue;
      }
      const f = doc.toks[j];
      if (tokIs(f, capital)) { sawCapital = true; continue; }
      if (tokIs(f, heads)) continue;
      const n = doc.countries.nisba.get(f.f) ?? doc.countries.nisba.get(f.w.c);
      if (n) { nisbaCountry = nisbaCountry ?? n; continue; }
      break;
    }
    const uses = places.filter((p) => p.t0 > k && p.t0 <= j);
    if (found) { out.push({ ...locFromMention(doc, found, 'sentence', k + 1, k), uses }); continue; }
    const ci = country ? doc.countries.byIso2.get((country.ent.country ?? '').toUpperCase()) ?? doc.countries.byName.get(country.ent.name.toLowerCase()) ?? null : nisbaCountry;
    if (sawCapital && ci && ci.capital) {
      const cap = ci.capital;
      const text = doc.t.span(doc.toks[k + 1].start, doc.toks[Math.max(k + 1, j - 1)].end).text;
      const known = doc.ctx.entities.find((e) => e.type === 'PLACE' && (e.id === cap.id || e.name === cap.name || foldWord(e.name_ar) === foldWord(cap.name_ar)));
      out.push({
        entity: known?.id ?? cap.id, name: known?.name ?? cap.name,
        country: ci.iso2, iso3: ci.iso3, text, basis: 'sentence', pos: k, uses,
      });
      continue;
    }
    if (country) out.push({ ...locFromMention(doc, country, 'sentence', k + 1, k), uses, isCountry: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// extraction

/** Records whose sentence has a date mention with no value: its text, for the one-a-story key. */
const UNRESOLVED = new WeakMap<EventRecord, string>();
const PERIOD = new WeakMap<EventRecord, string>();

const DIRECT_OBJECT = new Set(['RETREAT', 'SUPPORT', 'ACCUSE', 'REJECT', 'THREATEN', 'ASSAULT', 'SANCTION', 'COERCE', 'AID', 'REQUEST', 'PROTEST', 'CONCEDE']);

/** A stable 64-bit id (16 hex digits): FNV-1a forwards and a second FNV-1a variant backwards with another basis. */
function eventId(s: string): string {
  let h = 0xcbf29ce4 >>> 0;
  for (let i = s.length - 1; i >= 0; i--) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fnv1a(s).toString(16).padStart(8, '0') + (h >>> 0).toString(16).padStart(8, '0');
}

function precisionOf(g: string | null | undefined): string | null {
  if (!g) return null;
  if (g === 'day' || g === 'time') return 'day';
  if (g === 'month' || g === 'week') return 'month';
  if (g === 'year' || g === 'decade') return 'year';
  return null;
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?(T[\d:]+)?$|^\d{4}-W\d{2}$/;

export function extractEvents(lex: CompiledLexicon, t: AnalyzedText, ctx: EventContext, countries: Countries = loadCountries()): EventRecord[] {
  if (!t.tokens.length) return [];
  const doc = prepare(lex, countries, t, ctx);
  const raws: Raw[] = [];
  for (let s = 0; s < t.sentences.length; s++) {
    const r = sentenceEvents(doc, s);
    for (const x of r) raws.push(x);
  }
  const main = mainEvent(raws);
  if (!main) return [];
  main.rec.main = true;
  // the main event's own date and place when its sentence has none
  if (!main.rec.date && ctx.published && main.rec.status === 'reported') setArticleDate(main.rec, ctx.published);
  if (!main.rec.location && doc.dateline && main.rec.status === 'reported') {
    setLocation(main.rec, { ...doc.dateline, basis: 'dateline' }, 'location: dateline');
  }
  const out: EventRecord[] = [];
  /** sentences with an event of their own, not a meeting recalled by anaphora */
  const reportedIn = new Set(raws.filter((x) => !x.anaphoric).map((x) => x.rec.sentence.index));
  for (const r of raws) if (r === main || completeFromStory(r, main.rec, out, reportedIn, ctx.published)) out.push(r.rec);
  const kept = oneAStory(out);
  for (const e of kept) {
    // "اجتماع"/"التقى" name a meeting of two sides only when two sides are named and neither is
    // an organisation: a meeting of a council of ministers, or one with a side left unnamed, is a meeting
    if (e.subtype === 'bilateral meeting' && (sides(e) !== 2 || e.source.some((a) => a.type === 'ORG'))) e.subtype = 'meeting';
    e.confidence = scoreConfidence(e);
  }
  return kept;
}

function actorCount(r: Raw): number {
  const e = r.rec;
  return e.source.length + e.recipient.length + e.chair.length + e.participants.length + e.invited.length;
}

/** The first sentence with an event that has actors; there, the one with most actors. */
function mainEvent(raws: Raw[]): Raw | null {
  const withActors = raws.filter((r) => actorCount(r) > 0);
  if (!withActors.length) return null;
  const named = withActors.filter((r) => !r.groupOnly);
  const firstS = Math.min(...(named.length ? named : withActors).map((r) => r.rec.sentence.index));
  const pool = withActors.filter((r) => r.rec.sentence.index === firstS);
  const statusRank = (r: Raw): number => (r.rec.status === 'reported' ? 0 : r.rec.status === 'planned' ? 1 : 2);
  const complete = (r: Raw): number => (r.rec.source.length ? 2 : 0) + (r.rec.recipient.length || r.rec.participants.length || r.rec.chair.length ? 1 : 0);
  return [...pool].sort((x, y) => statusRank(x) - statusRank(y) || complete(y) - complete(x) || x.tok.start - y.tok.start)[0];
}

/**
 * Fills in what an event that is not the main one leaves to the story: the actors, date and
 * place of the meeting it recalls, the sides or leaders of the main event, its date and place.
 * False when the event still has no actor (it is dropped).
 */
function completeFromStory(r: Raw, main: EventRecord, out: EventRecord[], reportedIn: Set<number>, published: string | null): boolean {
  const e = r.rec;
  // "خلال الجلسة", "في هذه القمة": the meeting already reported (the main event or the last one of the type)
  const ante = r.anaphoric
    ? [...out].reverse().find((x) => x.type === e.type && x.source.length && x.status === e.status) ??
      (main.type === e.type && main.source.length && main.status === e.status ? main : null)
    : null;
  if (ante) fromAntecedent(e, ante, ante === main, reportedIn);
  else if (r.parties && (!e.source.length || e.source.every((a) => a.basis !== 'sentence')) && main.source.length) {
    e.source = [...main.source, ...main.recipient].map((a) => ({ ...a, basis: 'coreference: main event' }));
    e.basis.push('source: the two sides of the main event');
  } else if (r.leaders && !e.source.length) {
    // "ووقع القادة في ختام القمة": the people at the main event, else its sides
    const present = [...main.chair, ...main.participants].filter((a) => a.type === 'PERSON');
    const leaders = present.length ? present : [...main.source, ...main.recipient];
    e.source = [...new Map(leaders.map((a) => [a.entity, { ...a, basis: 'coreference: main event' }])).values()];
    if (e.source.length) e.basis.push('source: the leaders at the main event');
  }
  if (!e.source.length && !e.recipient.length && !e.participants.length && !e.chair.length && !e.invited.length) return false;
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
  const sameHappening = e.type === main.type || r.anaphoric;
  if (!e.location && main.location && compatible && sameHappening && !r.background &&
      (!e.date || !main.date || e.date.value === main.date.value)) {
    setLocation(e, { ...main.location, basis: 'lead' } as Loc, 'location: lead');
  }
  return true;
}

/** The actors, date and place of the meeting an anaphoric event recalls. */
function fromAntecedent(e: EventRecord, ante: EventRecord, isMain: boolean, reportedIn: Set<number>): void {
  const where = isMain ? 'main event' : `sentence ${ante.sentence.index}`;
  // "خلال القمة، قال بوتين": who acts at the meeting took part in it; not so the arguments of
  // another event the sentence reports ("ووقع القادة في ختام القمة على وثائق بشأن قوات الرد السريع")
  if (e.type === 'CONSULT' && !reportedIn.has(e.sentence.index)) for (const a of e.source) if (!e.participants.some((p) => p.entity === a.entity)) e.participants.push(a);
  e.source = ante.source.map((a) => ({ ...a, basis: where }));
  e.recipient = ante.recipient.map((a) => ({ ...a, basis: where }));
  e.basis.push(`source: ${where}`);
  if (!e.date && ante.date) {
    e.date = { ...ante.date, basis: isMain ? 'main event' : where };
    e.date_precision = ante.date_precision;
    e.date_basis = ante.date_basis;
    e.basis.push(`date: ${where}`);
  }
  if (!e.location && ante.location) setLocation(e, { ...ante.location, basis: isMain ? 'lead' : where } as Loc, `location: ${isMain ? 'lead' : where}`);
}

/** Distinct sides of a meeting: source and recipient, or with no recipient, source and those present. */
function sides(e: EventRecord): number {
  const present = e.recipient.length ? e.recipient : [...e.participants, ...e.chair];
  return new Set([...e.source, ...present].map((a) => a.entity)).size;
}

function setArticleDate(e: EventRecord, published: string): void {
  e.date = { value: published, granularity: published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year', basis: 'article date' };
  e.date_precision = precisionOf(e.date.granularity);
  e.date_basis = 'article date';
  e.basis.push('date: article date');
}

/** Sets the location; `note` goes to the record's basis when the place comes from outside the sentence. */
function setLocation(e: EventRecord, loc: Loc, note: string | null): void {
  const { entity, name, country, iso3, text } = loc;
  e.location = { entity, name, basis: loc.basis };
  if (country) e.location.country = country;
  if (iso3) e.location.iso3 = iso3;
  if (text) e.location.text = text;
  if (note) e.basis.push(note);
}

function scoreConfidence(e: EventRecord): number {
  let c = e.confidence;
  if (!e.source.length) c -= 0.15;
  if (e.source.some((a) => a.basis !== 'sentence')) c -= 0.1;
  if (e.date && e.date.basis === 'sentence') c += 0.05;
  if (e.location && e.location.basis === 'sentence') c += 0.05;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

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

const NO_EVENTS: Raw[] = [];
/** "منذ عام 2012" dates a state that began then, not what the sentence reports. */
const SINCE = /(?:^|\s)منذ\s*$/u;
/** An active participle in the accusative: "منتقدا", "محذرا". */
const PARTICIPLE = /^م\p{L}{2,}ا$/u;

interface Hit { k: number; hit: TriggerHit }
/** A full trigger with the light and repeated triggers that join it: one event. */
interface Group { head: Hit; extra: Hit[] }
/** A cue phrase found in a sentence: its first token and end token. */
interface CueSpan { at: number; end: number }

/** What the events of one sentence share. */
interface Frame {
  doc: Doc;
  s: number;
  /** token range of the sentence */
  a: number;
  b: number;
  sets: CueSets;
  groups: Group[];
  anaphora: CueSpan[];
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
  chairCues: CueSpan[];
  partCues: CueSpan[];
  invitedCues: CueSpan[];
  agentCues: CueSpan[];
  /** "الدول الأعضاء في منظمة X", "دول منظمة X": the organisation is who acts */
  groupHeads: Set<Ment>;
  parties: boolean;
  leaders: boolean;
  groupOnlyActors: boolean;
  /** the subject of the previous event of the sentence (coordinated verbs and participles share it) */
  lastSource: Ment[];
  /** source and recipient of the last event of the sentence that has both */
  lastSides: Ment[];
}

/** One event being filled in: its trigger group, its roles, and the mentions already given one. */
interface Slots {
  f: Frame;
  g: Group;
  entry: TriggerEntry;
  /** the head trigger's token */
  k: number;
  isVerb: boolean;
  used: Set<Ment>;
  chair: Ment[];
  participants: Ment[];
  invited: Ment[];
  source: Ment[];
  recipient: Ment[];
  basis: string[];
}

function sentenceEvents(doc: Doc, s: number): Raw[] {
  const [a, b] = doc.sentTok[s];
  // most sentences have no trigger word at all
  const hits = triggerHits(doc, s, a, b);
  if (!hits.length) return NO_EVENTS;
  const f = sentenceFrame(doc, s, hits);
  const out: Raw[] = [];
  for (const g of f.groups) out.push(groupEvent(f, g));
  return out;
}

/** Trigger words whose requirements are met; a trigger word inside a name is none ("منظمة شنغهاي للتعاون"). */
function triggerHits(doc: Doc, s: number, a: number, b: number): Hit[] {
  const toks = doc.toks;
  const hits: Hit[] = [];
  // tokens of the sentence inside a name (after its first word), marked when first needed
  let named: Uint8Array | null = null;
  for (let k = a; k < b; k++) {
    const list = toks[k].w.trig;
    if (!list) continue;
    if (!named) named = namedTokens(doc, s, a, b);
    if (named[k - a] === 1) continue;
    const h = list.find((x) => requirementsMet(doc, k, x));
    if (h) hits.push({ k, hit: h });
  }
  return hits;
}

function namedTokens(doc: Doc, s: number, a: number, b: number): Uint8Array {
  const named = new Uint8Array(b - a);
  for (const m of doc.bySentence.get(s) ?? []) {
    if (m.ent.type === 'PLACE') continue;
    for (let x = Math.max(m.t0 + 1, a), to = Math.min(m.t1, b); x < to; x++) named[x - a] = 1;
  }
  return named;
}

/** Light triggers join the nearest full trigger of the same type; close same-type triggers merge. */
function groupHits(hits: Hit[]): Group[] {
  const groups: Group[] = [];
  for (const h of hits) {
    if (h.hit.entry.light) continue;
    const prev = groups.length ? groups[groups.length - 1] : null;
    // "اتفاق لتسريع اعتماد", "زار ... في زيارة": one event said twice
    if (prev && prev.head.hit.entry.type === h.hit.entry.type &&
        (prev.head.hit.entry.subtype === h.hit.entry.subtype || h.k - prev.head.k <= 2) &&
        h.k - Math.max(prev.head.k, ...prev.extra.map((x) => x.k)) <= 4) {
      prev.extra.push(h);
    } else {
      groups.push({ head: h, extra: [] });
    }
  }
  for (const h of hits) {
    if (!h.hit.entry.light) continue;
    let best: Group | null = null, dist = Infinity;
    for (const g of groups) {
      if (g.head.hit.entry.type !== h.hit.entry.type) continue;
      const d = groupDist(g, h.k);
      if (d < dist) { dist = d; best = g; }
    }
    if (best && dist <= 12) best.extra.push(h);
  }
  return groups;
}

function groupDist(g: Group, pos: number): number {
  let d = Math.abs(g.head.k - pos);
  for (const h of g.extra) d = Math.min(d, Math.abs(h.k - pos));
  return d;
}

/** The sentence-wide arguments: places, actors, dates, cue phrases. */
function sentenceFrame(doc: Doc, s: number, hits: Hit[]): Frame {
  const { t, sets } = doc;
  const [a, b] = doc.sentTok[s];
  const groups = groupHits(hits);
  // "زيارة إلى موسكو", "إرسال قوات إلى كازاخستان": after these events, إلى names the place
  const visitToks = hits.filter((h) => sets.destinationRules?.has(h.hit.entry.rule)).map((h) => h.k);
  const locs = sentenceLocations(doc, s, visitToks);
  const locMents = new Set(locs.flatMap((l) => [...(l.ment ? [l.ment] : []), ...(l.uses ?? [])]));
  const base = actorMentions(doc, s, locMents);
  const actors = [...base, ...corefMentions(doc, s, base)].sort((x, y) => x.t0 - y.t0);
  const sent = t.sentences[s];
  const foldedSentence = t.folded.slice(sent.start, sent.end);
  const groupHeads = new Set<Ment>();
  for (const g of findCue(doc, s, 'groups')) for (const m of actors) if (m.ent.type === 'ORG' && m.t0 >= g.end && m.t0 <= g.end + 1) groupHeads.add(m);
  const owner = new Map<Loc, Group>();
  for (const l of locs) {
    let best = groups[0];
    for (const g of groups) if (groupDist(g, l.pos) < groupDist(best, l.pos)) best = g;
    owner.set(l, best);
  }
  return {
    doc, s, a, b, sets, groups,
    anaphora: findCue(doc, s, 'anaphora'),
    locs, owner, actors,
    virtual: findCue(doc, s, 'virtual').length > 0,
    sentSpan: { ...t.span(sent.start, sent.end), index: s },
    sentDates: doc.dates.filter((d) => d.sentence === s && d.d.value && ISO.test(d.d.value) && precisionOf(d.d.granularity) && !SINCE.test(t.folded.slice(Math.max(0, d.ns - 6), d.ns))),
    contextTags: contextCues(doc.lex).filter(([, re]) => re.test(foldedSentence)).map(([k]) => k),
    chairCues: findCue(doc, s, 'chair'),
    partCues: findCue(doc, s, 'participants'),
    invitedCues: findCue(doc, s, 'invited'),
    agentCues: findCue(doc, s, 'agent'),
    groupHeads,
    parties: findCue(doc, s, 'parties').length > 0,
    leaders: findCue(doc, s, 'leaders').length > 0,
    groupOnlyActors: actors.every((m) => !!m.coref),
    lastSource: [],
    lastSides: [],
  };
}

/** One event record from a trigger group: roles, place, status, date. */
function groupEvent(f: Frame, g: Group): Raw {
  const toks = f.doc.toks;
  const entry = g.head.hit.entry;
  const k = g.head.k;
  const ev: Slots = {
    f, g, entry, k, isVerb: entry.pos === 'verb' && !g.head.hit.suffixed, used: new Set<Ment>(),
    chair: [], participants: [], invited: [], source: [], recipient: [], basis: [],
  };
  if (entry.type === 'CONSULT') meetingRoles(ev);
  for (const c of f.agentCues) {
    const m = f.actors.find((x) => x.t0 >= c.end && x.t0 - c.end <= 2 && !ev.used.has(x));
    if (m) for (const x of withCoordinated(ev, m)) ev.source.push(pick(ev, x));
  }
  // dual verbs ("ناقشا", "تبادلا"): the two sides named before
  const w = toks[k].w.c;
  const dual = ev.isVerb && !g.head.hit.future && w.length > 3 && w.endsWith('ا') && !w.endsWith('وا') && entry.forms.includes(w);
  const ofFound = findSource(ev, dual);
  findRecipient(ev);
  const loc = eventLocation(ev);
  const anaphoric = [g.head, ...g.extra].some((h) => f.anaphora.some((x) => x.end - 1 === h.k) && !h.hit.suffixed) && !ofFound && !ev.chair.length;
  // meetings: the organisations and people of the sentence take part, unless the meeting is
  // only recalled beside another event ("ووقع القادة في ختام القمة على وثائق بشأن قوات الرد السريع")
  if (entry.type === 'CONSULT' && !(anaphoric && f.groups.length > 1)) {
    for (const m of f.actors) {
      if (ev.used.has(m) || (m.ent.type !== 'ORG' && m.ent.type !== 'PERSON') || m.coref) continue;
      if (m.ent.kind && f.sets.excludedKinds?.has(m.ent.kind.toLowerCase())) continue;
      if (Math.abs(k - m.t0) <= 10 || Math.abs(k - (m.t1 - 1)) <= 10) ev.participants.push(pick(ev, m));
    }
  }
  const status = statusOf(f, g);
  const isBackground = near(f, f.sets.background, k - 3, k - 1);
  const dated = eventDate(ev, status);
  // dual verbs ("أجرى X اتصالا مع Y، واتفقا على"): the two sides of the event before
  if (dual && !ev.source.length && f.lastSides.length) {
    ev.source.push(...f.lastSides);
    ev.basis.push('source: the two sides of the event before');
  }
  if (ev.source.length) f.lastSource = ev.source;
  if (ev.source.length && ev.recipient.length) f.lastSides = [...ev.source, ...ev.recipient];
  const rec = eventRecord(ev, status, dated);
  if (loc) setLocation(rec, loc, null);
  const unresolved = dated.unresolved;
  // a date the text gives but that cannot be resolved ("العام الماضي" with no article date): no other date is put in
  if (unresolved) UNRESOLVED.set(rec, unresolved.d.text);
  // an unresolved period ("العام الماضي") is another time than the story's: not merged with it
  if (unresolved && unresolved.d.granularity !== 'day' && unresolved.d.granularity !== 'time') PERIOD.set(rec, unresolved.d.text);
  return {
    hit: g.head.hit, tok: toks[k], extra: g.extra.map((x) => toks[x.k]), rec, anaphoric, background: isBackground,
    groupOnly: f.groupOnlyActors && !rec.source.length, parties: f.parties || dual, leaders: f.leaders,
  };
}

function pick(ev: Slots, m: Ment): Ment {
  ev.used.add(m);
  return m;
}

/** Chair, invited and participants of a meeting, from their cue phrases. */
function meetingRoles(ev: Slots): void {
  const { f, used } = ev;
  const actors = f.actors;
  for (const c of f.chairCues) {
    const m = actors.find((x) => x.t0 >= c.end && x.t0 - c.end <= 25 && x.ent.type === 'PERSON' && !used.has(x))
      ?? actors.find((x) => x.t0 >= c.end && x.t0 - c.end <= 6 && !used.has(x));
    if (m) ev.chair.push(pick(ev, m));
  }
  for (const c of f.invitedCues) {
    const before = actors.filter((x) => x.t1 <= c.at && !used.has(x));
    const m = before[before.length - 1];
    if (m) ev.invited.push(pick(ev, m));
  }
  for (const c of f.partCues) {
    const word = f.doc.toks[c.at].w.c;
    if (word.startsWith('ب') || word.startsWith('حضر') || word === 'مشاركه') {
      // "حضر الجلسة A، B و C", "بمشاركة A و B": every one listed after
      for (const m of actors) if (m.t0 >= c.end && !used.has(m) && m.ent.type !== 'ORG') ev.participants.push(pick(ev, m));
    } else {
      for (const x of subjectOf(ev, c.at)) if (!used.has(x)) ev.participants.push(pick(ev, x));
    }
  }
}

/** The source when no cue gave one; true when it is the body a noun trigger is of ("جلسة لمجلس ..."). */
function findSource(ev: Slots, dual: boolean): boolean {
  const { f, entry, k, used, source } = ev;
  const { actors, a } = f;
  const toks = f.doc.toks;
  const head = ev.g.head.hit;
  // a circumstantial participle ("وقال لوكاشينكو إن المنظمة تواجه تحديات، منتقدا الناتو")
  // describes the subject of the main clause: the first actor of the sentence
  const circumstantial = ev.isVerb && PARTICIPLE.test(toks[k].w.c);
  if (!source.length && circumstantial) {
    const first = actors.find((x) => x.t1 <= k && !used.has(x) && !inPP(f, x) && !x.coref);
    if (first) for (const x of withCoordinated(ev, first)) source.push(pick(ev, x));
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
  const of = actors.find((x) => (entry.type !== 'CONSULT' || x.ent.type === 'ORG') && x.t0 > k && x.roleStart - k <= (entry.type === 'CONSULT' ? 5 : 3) &&
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

/** Recipient: after مع (CONSULT), or the object of the verb. */
function findRecipient(ev: Slots): void {
  const { f, entry, k, used, recipient } = ev;
  const toks = f.doc.toks;
  const { recipientBlockers, timePreps } = f.sets;
  const after = f.actors.filter((x) => x.t0 > k && !used.has(x));
  // "الحدود مع أفغانستان" names a neighbour, not a partner (but a target: "هددت بإغلاق حدودها مع")
  const withCue = after.find((x) => x.t0 - k <= 14 && toks.slice(Math.max(k + 1, x.roleStart - 2), x.roleStart + 1)
    .some((tk) => (tk.w.c === 'مع' && (DIRECT_OBJECT.has(entry.type) || !tokIs(toks[tk.i - 1], recipientBlockers))) || (tk.f.startsWith('ب') && tk.i === x.roleStart && ev.isVerb)));
  if (withCue) {
    for (const x of withCoordinated(ev, withCue)) recipient.push(pick(ev, x));
  } else if (DIRECT_OBJECT.has(entry.type) && entry.subtype !== 'signing' && entry.subtype !== 'ratification') {
    // a nisba describes the noun before it: past a time phrase it is not the object ("طلب أرمينيا المساعدة بعد الهجوم الأذربيجاني")
    const nisbaInTimePhrase = (x: Ment): boolean => x.m.method === 'nisba' && toks.slice(k + 1, x.t0).some((tk) => tokIs(tk, timePreps));
    const m = after.find((x) => x.t0 - k <= 12 && !x.subjectOnly && !nisbaInTimePhrase(x) &&
      (entry.type === 'ACCUSE' || entry.type === 'RETREAT' || !inPP(f, x) || toks[x.roleStart - 1]?.w.c === 'ضد'));
    if (m) for (const x of withCoordinated(ev, m)) recipient.push(pick(ev, x));
  } else if (entry.type === 'CONSULT' && ev.isVerb && entry.subtype === 'bilateral meeting') {
    const m = after.find((x) => x.t0 - k <= 14 && x.ent.type === 'PERSON');
    if (m) recipient.push(pick(ev, m));
  }
}

/**
 * The nearest place phrase of the sentence that the event owns; a country after في names the
 * place of a statement only right after its trigger ("عقدت قمة في كازاخستان"). A visit's host is
 * the country visited.
 */
function eventLocation(ev: Slots): Loc | null {
  const { f, entry, k, g } = ev;
  const verbal = QUAD_CLASS[entry.type].startsWith('verbal');
  // a meeting's place frames what is said in the sentence ("خلال القمة التي عقدت في دوشنبه وافق القادة")
  const usable = f.locs.filter((l) => (f.owner.get(l) === g || (verbal && f.owner.get(l)!.head.hit.entry.type === 'CONSULT')) &&
    (!l.isCountry || (verbal ? l.pos > k && l.pos - k <= 4 : Math.abs(l.pos - k) <= 8)));
  const cities = usable.filter((l) => !l.isCountry);
  let loc: Loc | null = null;
  for (const l of cities.length ? cities : usable) if (!loc || Math.abs(l.pos - k) < Math.abs(loc.pos - k)) loc = l;
  if (entry.subtype === 'official visit' && !ev.recipient.length && loc?.country) {
    const country = loc.country;
    const host = f.doc.ctx.entities.find((e) => e.type === 'PLACE' && isCountryEntity(e, f.doc.countries) && e.country === country);
    if (host) {
      ev.recipient.push(ment(host, host.mentions[0], 0, 0, 0, 0, f.s, true, 0, 'location'));
      ev.basis.push('recipient: host country of the location');
    }
  }
  return loc;
}

/** A word of the set among tokens [from, to] of the sentence. */
function near(f: Frame, set: Set<string> | undefined, from: number, to: number): boolean {
  for (let i = Math.max(f.a, from); i <= Math.min(f.b - 1, to); i++) if (tokIs(f.doc.toks[i], set)) return true;
  return false;
}

function statusOf(f: Frame, g: Group): EventRecord['status'] {
  const all = [g.head, ...g.extra];
  const { negation, future } = f.sets;
  if (all.some((h) => near(f, negation, h.k - 2, h.k - 1))) return 'negated';
  if (all.some((h) => h.hit.future) || all.some((h) => near(f, future, h.k - 3, h.k + 3))) return 'planned';
  return 'reported';
}

interface EventDate {
  date: EventRecord['date'];
  precision: string | null;
  basis: string | null;
  /** a date mention of the sentence with no value, when no date could be used */
  unresolved: DocDate | undefined;
}

/**
 * The sentence's date nearest the trigger. A planned event does not take a date before the
 * article's ("أكد الكرملين يوم الثلاثاء أن ... سيشارك"); a verb in the past no date the text
 * marks as to come ("وبحثا التحضير لتدريبات المقررة في أكتوبر المقبل").
 */
function eventDate(ev: Slots, status: EventRecord['status']): EventDate {
  const { f, k } = ev;
  const { doc, s } = f;
  const published = doc.ctx.published;
  const datesHere = status === 'planned' && published
    ? f.sentDates.filter((d) => d.d.value!.slice(0, 10) >= published.slice(0, d.d.value!.slice(0, 10).length) || d.d.value!.includes('W'))
    : status === 'reported' && ev.isVerb ? f.sentDates.filter((d) => !futureMarked(f, d)) : f.sentDates;
  if (!datesHere.length) return { date: null, precision: null, basis: null, unresolved: doc.dates.find((d) => d.sentence === s && !d.d.value) };
  const pos = doc.toks[k].start;
  const d = [...datesHere].sort((x, y) => Math.abs(x.ns - pos) - Math.abs(y.ns - pos))[0].d;
  return {
    date: { value: d.value, granularity: d.granularity, text: d.text, basis: 'sentence' },
    precision: precisionOf(d.granularity),
    basis: d.relative ? 'relative' : 'explicit',
    unresolved: undefined,
  };
}

/** "أكتوبر المقبل", "المقررة في أكتوبر": a date of something to come */
function futureMarked(f: Frame, d: DocDate): boolean {
  const toks = f.doc.toks;
  const at = tokenAt(toks, d.ns);
  for (let i = Math.max(f.a, at - 3); i < f.b && toks[i].start < d.ns + d.d.text.length; i++) if (tokIs(toks[i], f.sets.future)) return true;
  return false;
}

function eventRecord(ev: Slots, status: EventRecord['status'], dated: EventDate): EventRecord {
  const { f, entry, g, k, source, recipient, invited } = ev;
  const { doc } = f;
  const trigger = doc.t.span(doc.toks[k].start, doc.toks[k].end);
  return {
    id: eventId(`${doc.ctx.docId}|${trigger.start}|${trigger.end}|${entry.type}`),
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
    recipient: toActors(ev, recipient.filter((m) => !source.includes(m))),
    participants: toActors(ev, ev.participants.filter((m) => !invited.includes(m) && !source.some((x) => x.ent.id === m.ent.id) && !recipient.some((x) => x.ent.id === m.ent.id))),
    chair: toActors(ev, ev.chair),
    invited: toActors(ev, invited),
    status,
    confidence: entry.confidence ?? 0.8,
    main: false,
    basis: ev.basis,
  };
}

/** Actors of a role, one per entity; coreference bases go to the record's basis. */
function toActors(ev: Slots, list: Ment[]): EventActor[] {
  const seen = new Set<string>();
  const res: EventActor[] = [];
  for (const m of list) {
    if (seen.has(m.ent.id)) continue;
    seen.add(m.ent.id);
    res.push(actorOf(ev.f.doc, m));
    if (m.coref && m.coref !== 'location') ev.basis.push(`actor ${m.ent.name}: ${m.coref}`);
  }
  return res;
}

/** Governed by a preposition ("في أفغانستان", "حول الوضع في ..."): not a subject. */
function inPP(f: Frame, m: Ment): boolean {
  const i = m.roleStart - 1;
  return i >= f.a && !f.groupHeads.has(m) && tokIs(f.doc.toks[i], f.sets.preps);
}

/** "وهاجم مسلحون من تنظيم داعش": the members' group acts. */
function memberOf(f: Frame, x: Ment): boolean {
  const toks = f.doc.toks;
  return toks[x.roleStart - 1]?.w.c === 'من' && tokIs(toks[x.roleStart - 2], f.sets.members);
}

/** m and the mentions coordinated with it ("روسيا وكازاخستان", "A، B و C"). */
function withCoordinated(ev: Slots, m: Ment, forward = true): Ment[] {
  const { actors, doc } = ev.f;
  const list = [m];
  let cur = m;
  for (;;) {
    const idx = actors.indexOf(cur);
    const nx = actors[idx + (forward ? 1 : -1)];
    if (!nx || ev.used.has(nx) || list.includes(nx)) break;
    const [x, y] = forward ? [cur, nx] : [nx, cur];
    const gap = doc.t.text.slice(x.ne, y.roleStart < y.t0 ? doc.toks[y.roleStart].start : y.ns).replace(/[\s,"'()-]/g, '');
    if (gap !== '' && gap !== 'و') break;
    if (nx.ent.type !== m.ent.type && !(nx.isCountry && m.isCountry)) break;
    list.push(nx);
    cur = nx;
  }
  return list;
}

const RESUMPTIVE = new Set(['فيها', 'فيه', 'بها', 'به', 'اليها', 'اليه']);

/** The subject of the verb at `at`. */
function subjectOf(ev: Slots, at: number, strict = true): Ment[] {
  const { f, used } = ev;
  const { actors, s } = f;
  const toks = f.doc.toks;
  const { relative, recipient: recipientCue, preps } = f.sets;
  const rel = toks[at - 1] && toks[at - 1].sentence === s && tokIs(toks[at - 1], relative) ? at - 1
    : toks[at - 2] && toks[at - 2].sentence === s && tokIs(toks[at - 2], relative) ? at - 2 : -1;
  if (rel >= 0) {
    // "القمة التي يشارك فيها": the relative is the object; the subject is the person the sentence is about
    if (toks[at + 1] && RESUMPTIVE.has(toks[at + 1].f)) {
      const person = actors.find((x) => x.ent.type === 'PERSON' && x.t1 <= rel && !used.has(x));
      return person ? [person] : [];
    }
    const before = actors.filter((x) => x.t1 <= rel && !used.has(x));
    return before.length ? [before[before.length - 1]] : [];
  }
  // the subject comes before any preposition ("سيشارك الرئيس في جلسة مجلس ...": not the council)
  const after = actors.find((x) => x.t0 > at && x.roleStart - at <= 8 && !used.has(x) && (!inPP(f, x) || memberOf(f, x)) &&
    (!strict || memberOf(f, x) || !toks.slice(at + 1, x.roleStart).some((tk) => tokIs(tk, recipientCue) || (tokIs(tk, preps) && !f.groupHeads.has(x)))));
  if (after) return withCoordinated(ev, after);
  // no subject after the verb: the subject of the clause before ("وكانت المنظمة أكدت ... ودعت ... محذرة")
  if (f.lastSource.length && f.lastSource.every((x) => !used.has(x))) return f.lastSource;
  return nearestBefore(ev, at);
}

/**
 * The nearest actor before a position; a nisba ("الأراضي الأفغانية") only when nothing else;
 * never one inside a relative clause on the actor before it ("باشينيان، الذي يرأس مجلس
 * الأمن الجماعي، أعلن": the council is not who announced).
 */
function nearestBefore(ev: Slots, at: number): Ment[] {
  const { f, used } = ev;
  const toks = f.doc.toks;
  const before = f.actors.filter((x) => x.t1 <= at && !used.has(x) && !inPP(f, x));
  const named = before.filter((x) => x.m.method !== 'nisba');
  const pickFrom = named.length ? named : before;
  let i = pickFrom.length - 1;
  while (i > 0 && tokIs(toks[pickFrom[i - 1].t1], f.sets.relative) && toks[pickFrom[i - 1].t1].i < pickFrom[i].roleStart) i--;
  return i >= 0 ? withCoordinated(ev, pickFrom[i], false) : [];
}

// ---------------------------------------------------------------------------------------------
// one-a-story filter

const actorKey = (l: EventActor[]): string => [...new Set(l.map((a) => a.entity))].sort().join(',');

/**
 * PETRARCH's one-a-story filter: one record per (date, source, recipient, type) in an
 * article; the dropped records' sentences, participants and missing arguments go to the kept one.
 */
export function oneAStory(events: EventRecord[]): EventRecord[] {
  const kept = new Map<string, EventRecord>();
  const out: EventRecord[] = [];
  for (const e of events) {
    const key = [e.type, e.date?.value ?? PERIOD.get(e) ?? '', actorKey(e.source), actorKey(e.recipient)].join('|');
    const k = kept.get(key);
    if (!k) { kept.set(key, e); out.push(e); continue; }
    if (!k.basis.includes(`also: sentence ${e.sentence.index}`) && e.sentence.index !== k.sentence.index) k.basis.push(`also: sentence ${e.sentence.index}`);
    if (e.main) k.main = true;
    for (const role of ['participants', 'chair', 'invited'] as const) {
      for (const a of e[role]) {
        if (k[role].some((x) => x.entity === a.entity)) continue;
        if (role === 'participants' && [...k.source, ...k.recipient].some((x) => x.entity === a.entity)) continue;
        k[role].push({ ...a, basis: a.basis === 'sentence' ? `sentence ${e.sentence.index}` : a.basis });
      }
    }
    if (!k.location && e.location) {
      k.location = { ...e.location, basis: e.location.basis === 'sentence' ? `sentence ${e.sentence.index}` : e.location.basis };
      k.basis.push(`location: sentence ${e.sentence.index}`);
    }
    if (k.mode === 'in person' && e.mode === 'virtual') {
      k.mode = 'virtual';
      k.basis.push(`mode: sentence ${e.sentence.index}`);
    }
    for (const c of e.context) if (!k.context.includes(c)) k.context.push(c);
  }
  // participants already in another role stay listed (attendance lists name the chair too)
  return out;
}
