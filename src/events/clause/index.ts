// A shallow clause analysis of one sentence, shared by the role rules: noun phrases built from the
// entity mentions (with their titles, genitive chains and "التابعة لـ" attachments, the preposition that
// marks them and the noun that governs them), clause boundaries (، before a verb, و/ف + verb, أن/إن,
// الذي/التي, a second verb), each clause's verb with its person/gender/number, its subject (SVO: an
// agreeing phrase before the verb, as in headlines; VSO: after it, as in body sentences; or shared with
// the clause before: "تدعم أرمينيا وتنتقد أذربيجان"), object and marked phrases, and reported speech
// ("قال X إن ...": X the speaker, the that-clause the content). No model, no morphology beyond affixes.
import { ABSORBED_ARTICLE, ABSORBING_PREPOSITION, ARTICLE, CONJUNCTIONS, FEMININE_ENCLITICS, letterClass, PREPOSITIONS, THIRD_PERSON_ENCLITICS, WA, withoutConjunction } from '../../text/clitics.js';
import { NOUN } from '../../text/morphology.js';
import { loadClauseWords, type ClauseWords, type Gender, type GNumber } from './data.js';
import { readVerb, type VerbInfo } from './verb.js';

export type { VerbInfo } from './verb.js';
export type { Gender, GNumber } from './data.js';

/** A token of the sentence: offsets into `folded` (normalised offsets, as AnalyzedText.tokens). */
export interface ClauseToken { start: number; end: number }

/** An entity mention in the sentence, in normalised offsets (the engine's Ment ns/ne). */
export interface MentionSpan {
  start: number;
  end: number;
  /** PERSON, PLACE, ORG (entity types) */
  type: string;
  /** what the role rules report: the entity id or name */
  entity: string;
  /** where a title the entity module found before a person starts ("رئيس وزراء أرمينيا نيكول باشينيان") */
  titleStart?: number;
}

export interface SentenceInput {
  /** the folded text of the document (AnalyzedText.folded) */
  folded: string;
  /** the sentence's tokens, in order */
  tokens: ClauseToken[];
  /** the mentions inside the sentence */
  mentions: MentionSpan[];
}

export interface NounPhrase {
  /** token range [t0, t1) */
  t0: number;
  t1: number;
  /** index into input.mentions: the actor the phrase stands for */
  head: number;
  /** every mention inside (the head, places in its title or genitive chain) */
  mentions: number[];
  /** first token of a title or genitive head before the head mention, null if none */
  titleT0: number | null;
  /** the preposition (folded word, two words joined by a space) or clitic (ب, ل) that marks it, null if none */
  marker: string | null;
  /** token of the noun it is the genitive of (مناشدة الرئيس ...: مناشدة), null if none */
  governor: number | null;
  /** the phrase it is joined to by و (بين A و B: B's conj is A), null if none */
  conj: number | null;
  /** what a verb agrees with: a country, an organisation with a feminine head, a non-human plural: f sg */
  gender: Gender;
  number: GNumber;
  clause: number;
}

export type ClauseKind = 'main' | 'coordinate' | 'complement' | 'relative' | 'comma';

export interface Clause {
  /** token range [t0, t1), the opener included */
  t0: number;
  t1: number;
  kind: ClauseKind;
  /** token of the word that opens it (أن, إنه, الذي, و, ثم), null if the verb itself does */
  opener: number | null;
  /** the clause it depends on (complement, relative) or continues (coordinate, comma), null for the first */
  parent: number | null;
  verb: VerbInfo | null;
  order: 'SVO' | 'VSO' | null;
  /** the subject phrase, null if none is written */
  subject: number | null;
  /** the clause whose subject this one's verb shares (و + verb, إنه after a speech verb), null if none */
  subjectFrom: number | null;
  object: number | null;
  /** phrases with a marker, in order */
  obliques: number[];
  /** every phrase in the clause, in order */
  nps: number[];
  /** relative clause: the word it describes (التكتل الذي تقوده موسكو: التكتل) and its phrase if it is one */
  antecedentTok: number | null;
  antecedent: number | null;
}

/** Reported speech: the speech clause, its speaker (a phrase, through shared subjects) and the content clause. */
export interface Report { speech: number; speaker: number | null; content: number }

export interface SentenceAnalysis { nps: NounPhrase[]; clauses: Clause[]; reports: Report[] }

const stripArticle = (w: string): string => (w.length > 4 && w.startsWith(ARTICLE) ? w.slice(ARTICLE.length) : w);
/** A conjunction before a word of at least two letters. */
const CONJ_BEFORE_WORD = new RegExp(`^${letterClass(CONJUNCTIONS)}(?=..)`, 'u');

export function analyzeSentence(input: SentenceInput, words: ClauseWords = loadClauseWords()): SentenceAnalysis {
  const { folded, tokens } = input;
  const tw = tokens.map((k) => folded.slice(k.start, k.end));
  const tokenAt = (offset: number): number => {
    let i = 0;
    while (i < tokens.length && tokens[i].end <= offset) i++;
    return i;
  };
  const verbs = tw.map((w, i) => readVerb(words, w, i));
  const nps = nounPhrases(input, tw, tokenAt, verbs, words);
  const inNp = new Int32Array(tokens.length).fill(-1);
  nps.forEach((np, k) => { for (let i = np.t0; i < np.t1; i++) inNp[i] = k; });
  const clauses = splitClauses(input, tw, verbs, inNp, words);
  for (const np of nps) np.clause = clauseOf(clauses, np.t0);
  clauses.forEach((c, ci) => fillClause(clauses, ci, c, nps, verbs, inNp, tw, words));
  const reports: Report[] = [];
  clauses.forEach((c, ci) => {
    const p = c.parent;
    if (c.kind === 'complement' && p !== null && clauses[p].verb?.speech) reports.push({ speech: p, speaker: subjectOf({ nps, clauses, reports }, p), content: ci });
  });
  return { nps, clauses, reports };
}

/** The subject phrase of a clause, through shared subjects. */
export function subjectOf(a: SentenceAnalysis, clause: number): number | null {
  const seen = new Set<number>();
  for (let c: number | null = clause; c !== null && !seen.has(c); c = a.clauses[c].subjectFrom) {
    seen.add(c);
    if (a.clauses[c].subject !== null) return a.clauses[c].subject;
  }
  return null;
}

/** A phrase and the phrases joined to it by و (بوتين وتوكاييف). */
export function withConjoined(a: SentenceAnalysis, np: number): number[] {
  const out = [np];
  for (let k = np + 1; k < a.nps.length; k++) if (a.nps[k].conj !== null && out.includes(a.nps[k].conj!)) out.push(k);
  return out;
}

function nounPhrases(input: SentenceInput, tw: string[], tokenAt: (o: number) => number, verbs: (VerbInfo | null)[], words: ClauseWords): NounPhrase[] {
  const { folded, tokens } = input;
  const order = input.mentions.map((_, i) => i).sort((a, b) => input.mentions[a].start - input.mentions[b].start || input.mentions[b].end - input.mentions[a].end);
  type Span = { t0: number; t1: number; head: number; mentions: number[]; titleT0: number | null; clitic: string };
  const spans: Span[] = [];
  for (const mi of order) {
    const m = input.mentions[mi];
    const t0 = tokenAt(m.start);
    let t1 = t0;
    while (t1 < tokens.length && tokens[t1].start < m.end) t1++;
    if (t0 >= tokens.length || t1 === t0) continue;
    const titleT0 = m.titleStart !== undefined && m.titleStart < m.start ? tokenAt(m.titleStart) : null;
    const clitic = folded.slice(tokens[t0].start, m.start);
    const start = titleT0 ?? t0;
    // a mention inside a phrase already made (a place in a title) belongs to it
    const outer = spans.find((s) => s.t0 <= start && t1 <= s.t1);
    if (outer) { outer.mentions.push(mi); continue; }
    // a mention inside this one's title is taken in
    const inner = spans.filter((s) => start <= s.t0 && s.t1 <= t1);
    for (const s of inner) spans.splice(spans.indexOf(s), 1);
    spans.push({ t0: start, t1, head: mi, mentions: [...inner.flatMap((s) => s.mentions), mi], titleT0, clitic: start === t0 ? clitic : '' });
  }
  spans.sort((a, b) => a.t0 - b.t0);
  // a nisba or title mention right before a person: one phrase headed by the person (الكازاخستاني قاسم جومارت توكاييف)
  for (let k = spans.length - 1; k > 0; k--) {
    const a = spans[k - 1], b = spans[k];
    if (a.t1 === b.t0 && input.mentions[b.head].type === 'PERSON' && input.mentions[a.head].type !== 'PERSON' && !b.clitic) {
      spans.splice(k - 1, 2, { t0: a.t0, t1: b.t1, head: b.head, mentions: [...a.mentions, ...b.mentions], titleT0: a.t0, clitic: a.clitic });
    }
  }
  const bare = (i: number): { w: string; clitic: string } => {
    const w = tw[i];
    for (const c of [WA, ...words.clitics]) if (w.startsWith(c) && w.length > c.length + 2 && words.genitiveHeads.has(stripArticle(w.slice(c.length)))) return { w: stripArticle(w.slice(c.length)), clitic: c };
    return { w: stripArticle(w), clitic: '' };
  };
  const out: NounPhrase[] = [];
  for (const s of spans) {
    let t0 = s.t0, clitic = s.clitic, headWord: string | null = null;
    const floor = out.length ? out[out.length - 1].t1 : 0;
    // "قوات حفظ السلام التابعة للمنظمة": back from the attributive to the noun it describes
    if (t0 - 1 >= floor && words.attributives.has(tw[t0 - 1]) && clitic.startsWith(PREPOSITIONS.li)) {
      for (let i = t0 - 2; i >= Math.max(floor, t0 - 6); i--) {
        if (words.genitiveHeads.has(bare(i).w)) { t0 = i; clitic = bare(i).clitic; headWord = bare(i).w; break; }
      }
    }
    // genitive heads before it: قوات المنظمة, وزير خارجية روسيا, دول الأمن الجماعي
    while (!clitic && t0 - 1 >= floor && !verbs[t0 - 1] && words.genitiveHeads.has(bare(t0 - 1).w)) {
      t0--;
      headWord = bare(t0).w;
      clitic = bare(t0).clitic;
    }
    if (headWord === null && s.titleT0 !== null) headWord = bare(s.titleT0).w;
    const conjoined = clitic.startsWith(WA);
    const bareClitic = withoutConjunction(clitic);
    const prep = bareClitic === ABSORBED_ARTICLE ? ABSORBING_PREPOSITION : bareClitic;
    let marker: string | null = prep && words.clitics.includes(prep) ? prep : null; // ب, ل (لل: ل + the article)
    let governor: number | null = null;
    const before = t0 - 1;
    if (!marker && before >= 0) {
      const two = before >= 1 ? `${tw[before - 1]} ${tw[before]}` : '';
      if (words.prepositions.has(two)) marker = two;
      else if (words.prepositions.has(tw[before].replace(CONJ_BEFORE_WORD, ''))) marker = tw[before].replace(CONJ_BEFORE_WORD, '');
      else if (!verbs[before] && before >= floor && !isOpener(words, tw[before]) && !words.coordinators.has(tw[before])) governor = before;
    }
    const prev = out.length ? out.length - 1 : -1;
    const conj = conjoined && prev >= 0 && out[prev].t1 === t0 ? prev : null;
    if (conj !== null && marker === null) marker = out[conj].marker;
    if (conj !== null) governor = null;
    const m = input.mentions[s.head];
    // a person: he; a place: she; an organisation by its first word (منظمة: she, مجلس: he)
    const first = stripArticle(folded.slice(m.start, tokens[tokenOf(input, s.head, tokens)].end));
    let gender: Gender = m.type === 'PERSON' ? 'm' : m.type === 'ORG' ? (first.endsWith(NOUN.feminine) || words.nonHumanPlurals.has(first) ? 'f' : 'm') : 'f';
    if (headWord !== null) gender = words.nonHumanPlurals.has(headWord) || headWord.endsWith(NOUN.feminine) ? 'f' : 'm';
    out.push({ t0, t1: s.t1, head: s.head, mentions: s.mentions, titleT0: t0 < tokenOf(input, s.head, tokens) ? t0 : null, marker, governor, conj, gender, number: 'sg', clause: 0 });
  }
  return out;
}

const tokenOf = (input: SentenceInput, mi: number, tokens: ClauseToken[]): number => {
  const at = input.mentions[mi].start;
  let i = 0;
  while (i < tokens.length && tokens[i].end <= at) i++;
  return i;
};

/** The third-person pronoun a complementizer carries ("إنه", "بأنها"), or undefined. */
function complementizerPronoun(words: ClauseWords, w: string): string | undefined {
  return THIRD_PERSON_ENCLITICS.find((p) => w.length > p.length && w.endsWith(p) && words.complementizers.has(w.slice(0, -p.length)));
}

const isOpener = (words: ClauseWords, w: string): boolean => words.complementizers.has(w) || words.relatives.has(w);

function splitClauses(input: SentenceInput, tw: string[], verbs: (VerbInfo | null)[], inNp: Int32Array, words: ClauseWords): Clause[] {
  const clause = (t0: number, kind: ClauseKind, opener: number | null, parent: number | null): Clause => ({
    t0, t1: tw.length, kind, opener, parent, verb: null, order: null, subject: null, subjectFrom: null, object: null, obliques: [], nps: [],
    antecedentTok: null, antecedent: null,
  });
  const out: Clause[] = [clause(0, 'main', null, null)];
  let hasVerb = !!verbs[0];
  const open = (i: number, kind: ClauseKind, opener: number | null): void => {
    const cur = out.length - 1;
    out[cur].t1 = i;
    const parent = kind === 'complement' || kind === 'relative' ? cur : out[cur].kind === 'coordinate' || out[cur].kind === 'comma' ? out[cur].parent ?? cur : cur;
    const c = clause(i, kind, opener, parent);
    if (kind === 'relative') { c.antecedentTok = i - 1; c.antecedent = inNp[i - 1] >= 0 ? inNp[i - 1] : null; }
    out.push(c);
    hasVerb = false;
  };
  for (let i = 1; i < tw.length; i++) {
    if (inNp[i] >= 0 && inNp[i - 1] === inNp[i]) continue;
    const w = tw[i];
    const comma = /[,،]/u.test(input.folded.slice(input.tokens[i - 1].end, input.tokens[i].start));
    if (words.relatives.has(w)) open(i, 'relative', i);
    else if (words.complementizers.has(w)) open(i, 'complement', i);
    else if (words.coordinators.has(w) && verbs[i + 1]) { open(i, 'coordinate', i); }
    else if (verbs[i]?.conjoined && inNp[i] < 0) open(i, 'coordinate', null);
    else if (verbs[i] && comma && inNp[i] < 0) open(i, 'comma', null);
    else if (verbs[i] && hasVerb && inNp[i] < 0 && !verbs[i - 1] && !isOpener(words, tw[i - 1])) open(i, 'relative', null); // اتفاقية تربطها: a clause describing the noun before it
    if (verbs[i] && inNp[i] < 0) hasVerb = true;
  }
  return out;
}

const clauseOf = (clauses: Clause[], tok: number): number => {
  let k = 0;
  while (k + 1 < clauses.length && clauses[k + 1].t0 <= tok) k++;
  return k;
};

function agrees(v: VerbInfo, np: NounPhrase, group: number, order: 'SVO' | 'VSO'): boolean {
  if (v.person !== 3) return false;
  if (v.gender !== null && v.gender !== np.gender && !(v.number === 'pl' && group > 1)) return false;
  if (order === 'VSO') return v.number === 'sg' || v.number === (group === 2 ? 'du' : 'pl');
  const n: GNumber = group === 1 ? np.number : group === 2 ? 'du' : 'pl';
  return v.number === n || (np.gender === 'f' && n === 'sg' && v.number === 'sg');
}

function fillClause(clauses: Clause[], ci: number, c: Clause, nps: NounPhrase[], verbs: (VerbInfo | null)[], inNp: Int32Array, tw: string[], words: ClauseWords): void {
  const mine = nps.map((_, k) => k).filter((k) => nps[k].clause === ci);
  c.nps = mine;
  c.obliques = mine.filter((k) => nps[k].marker !== null);
  for (let i = c.t0; i < c.t1; i++) if (verbs[i] && inNp[i] < 0) { c.verb = verbs[i]; break; }
  const v = c.verb;
  if (!v) return;
  const group = (k: number): number => 1 + nps.filter((np) => np.conj === k).length;
  const free = mine.filter((k) => nps[k].marker === null && nps[k].conj === null && nps[k].governor === null);
  const before = free.filter((k) => nps[k].t1 <= v.tok);
  const after = free.filter((k) => nps[k].t0 > v.tok);
  const svo = [...before].reverse().find((k) => agrees(v, nps[k], group(k), 'SVO'));
  if (svo !== undefined) {
    c.subject = svo; c.order = 'SVO';
    if (!v.speech && !v.object) c.object = after[0] ?? null;
    return;
  }
  const opener = c.opener !== null ? tw[c.opener] : '';
  // إنه / أنها after a speech verb: the pronoun is the speaker
  const pronoun = complementizerPronoun(words, opener);
  if (c.kind === 'complement' && pronoun && c.parent !== null) {
    const g: Gender = FEMININE_ENCLITICS.has(pronoun) ? 'f' : 'm';
    if (v.gender === null || v.gender === g || v.number !== 'sg') { c.subjectFrom = c.parent; c.order = 'SVO'; }
    if (!v.speech && !v.object) c.object = after[0] ?? null;
    return;
  }
  // و + verb with no subject of its own: the subject of the clause before, when the verb agrees with it
  if ((c.kind === 'coordinate' || c.kind === 'comma') && before.length === 0 && !v.speech) {
    const prev = ci - 1;
    const shared = subjectOf({ nps, clauses, reports: [] }, prev);
    if (shared !== null && agrees(v, nps[shared], group(shared), clauses[prev].order ?? 'VSO')) {
      c.subjectFrom = prev; c.order = clauses[prev].order;
      if (!v.object) c.object = after[0] ?? null;
      return;
    }
  }
  const vso = after.find((k) => agrees(v, nps[k], group(k), 'VSO'));
  if (vso !== undefined) {
    c.subject = vso; c.order = 'VSO';
    if (!v.speech && !v.object) c.object = after.find((k) => k > vso) ?? null;
    return;
  }
  // a relative clause with no subject written: the noun it describes does it (الدول التي وقعت)
  if (c.kind === 'relative' && c.antecedent !== null && agrees(v, nps[c.antecedent], 1, 'SVO')) { c.subject = c.antecedent; c.order = 'SVO'; }
  if (!v.speech && !v.object) c.object = after[0] ?? null;
}
