// Trigger words of a sentence and their grouping into events.
import { ABSORBED_ARTICLE, ARTICLE } from '../text/clitics.js';
import { TA_MARBUTA } from '../text/normalize.js';
import { loadDateTables } from '../dates/data.js';
import { remarkEnd } from './clause/remark.js';
import { findCue, tokIs } from './cues.js';
import { andGlued, commaBetween, type Doc, type DocDate, type Ment, type Tok } from './doc.js';
import { loadFrames } from './frames.js';
import { roleData } from './roleData.js';
import type { Requirement, TriggerEntry, TriggerHit } from './lexicon/types.js';

export interface Hit { k: number; hit: TriggerHit }
/** A full trigger with the light and repeated triggers that join it: one event. */
export interface Group { head: Hit; extra: Hit[] }

/** Trigger words whose requirements are met; a trigger word inside a name is none ("منظمة شنغهاي للتعاون"). */
export function triggerHits(doc: Doc, s: number, a: number, b: number): Hit[] {
  const toks = doc.toks;
  const hits: Hit[] = [];
  // tokens of the sentence inside a name (after its first word), marked when first needed
  let named: Uint8Array | null = null;
  for (let k = a; k < b; k++) {
    const list = toks[k].w.trig;
    if (!list) continue;
    if (!named) named = namedTokens(doc, s, a, b);
    if (named[k - a] === 1) continue;
    const h = firstMet(doc, k, list);
    if (h) hits.push({ k, hit: h });
  }
  return hits;
}

/** The first reading of token k's trigger word whose requirements are met (a loop: a closure over k would cost an allocation a token). */
function firstMet(doc: Doc, k: number, list: TriggerHit[]): TriggerHit | undefined {
  for (const x of list) if (requirementsMet(doc, k, x) && !recallsNamed(doc, k, x) && !(x.suffixed && endsInTaMarbuta(doc, k) && !listed(doc.toks[k], x.entry))) return x;
  return undefined;
}

/**
 * "وعدة مواقع" (and several sites): a word written with ة has no pronoun ه, though it folds to "وعده" (his
 * promise); a form the entry lists as it is ("مستعدة") keeps its reading.
 */
function endsInTaMarbuta(doc: Doc, k: number): boolean {
  return doc.t.text.endsWith(TA_MARBUTA, doc.toks[k].end);
}

const listed = (tok: Tok, entry: TriggerEntry): boolean => [tok.f, tok.w.c].some((w) => entry.forms.includes(w) || !!entry.verbal_nouns?.includes(w));

/**
 * The tokens of sentence s inside a name: after its first word, which may be the event's ("اجتماع ..."), and the
 * first word too of a person's name of the gazetteer ("صادق صافايف", "طالب أيومبيكوف": a name, not ratified or demanded).
 */
function namedTokens(doc: Doc, s: number, a: number, b: number): Uint8Array {
  const named = new Uint8Array(b - a);
  for (const m of doc.bySentence.get(s) ?? []) {
    if (m.ent.type === 'PLACE') continue;
    const first = m.ent.type === 'PERSON' && m.ent.linked && m.t1 - m.t0 > 1 ? m.t0 : m.t0 + 1;
    for (let x = Math.max(first, a), to = Math.min(m.t1, b); x < to; x++) named[x - a] = 1;
  }
  return named;
}

/** Light triggers join the nearest full trigger of the same type; close same-type triggers of one clause merge. */
export function groupHits(doc: Doc, hits: Hit[]): Group[] {
  const groups: Group[] = [];
  for (const h of hits) {
    if (h.hit.entry.light) continue;
    const prev = groups.length ? groups[groups.length - 1] : null;
    const last = prev ? Math.max(prev.head.k, ...prev.extra.map((x) => x.k)) : -1;
    // "اتفاق لتسريع اعتماد", "زار ... في زيارة": one event said twice; not across a comma ("قبيل وصوله
    // إلى العاصمة يريفان، زار القاعدة في غومري": two visits) unless the first recalls a meeting ("وخلال اللقاء، بحث")
    // ... nor a trigger after a time preposition ("بعد عقود من المحادثات، خلال زيارة الرئيس"): the time of the one before
    const sameType = prev !== null && prev.head.hit.entry.type === h.hit.entry.type && !tokIs(doc.toks[h.k - 1], doc.sets.timePreps);
    if (sameType && (((prev.head.hit.entry.subtype === h.hit.entry.subtype || h.k - prev.head.k <= 2) &&
        h.k - last <= 4 && (!commaBetween(doc, doc.toks[last].end, doc.toks[h.k].start) || recalls(doc, prev.head.k))) ||
        // "اجتماع ثلاثي بين A و B، حيث ناقش الوزراء": what was done there
        tokIs(doc.toks[h.k - 1], doc.sets.where))) {
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

/** The trigger is a word that recalls a meeting already reported ("اللقاء", "القمة": the cue list anaphora). */
function recalls(doc: Doc, k: number): boolean {
  return findCue(doc, doc.toks[k].sentence, 'anaphora').some((x) => x.end - 1 === k);
}

export function groupDist(g: Group, pos: number): number {
  let d = Math.abs(g.head.k - pos);
  for (const h of g.extra) d = Math.min(d, Math.abs(h.k - pos));
  return d;
}

/**
 * "ان الاتفاق ينظم الوجود العسكري": an entry marked definite_refers, with the article and no preposition
 * of its frame right after it, recalls the one named before; "تم الاتفاق على" is the act itself.
 */
function recallsNamed(doc: Doc, k: number, hit: TriggerHit): boolean {
  if (!hit.entry.definite_refers) return false;
  const tok = doc.toks[k];
  if (!tok.w.c.startsWith(ARTICLE) && !tok.w.c.startsWith(ABSORBED_ARTICLE)) return false;
  const next = doc.toks[k + 1];
  return !(next?.sentence === tok.sentence && loadFrames().byRule.get(hit.entry.rule)?.preps.has(next.w.c));
}

/** The words a trigger entry requires near it are there ("وقع ... مذكرة"), and none of those it excludes ("هدوء حذر"). */
export function requirementsMet(doc: Doc, tokIdx: number, hit: TriggerHit): boolean {
  for (const r of hit.entry.requires ?? []) if (!contextNear(doc, tokIdx, r)) return false;
  for (const r of hit.entry.unless ?? []) if (contextNear(doc, tokIdx, r)) return false;
  return true;
}

/** A trigger word at token i with its required context there (not its form alone); `except`: of another type than that. */
export function eventWordAt(doc: Doc, i: number, except?: string): boolean {
  return doc.toks[i].w.trig?.some((h) => h.entry.type !== except && requirementsMet(doc, i, h)) === true;
}

function contextNear(doc: Doc, tokIdx: number, r: Requirement): boolean {
  const [a, b] = doc.sentTok[doc.toks[tokIdx].sentence];
  const w = r.window ?? 3;
  const side = r.side ?? 'after';
  return (side !== 'before' && withinWords(doc, tokIdx, +1, w, b - 1, r)) || (side !== 'after' && withinWords(doc, tokIdx, -1, w, a, r));
}

/** What the requirement asks for is at token k, walking in `dir`. */
function requiredAt(doc: Doc, r: Requirement, k: number, dir: 1 | -1): boolean {
  return (!!r.any && wordIn(doc.toks[k], r.any)) || (!!r.actor && mentionAt(doc, k, dir, isActor)) || (!!r.place && mentionAt(doc, k, dir, isPlace)) ||
    (!!r.complementizer && opensThatClause(doc.toks[k])) ||
    (!!r.cue && tokIs(doc.toks[k], doc.lex.cueWords.get(r.cue))) ||
    (!!r.type && !!doc.toks[k].w.trig?.some((h) => h.entry.type === r.type));
}

/** أن/إن, bare or with the pronoun of its subject ("إنه"), as the role data lists them. */
export function opensThatClause(tok: Tok): boolean {
  const rd = roleData();
  return tokIs(tok, rd.complementizers) || rd.speakerPronouns.has(tok.f);
}

/**
 * Whether the requirement `r` holds at one of the `window` words of the trigger, walking in `dir` up to token `limit`. A
 * name with its title counts as one word, so that a long subject between a verb and its object
 * ("وتبنى قادة منظمة معاهدة الأمن الجماعي استراتيجية") does not push the object out of reach; a count
 * ("أرسلت روسيا 30 ألف جندي") and a remark after the trigger between dashes or in parentheses
 * (clause/remark.ts) count as none; a phrase of when after it ("ووقع الوزيران في ختام اللقاء على خطة") as one.
 */
function withinWords(doc: Doc, tokIdx: number, dir: 1 | -1, window: number, limit: number, r: Requirement): boolean {
  const s = doc.toks[tokIdx].sentence;
  const spans = mentionSpans(doc, s);
  const adjuncts = dir > 0 ? occasionAdjuncts(doc, s) : null;
  let k = tokIdx;
  for (let n = 0; n < window; n++) {
    k += dir;
    if (dir > 0 ? k > limit : k < limit) return false;
    if (isCount(doc, k)) { n--; continue; }
    const remark = dir > 0 ? remarkEnd(doc.t.text, doc.toks, k, limit) : null;
    if (remark !== null) { k = remark; n--; continue; }
    if (requiredAt(doc, r, k, dir)) return true;
    const meeting = adjuncts?.size ? adjuncts.get(k) : undefined;
    if (meeting !== undefined && meeting <= limit && !requiredAt(doc, r, meeting, dir)) { k = meeting; continue; }
    const jump = dir > 0 ? spans.endOf.get(k) : spans.startOf.get(k);
    if (jump !== undefined) k = jump;
  }
  return false;
}

const ADJUNCTS = new WeakMap<Doc, Map<number, Map<number, number>>>();

/**
 * The phrases of when that open on a meeting's word in sentence s ("في ختام اللقاء", "على هامش القمة": cue list
 * occasion_adjuncts, then a meeting trigger): their first token → the meeting's word.
 */
function occasionAdjuncts(doc: Doc, s: number): Map<number, number> {
  let bySentence = ADJUNCTS.get(doc);
  if (!bySentence) ADJUNCTS.set(doc, (bySentence = new Map()));
  let out = bySentence.get(s);
  if (!out) {
    out = new Map();
    for (const c of findCue(doc, s, 'occasion_adjuncts')) {
      if (doc.toks[c.end]?.sentence === s && doc.toks[c.end].w.trig?.some((h) => h.entry.type === 'CONSULT')) out.set(c.at, c.end);
    }
    bySentence.set(s, out);
  }
  return out;
}

/** A requirement's context words split once into whole words ("=w") and stems. */
interface ContextWords { whole: Set<string>; stems: string[] }
const CONTEXT_WORDS = new WeakMap<string[], ContextWords>();
function contextWords(words: string[]): ContextWords {
  let x = CONTEXT_WORDS.get(words);
  if (!x) {
    x = { whole: new Set(), stems: [] };
    for (const word of words) if (word.startsWith('=')) x.whole.add(word.slice(1)); else x.stems.push(word);
    CONTEXT_WORDS.set(words, x);
  }
  return x;
}

/** One of the context words: "=w" the whole (clitic-stripped) word, otherwise a stem it starts with. */
function wordIn(tok: Tok, words: string[]): boolean {
  const { whole, stems } = contextWords(words);
  for (const c of tok.w.cands) {
    if (whole.has(c)) return true;
    for (const stem of stems) if (c.startsWith(stem)) return true;
  }
  return false;
}

/** A mention that `is` names at token k, walking in `dir` (its first word, title included, or its last). */
function mentionAt(doc: Doc, k: number, dir: 1 | -1, is: (m: Ment) => boolean): boolean {
  const ments = doc.bySentence.get(doc.toks[k].sentence);
  if (ments === undefined) return false;
  for (const m of ments) if ((dir > 0 ? Math.min(m.roleStart, m.t0) === k : m.t1 - 1 === k) && is(m)) return true;
  return false;
}

/** A person, an organisation or a country. */
const isActor = (m: Ment): boolean => m.ent.type !== 'PLACE' || m.isCountry;
const isPlace = (m: Ment): boolean => m.ent.type === 'PLACE';

/** A number in digits or a count word ("ألف", "عشرات"). */
export function isCount(doc: Doc, k: number): boolean {
  const tok = doc.toks[k];
  const c = tok.f.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || tokIs(tok, doc.sets.countWords);
}

/**
 * A count, or a number word of the dates' numbers table ("ثلاثة", "عشرين"). Not for the requirement windows:
 * there "اثني" may be the verb أثنى ("وأثنى بوتين على"), which a count would skip past.
 */
export function isNumber(doc: Doc, k: number): boolean {
  const tok = doc.toks[k];
  const numberWords = loadDateTables().numbers.words;
  return isCount(doc, k) || numberWords.has(tok.f) || numberWords.has(tok.w.c);
}

/**
 * Links between tokens of a sentence (a name's first token → its last, or back), read as a Map's get: an Int32Array
 * over the tokens the links fall in, -1 where there is none. The Maps these were grew and rehashed in every sentence.
 */
export class TokenLinks {
  private readonly to: Int32Array;
  constructor(private readonly from: number, end: number) {
    this.to = new Int32Array(end - from).fill(-1);
  }

  /** The token linked to token k, undefined when none. */
  get(k: number): number | undefined {
    const i = k - this.from;
    const v = i >= 0 && i < this.to.length ? this.to[i] : -1;
    return v < 0 ? undefined : v;
  }

  /** Links token k to token v (both within the range). */
  set(k: number, v: number): void {
    this.to[k - this.from] = v;
  }
}

export interface MentionSpans { endOf: TokenLinks; startOf: TokenLinks }
const SPANS = new WeakMap<Doc, Map<number, MentionSpans>>();

/**
 * For each name of the sentence (with its title) and each date: its last token from its first, and back;
 * a name counts as one word, and so does a date ("مددت سلطات كازاخستان الأربعاء إلى 31 كانون الثاني/يناير حالة الطوارئ").
 */
export function mentionSpans(doc: Doc, s: number): MentionSpans {
  let bySentence = SPANS.get(doc);
  if (!bySentence) SPANS.set(doc, (bySentence = new Map()));
  let spans = bySentence.get(s);
  if (!spans) {
    const [a, b] = doc.sentTok[s];
    const ments = doc.bySentence.get(s) ?? [];
    // the tokens the links fall in: the sentence's, and those of its names (which may end past it)
    let start = a, end = b;
    for (const m of ments) { start = Math.min(start, m.roleStart); end = Math.max(end, m.t1); }
    const endOf = new TokenLinks(start, end), startOf = new TokenLinks(start, end);
    const add = (first: number, last: number): void => {
      if (last > (endOf.get(first) ?? -1)) endOf.set(first, last);
      if (first < (startOf.get(last) ?? Infinity)) startOf.set(last, first);
    };
    for (const m of ments) add(m.roleStart, m.t1 - 1);
    for (const d of doc.dates) {
      if (d.sentence !== s) continue;
      const [first, last] = dateTokens(doc, s, d);
      if (last > first) add(first, last);
    }
    // names joined by و are one word too, the list a verb's subject ("وقع رئيسا طاجيكستان وأوزبكستان إمام علي رحمان وشوكت ميرزيوييف على اتفاقية")
    for (let first = start; first < end; first++) {
      let last = endOf.get(first);
      if (last === undefined) continue;
      for (let next = endOf.get(last + 1); next !== undefined && andGlued(doc, doc.toks[last + 1]); next = endOf.get(last + 1)) last = next;
      add(first, last);
    }
    spans = { endOf, startOf };
    bySentence.set(s, spans);
  }
  return spans;
}

/** The first and last tokens of a date mention of sentence s (last < first when it covers no whole token). */
function dateTokens(doc: Doc, s: number, d: DocDate): [number, number] {
  const [a, b] = doc.sentTok[s];
  const end = doc.t.toNorm(d.d.end);
  let first = -1, last = -2;
  for (let i = a; i < b && doc.toks[i].start < end; i++) {
    if (doc.toks[i].start < d.ns) continue;
    if (first < 0) first = i;
    if (doc.toks[i].end <= end) last = i;
  }
  return [first, last];
}

/** Words from token `from` (excluded) to `to` (included) of sentence s, a name with its title one word. */
export function wordsBetween(doc: Doc, s: number, from: number, to: number): number {
  const { endOf } = mentionSpans(doc, s);
  let n = 0;
  for (let i = from + 1; i <= to; i++) {
    n++;
    const end = endOf.get(i);
    if (end !== undefined && end < to) i = end;
  }
  return n;
}
