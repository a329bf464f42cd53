// The entity engine: gazetteer matching (exact, clitic, nisba, fuzzy), title and trigger
// patterns for unknown people and organisations, and in-document coreference.
//
// All matching runs over folded normalised tokens; every mention's text and offsets are
// taken from the original text through t.span, so original.slice(start, end) === text.

import type { AnalyzedText } from '../text/analyze.js';
import type { EntityRecord, EntityType, MatchMethod, Mention } from '../types.js';
import { compile, keyTokens, type Compiled, type MultiRef, type Payload, type TrieNode } from './compile.js';
import { mayReach, similarity, withinOneEdit } from './fuzzy.js';
import { builtinGazetteerFiles, loadGazetteers, type LoadedEntry } from './gazetteer.js';
import { WORD_TABLE_MAX, WordInterner } from '../text/intern.js';

export interface EntityEngineOptions {
  /** Extra gazetteer files given with --gazetteer. */
  gazetteers?: string[];
  /** Use only these gazetteer files instead of the built-in ones (tests, `gazetteer lookup`). */
  builtin?: string[] | false;
}

export interface EntityEngine {
  extract(t: AnalyzedText): EntityRecord[];
  /** The merged gazetteer entries the engine was compiled from. */
  readonly entries: readonly LoadedEntry[];
}

const cache = new Map<string, EntityEngine>();

/** Loads, validates and compiles the built-in and user gazetteers once per process. */
export function loadEntityEngine(options: EntityEngineOptions = {}): EntityEngine {
  const builtin = options.builtin === false ? [] : options.builtin ?? builtinGazetteerFiles();
  const files = [...builtin, ...(options.gazetteers ?? [])];
  const key = files.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const { entries } = loadGazetteers(files);
  const c = compile(entries);
  const words = new WordTable(c);
  const engine: EntityEngine = { entries, extract: (t) => extract(c, words, t) };
  cache.set(key, engine);
  return engine;
}

/** A word token over normalised text, with its folded form. */
interface Tok {
  s: number;
  e: number;
  f: string;
  sent: number;
  /** What the engine knows about the folded form, shared by every token of that form. */
  w: WordInfo;
}

/** One found mention before grouping into entities. */
interface Hit {
  ti: number;
  tj: number;
  /** Normalised offsets. */
  s: number;
  e: number;
  /** Gazetteer entry, or -1 for an unknown name. */
  entry: number;
  kind: Payload['kind'] | 'fuzzy' | 'pattern' | 'capital' | 'corefUnknown';
  method: MatchMethod;
  confidence: number;
  role: string | undefined;
  /** Candidate entries for short forms and surnames. */
  cands: number[] | undefined;
  /** For unknown names. */
  unknown: { type: EntityType; key: string; surface: string } | undefined;
  dropped: boolean;
}

type HitFields = Omit<Hit, 'role' | 'cands' | 'unknown' | 'dropped'> & Partial<Pick<Hit, 'role' | 'cands' | 'unknown'>>;

/** Every hit gets every field (absent ones undefined), so all hits have one object shape for V8. */
function hit(h: HitFields): Hit {
  return {
    ti: h.ti, tj: h.tj, s: h.s, e: h.e, entry: h.entry, kind: h.kind, method: h.method, confidence: h.confidence,
    role: h.role, cands: h.cands, unknown: h.unknown, dropped: false,
  };
}

const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[a-z]/;

function tokens(t: AnalyzedText, words: WordTable): Tok[] {
  const out: Tok[] = [];
  const folded = t.folded;
  for (const k of t.tokens) {
    const x = words.find(folded, k.start, k.end);
    const f = words.keys[x];
    const w = words.values[x];
    if (w.mixed) {
      // "Sputnikالتعليق": split where the script changes
      let a = 0;
      for (let i = 1; i <= f.length; i++) {
        if (i === f.length || ARABIC.test(f[i]) !== ARABIC.test(f[i - 1])) {
          const y = words.find(folded, k.start + a, k.start + i);
          out.push({ s: k.start + a, e: k.start + i, f: words.keys[y], sent: k.sentence, w: words.values[y] });
          a = i;
        }
      }
    } else out.push({ s: k.start, e: k.end, f, sent: k.sentence, w });
  }
  return out;
}

/** A clitic variant that starts a path in a trie, with the path's first node. */
interface Start {
  node: TrieNode;
  cut: number;
  key: string;
}

/** A lone word taken as a misspelt name. */
interface FuzzyWordHit {
  cut: number;
  pay: Payload;
  score: number;
}

/**
 * Everything about a folded word that does not depend on the document, computed once per
 * engine and word: news vocabulary repeats heavily, and most words start no name at all.
 */
interface WordInfo {
  /** Latin and Arabic letters in one token ("Sputnikالتعليق"). */
  readonly mixed: boolean;
  /** isStop(). */
  readonly stop: boolean;
  /** variants(f, stop, 3) has more than the word itself. */
  readonly clitic: boolean;
  /** Variants that start a gazetteer path, in variants() order. */
  readonly gaz: Start[] | null;
  /** Variants that start a title path, in variants() order. */
  readonly title: Start[] | null;
  /** Cut of the first variant that is an organisation trigger, or -1. */
  readonly orgCut: number;
  /** Multi-word names containing the word. */
  readonly multi: MultiRef[] | null;
  /** Long enough, not a stopword and not a gazetteer word: a lone-word fuzzy candidate. */
  readonly fuzzy: boolean;
}

/** Shared descriptions of the many words that start nothing, by clitic + 2 * fuzzy. */
const PLAIN: readonly WordInfo[] = [0, 1, 2, 3].map((x) => ({
  mixed: false, stop: false, clitic: (x & 1) !== 0, gaz: null, title: null, orgCut: -1, multi: null, fuzzy: (x & 2) !== 0,
}));

/**
 * The words an engine has seen with their descriptions, and the fuzzy results of those looked
 * up: as a lone word, and against the words of multi-word names (the same pairs recur in
 * every article).
 */
class WordTable extends WordInterner<WordInfo> {
  readonly fuzzyHits = new Map<string, FuzzyWordHit | null>();
  private readonly likeness = new Map<string, Map<string, number>>();

  constructor(c: Compiled) {
    super((f) => describeWord(c, f), WORD_TABLE_MAX, () => { this.fuzzyHits.clear(); this.likeness.clear(); });
  }

  /** nameWordLikeness(f, stop, want), remembered. */
  likenessTo(f: string, stop: boolean, want: string): number {
    let byWant = this.likeness.get(f);
    if (byWant === undefined) this.likeness.set(f, (byWant = new Map()));
    let sim = byWant.get(want);
    if (sim === undefined) byWant.set(want, (sim = nameWordLikeness(f, stop, want)));
    return sim;
  }
}

function describeWord(c: Compiled, f: string): WordInfo {
  const vars = variants(f, c.stop, 3);
  const stop = isStop(c, f);
  let gaz: Start[] | null = null;
  let title: Start[] | null = null;
  let orgCut = -1;
  for (const v of vars) {
    const g = c.root.get(v.key);
    if (g) (gaz ??= []).push({ node: g, cut: v.cut, key: v.key });
    const tn = c.titles.get(v.key);
    if (tn) (title ??= []).push({ node: tn, cut: v.cut, key: v.key });
    if (orgCut < 0 && c.orgTriggers.has(v.key)) orgCut = v.cut;
  }
  const multi = c.multi.get(f) ?? null;
  const fuzzy = letters(f) - (f.startsWith('ال') ? 2 : 0) >= FUZZY_MIN_LETTERS && !stop && !c.vocab.has(f);
  const mixed = LATIN.test(f) && ARABIC.test(f);
  const clitic = vars.length > 1;
  if (!mixed && !stop && !gaz && !title && orgCut < 0 && !multi) return PLAIN[(clitic ? 1 : 0) + (fuzzy ? 2 : 0)];
  return { mixed, stop, clitic, gaz, title, orgCut, multi, fuzzy };
}

/** Proclitic prefixes (folded) and whether they absorbed the article (لل = ل + ال). */
const PREFIXES: [string, boolean][] = [
  ['و', false], ['ف', false], ['ب', false], ['ل', false], ['ك', false],
  ['وب', false], ['ول', false], ['وك', false], ['فب', false], ['فل', false], ['فك', false],
  ['لل', true], ['ولل', true], ['فلل', true],
];

interface Variant {
  key: string;
  /** Characters of the token before the name starts. */
  cut: number;
}

function variants(f: string, stop: Set<string>, minRest = 3): Variant[] {
  const out: Variant[] = [{ key: f, cut: 0 }];
  if (stop.has(f)) return out;
  for (const [p, article] of PREFIXES) {
    if (f.length - p.length < minRest || !f.startsWith(p)) continue;
    const rest = f.slice(p.length);
    out.push({ key: article ? 'ال' + rest : rest, cut: p.length });
  }
  return out;
}

function isStop(c: Compiled, f: string): boolean {
  if (c.stop.has(f)) return true;
  if ((f[0] === 'و' || f[0] === 'ف') && f.length > 3 && c.stop.has(f.slice(1))) return true;
  return false;
}

interface Ctx {
  c: Compiled;
  words: WordTable;
  t: AnalyzedText;
  toks: Tok[];
  /** join[i]: token i and i+1 may be parts of one name (only a space or a bare hyphen between). */
  join: Uint8Array;
  /** covered[i]: index into hits of the hit covering token i, or -1. */
  covered: Int32Array;
  hits: Hit[];
}

/** Longest gazetteer match starting at token i (clitics allowed on the first token). */
function matchAt(ctx: Ctx, i: number): { tj: number; cut: number; pays: Payload[] } | null {
  const { toks, join } = ctx;
  const starts = toks[i].w.gaz;
  if (starts === null) return null;
  let best: { tj: number; cut: number; pays: Payload[] } | null = null;
  for (const v of starts) {
    let node: TrieNode | undefined = v.node;
    let j = i;
    while (node) {
      if (node.pays && (!best || j > best.tj)) {
        const pays = v.cut > 0 ? node.pays.filter((p) => clitOk(toks[i].f.length - v.cut, p, ctx, i, j))
          : noAcronym(node.pays) ? node.pays : node.pays.filter((p) => p.kind !== 'acronym' || upperAt(ctx, i, j));
        if (pays.length) best = { tj: j, cut: v.cut, pays };
      }
      if (!node.next || j + 1 >= toks.length || !join[j]) break;
      node = node.next.get(toks[j + 1].f);
      j++;
    }
  }
  return best;
}

function noAcronym(pays: Payload[]): boolean {
  for (const p of pays) if (p.kind === 'acronym') return false;
  return true;
}

function clitOk(restLen: number, p: Payload, ctx: Ctx, i: number, j: number): boolean {
  if (p.kind === 'acronym') return false;
  // a short one-word name behind a clitic is too often an ordinary word
  if (i === j && restLen < 4 && p.kind !== 'alias') return false;
  void ctx;
  return true;
}

function upperAt(ctx: Ctx, i: number, j: number): boolean {
  const s = ctx.t.text.slice(ctx.toks[i].s, ctx.toks[j].e);
  return s === s.toUpperCase();
}

function addHit(ctx: Ctx, fields: HitFields): number {
  const k = ctx.hits.length;
  const h = hit(fields);
  ctx.hits.push(h);
  for (let x = h.ti; x <= h.tj; x++) ctx.covered[x] = k;
  return k;
}

function removeHit(ctx: Ctx, k: number): void {
  const h = ctx.hits[k];
  h.dropped = true;
  for (let x = h.ti; x <= h.tj; x++) if (ctx.covered[x] === k) ctx.covered[x] = -1;
}

const CONF: Record<string, number> = { alias: 0.97, acronym: 0.9, partial: 0.93, nisba: 0.85, short: 0.8, surname: 0.75 };

function extract(c: Compiled, words: WordTable, t: AnalyzedText): EntityRecord[] {
  const toks = tokens(t, words);
  const n = toks.length;
  const join = new Uint8Array(n);
  const text = t.text;
  for (let i = 0; i + 1 < n; i++) {
    if (toks[i].sent !== toks[i + 1].sent) continue;
    // only spaces, or a bare hyphen
    const a = toks[i].e, b = toks[i + 1].s;
    if (b <= a) continue;
    if (b - a === 1 && text.charCodeAt(a) === 45) { join[i] = 1; continue; }
    let x = a;
    while (x < b && text.charCodeAt(x) === 32) x++;
    if (x === b) join[i] = 1;
  }
  const ctx: Ctx = { c, words, t, toks, join, covered: new Int32Array(n).fill(-1), hits: [] };

  // 1. gazetteer: longest match first, left to right
  for (let i = 0; i < n;) {
    const m = matchAt(ctx, i);
    if (!m) { i++; continue; }
    const p = m.pays[0];
    const cands = m.pays.length === 1 ? [p.entry] : [...new Set(m.pays.filter((q) => q.kind === p.kind).map((q) => q.entry))];
    addHit(ctx, {
      ti: i, tj: m.tj, s: toks[i].s + m.cut, e: toks[m.tj].e, entry: cands.length === 1 ? p.entry : -1,
      kind: p.kind, method: p.kind === 'nisba' ? 'nisba' : m.cut > 0 ? 'clitic' : 'exact',
      confidence: m.cut > 0 ? Math.min(CONF[p.kind], 0.9) : CONF[p.kind] + (m.tj > i ? 0.02 : 0),
      cands,
    });
    i = m.tj + 1;
  }

  capitals(ctx);
  fuzzyPass(ctx);
  resolveShortForms(ctx);
  titlePatterns(ctx);
  orgPatterns(ctx);
  unknownSurnames(ctx);
  nisbaInsideOrganisations(ctx);
  return build(ctx);
}

/**
 * A national body named with a nisba ("القوات الأمريكية", "وزارة الدفاع الروسية") also
 * mentions its country: the organisation keeps its span and the country gets the nisba word.
 */
function nisbaInsideOrganisations(ctx: Ctx): void {
  const { c, toks, hits } = ctx;
  const found = hits.length;
  for (let k = 0; k < found; k++) {
    const h = hits[k];
    if (h.dropped || h.entry < 0 || h.ti === h.tj || c.entries[h.entry].type !== 'ORG') continue;
    for (let x = h.ti + 1; x <= h.tj; x++) {
      const nisba = c.root.get(toks[x].f)?.pays?.find((p) => p.kind === 'nisba');
      if (!nisba) continue;
      // pushed without claiming the tokens: they stay the organisation's
      hits.push(hit({ ti: x, tj: x, s: toks[x].s, e: toks[x].e, entry: nisba.entry, kind: 'nisba', method: 'nisba', confidence: CONF.nisba }));
    }
  }
}

/** Strips clitics off a token and tells whether the rest is in `set`. */
function inSet(ctx: Ctx, f: string, set: Set<string>): boolean {
  for (const v of variants(f, ctx.c.stop, 2)) if (set.has(v.key)) return true;
  return false;
}

/**
 * "العاصمة الطاجيكية" → Dushanbe; "العاصمة الكازاخستانية أستانا" → one mention of Astana.
 * "عاصمة جمهورية كازاخستان" names the country too: it stays a mention of Kazakhstan, and
 * the whole phrase is also a mention of the capital unless the capital's name follows.
 */
function capitals(ctx: Ctx): void {
  const { c, toks, hits } = ctx;
  const count = hits.length;
  for (let k = 0; k < count; k++) {
    const h = hits[k];
    if (h.dropped || h.entry < 0) continue;
    const e = c.entries[h.entry];
    if (e.type !== 'PLACE' || !c.capitalOf.has(h.entry)) continue;
    if (h.kind !== 'nisba' && h.kind !== 'alias') continue;
    let w = h.ti - 1;
    if (w >= 0 && ctx.join[w] && h.kind === 'alias' && c.republicWords.has(toks[w].f)) w--;
    if (w < 0 || !ctx.join[w] || ctx.covered[w] >= 0 || !inSet(ctx, toks[w].f, c.capitalWords)) continue;
    const cap = c.capitalOf.get(h.entry)!;
    // where the capital word carries a clitic ("بالعاصمة"), start at the word itself
    const cw = toks[w].f;
    const at = cw.indexOf('عاصمه');
    const s = toks[w].s + (at > 0 ? (cw.slice(at - 2, at) === 'ال' ? at - 2 : at) : 0);
    // the capital's own name right after
    const nk = h.tj + 1 < toks.length ? ctx.covered[h.tj + 1] : -1;
    const follows = nk >= 0 && hits[nk].entry === cap && toks[h.tj + 1].sent === toks[h.tj].sent
      ? ctx.t.text.slice(toks[h.tj].e, toks[h.tj + 1].s) : null;
    if (h.kind === 'alias') {
      if (follows !== null && /^[ \-:"']*$/.test(follows)) continue;
      // an extra mention over the phrase; the country keeps its tokens
      ctx.hits.push(hit({ ti: w, tj: h.tj, s, e: h.e, entry: cap, kind: 'capital', method: 'pattern', confidence: 0.75 }));
      continue;
    }
    if (follows !== null && /^[ -]*$/.test(follows)) {
      const tj = hits[nk].tj;
      removeHit(ctx, nk);
      removeHit(ctx, k);
      addHit(ctx, { ti: w, tj, s, e: toks[tj].e, entry: cap, kind: 'capital', method: 'exact', confidence: 0.95 });
    } else if (follows !== null && /^[ \-:"']*$/.test(follows)) {
      removeHit(ctx, k); // the quoted name stands as the mention
    } else {
      removeHit(ctx, k);
      addHit(ctx, { ti: w, tj: h.tj, s, e: h.e, entry: cap, kind: 'capital', method: 'nisba', confidence: 0.8 });
    }
  }
}

function fuzzyWord(c: Compiled, f: string): { pay: Payload; score: number } | null {
  let res: { pay: Payload; score: number } | null = null;
  const b = c.fuzzy.best(f, f.length >= 8 ? 0.9 : 0.92, 1);
  if (b && b.values.length && new Set(b.values.map((v) => v.entry)).size === 1) {
    const ok = b.score >= 0.93 || (f.length >= 6 && withinOneEdit(f, b.key));
    if (ok) res = { pay: b.values[0], score: b.score };
  }
  return res;
}

/** The lone-word fuzzy match of a candidate word, as is or without a one-letter clitic. */
function fuzzyLone(c: Compiled, f: string): FuzzyWordHit | null {
  const tries: Variant[] = [{ key: f, cut: 0 }];
  if ((f[0] === 'و' || f[0] === 'ب' || f[0] === 'ل') && f.length > FUZZY_MIN_LETTERS) tries.push({ key: f.slice(1), cut: 1 });
  for (const v of tries) {
    if (c.vocab.has(v.key) || c.stop.has(v.key)) continue;
    const r = fuzzyWord(c, v.key);
    if (r) return { cut: v.cut, pay: r.pay, score: r.score };
  }
  return null;
}

function letters(f: string): number {
  let n = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f.charCodeAt(i);
    if (ch < 48 || ch > 57) n++;
  }
  return n;
}

/**
 * A lone word is only taken as a misspelt name when it is long: most Arabic words of
 * five or six letters sit one edit away from some name (سياسي/سيسي, اكتوبر/اكتوبي).
 */
const FUZZY_MIN_LETTERS = 7;

/** A one-word short form or surname hit that a longer fuzzy name may take over. */
function replaceable(ctx: Ctx, k: number): boolean {
  const h = ctx.hits[k];
  return h.ti === h.tj && (h.kind === 'short' || h.kind === 'surname');
}

/** Spellings no list foresees: one long word, or one word of a multi-word name off. */
function fuzzyPass(ctx: Ctx): void {
  const { c, toks, covered } = ctx;
  const n = toks.length;
  // multi-word names with one word off: anchored on a word that matches exactly
  for (let i = 0; i < n; i++) {
    const refs = toks[i].w.multi;
    if (refs === null || (covered[i] >= 0 && !replaceable(ctx, covered[i]))) continue;
    let done = false;
    for (const r of refs) {
      if (done) break;
      const st = i - r.pos;
      const en = st + r.tokens.length - 1;
      if (st < 0 || en >= n) continue;
      let ok = true, off = -1, score = 1;
      for (let x = st; x <= en && ok; x++) {
        if ((covered[x] >= 0 && !replaceable(ctx, covered[x])) || (x < en && !ctx.join[x])) { ok = false; break; }
        const want = r.tokens[x - st];
        if (toks[x].f === want) continue;
        if (off >= 0) { ok = false; break; }
        const sim = ctx.words.likenessTo(toks[x].f, toks[x].w.stop, want);
        if (sim < 0.85) { ok = false; break; }
        off = x; score = sim;
      }
      if (!ok || off < 0) continue;
      for (let x = st; x <= en; x++) if (covered[x] >= 0) removeHit(ctx, covered[x]);
      addHit(ctx, {
        ti: st, tj: en, s: toks[st].s, e: toks[en].e, entry: r.entry, kind: 'fuzzy', method: 'fuzzy',
        confidence: +(0.5 + 0.3 * score).toFixed(2),
      });
      done = true;
      i = en;
    }
  }
  // single words
  for (let i = 0; i < n; i++) {
    const w = toks[i].w;
    if (!w.fuzzy || covered[i] >= 0) continue;
    let r = ctx.words.fuzzyHits.get(toks[i].f);
    if (r === undefined) ctx.words.fuzzyHits.set(toks[i].f, (r = fuzzyLone(c, toks[i].f)));
    if (r === null) continue;
    addHit(ctx, {
      ti: i, tj: i, s: toks[i].s + r.cut, e: toks[i].e, entry: r.pay.entry,
      kind: r.pay.kind === 'short' ? 'short' : 'fuzzy', method: 'fuzzy',
      confidence: +(0.4 + 0.4 * r.score).toFixed(2), cands: [r.pay.entry],
    });
  }
}

/**
 * How alike a document word is to a word of a multi-word name, compared without article and
 * nisba ending; 0 for stopwords and words too short or too different in length to count.
 */
function nameWordLikeness(f: string, stop: boolean, want: string): number {
  const a = core(f), b = core(want);
  if (a.length < 3 || stop || Math.abs(a.length - b.length) > 2) return 0;
  return mayReach(a, b, 0.85) ? similarity(a, b) : 0;
}

/**
 * A word without the article and the nisba ending, which inflate the likeness of different
 * words: العسكرية and العربية share ال...ية but not their stems (عسكر, عرب).
 */
function core(f: string): string {
  return f.replace(/^ال(?=\p{L}{3})/u, '').replace(/(?:يه|يين|يون|ي|ه)$/u, '');
}

function fullKinds(h: Hit): boolean {
  return !h.dropped && h.entry >= 0 && (h.kind === 'alias' || h.kind === 'partial' || h.kind === 'fuzzy' || h.kind === 'capital' || h.kind === 'acronym');
}

/** Short forms and surnames: link to the entity named in full in the document, or when unambiguous. */
function resolveShortForms(ctx: Ctx): void {
  const { c, hits } = ctx;
  const fullAt = new Map<number, number>(); // entry -> first offset of a full mention
  for (const h of hits) if (fullKinds(h)) { const p = fullAt.get(h.entry); if (p === undefined || h.s < p) fullAt.set(h.entry, h.s); }
  hits.forEach((h, k) => {
    if (h.dropped || (h.kind !== 'short' && h.kind !== 'surname')) return;
    const cands = h.cands ?? [h.entry];
    const named = cands.filter((x) => fullAt.has(x));
    let pick = -1;
    if (named.length === 1) pick = named[0];
    else if (named.length > 1) pick = named.reduce((a, b) => (Math.abs(fullAt.get(a)! - h.s) <= Math.abs(fullAt.get(b)! - h.s) ? a : b));
    else if (h.kind === 'short') {
      if (cands.length === 1) pick = cands[0];
      else {
        const current = cands.filter((x) => (c.entries[x].roles ?? []).some((r) => !r.to));
        if (current.length === 1) pick = current[0];
      }
    }
    if (pick < 0) { removeHit(ctx, k); return; }
    h.entry = pick;
    const before = fullAt.has(pick) && fullAt.get(pick)! < h.s;
    if (before) { h.method = 'coreference'; h.confidence = h.method === 'coreference' && h.kind === 'surname' ? 0.85 : 0.9; }
    else if (h.method !== 'fuzzy') h.confidence = h.kind === 'short' ? 0.8 : 0.7;
  });
}

function isNameToken(ctx: Ctx, i: number, first: boolean): boolean {
  const { c, toks } = ctx;
  const f = toks[i].f;
  // the given name علي, spelt with ي, is not the preposition على, which folding makes the same word
  const ali = f === 'علي' && ctx.t.text.slice(toks[i].s, toks[i].e) === 'علي';
  if (f.length < 2 || (toks[i].w.stop && !ali) || /[0-9]/.test(f)) return false;
  // "للصحفيين": ل + the article is "for the ...", never a name
  if (f.startsWith('لل')) return false;
  // the article; but أليكسي, ألكسندر (a hamza on the alef) start foreign given names
  if (first && f.startsWith('ال') && !c.nameParts.has(f) && !/^[أإآ]ل/u.test(ctx.t.text.slice(toks[i].s, toks[i].e))) return false;
  if (first && c.nameParts.has(f) && f !== 'عبد' && f !== 'ابو' && f !== 'ابن' && f !== 'ال') return false;
  if (c.titles.has(f) || c.complements.has(f)) return false;
  return true;
}

const nameTokenCache = new WeakMap<Compiled, Map<number, string[]>>();
/** Folded words of every Arabic name of an entry. */
function nameTokens(c: Compiled, entry: number): string[] {
  let m = nameTokenCache.get(c);
  if (!m) nameTokenCache.set(c, (m = new Map()));
  let l = m.get(entry);
  if (!l) {
    const e = c.entries[entry];
    l = [...new Set([e.name_ar, ...(e.aliases ?? []), ...(e.short ?? [])].filter((x): x is string => !!x).flatMap(keyTokens))];
    m.set(entry, l);
  }
  return l;
}

/** Two spellings of one name word ("إيمان" and "إيمانغالي", "فلاديميروف" and "فلاديميروفيتش"). */
function nameLike(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
  return a.length >= 3 && mayReach(a, b, 0.8) && similarity(a, b) >= 0.8;
}

/** Title words at token i: end token of the title, or -1. */
function titleAt(ctx: Ctx, i: number): { tj: number; cut: number; key: string } | null {
  const { toks, join } = ctx;
  const starts = toks[i].w.title;
  if (starts === null) return null;
  let best: { tj: number; cut: number; key: string } | null = null;
  for (const v of starts) {
    let node: TrieNode | undefined = v.node;
    let j = i;
    let key = v.key;
    while (node) {
      if (node.pays && (!best || j > best.tj)) best = { tj: j, cut: v.cut, key };
      if (!node.next || j + 1 >= toks.length || !join[j]) break;
      node = node.next.get(toks[j + 1].f);
      j++;
      key += ' ' + toks[j].f;
    }
  }
  return best;
}

function countQuotes(s: string, a: number, b: number): number {
  let q = 0;
  for (let i = a; i < b; i++) if (s.charCodeAt(i) === 34) q++;
  return q;
}

const GAP_TO_NAME = /^[ ,\-:"']*$/;

/** "الرئيس X Y", "رئيس وزراء أرمينيا X Y", "وزير خارجية طاجيكستان - X Y": roles and unknown people. */
function titlePatterns(ctx: Ctx): void {
  const n = ctx.toks.length;
  for (let i = 0; i < n; i++) {
    if (ctx.covered[i] >= 0) continue;
    const ti = titleAt(ctx, i);
    if (ti) i = titledPerson(ctx, i, ti);
  }
}

/** The title's last token, past the words and known places and organisations that belong to it. */
function titleExtent(ctx: Ctx, tj: number): { j: number; complement: boolean } {
  const { c, t, toks, covered, hits } = ctx;
  const n = toks.length;
  let j = tj;
  let complement = false;
  for (;;) {
    const nx = j + 1;
    if (nx >= n || toks[nx].sent !== toks[j].sent) break;
    const gap = t.text.slice(toks[j].e, toks[nx].s);
    if (!/^[ "']*$/.test(gap) && gap !== '-') break;
    const k = covered[nx];
    if (k >= 0) {
      const h = hits[k];
      const type = h.entry >= 0 ? c.entries[h.entry].type : h.unknown?.type;
      if (type === 'PERSON' || h.ti !== nx) break;
      j = h.tj; complement = true; continue;
    }
    if (inSet(ctx, toks[nx].f, c.complements)) { j = nx; continue; }
    break;
  }
  return { j, complement };
}

/** The person named after the title that starts at token i; returns the token to go on after. */
function titledPerson(ctx: Ctx, i: number, ti: { tj: number; cut: number; key: string }): number {
  const { c, t, toks, covered, hits } = ctx;
  const n = toks.length;
  const roleStart = toks[i].s + ti.cut;
  const { j, complement } = titleExtent(ctx, ti.tj);
  let roleEnd = toks[j].e;
  // keep a quoted name inside the role whole: الأمين العام لمنظمة "معاهدة الأمن الجماعي"
  if (countQuotes(t.text, roleStart, roleEnd) % 2 === 1 && t.text[roleEnd] === '"') roleEnd++;
  // the name: after a space, comma, dash or colon
  const a = j + 1;
  if (a >= n || toks[a].sent !== toks[j].sent || !GAP_TO_NAME.test(t.text.slice(toks[j].e, toks[a].s))) return j;
  if (covered[a] < 0 && titleAt(ctx, a)) return j; // a chain of titles: the next one takes over
  const role = t.span(roleStart, roleEnd).text;
  const k0 = covered[a];
  if (k0 >= 0) {
    const h = hits[k0];
    if (h.ti === a && h.entry >= 0 && c.entries[h.entry].type === 'PERSON') { h.role ??= role; return h.tj; }
    if (h.ti === a && h.unknown?.type === 'PERSON') { h.role ??= role; return h.tj; }
    return j;
  }
  // unknown words up to a known person: "فلاديمير فلاديميروف بوتين" joins Putin
  const names: number[] = [];
  let count = 0;
  let linked = -1;
  for (let x = a; x < n; x++) {
    if (x > a && (!ctx.join[x - 1] || toks[x].sent !== toks[a].sent)) break;
    const k = covered[x];
    if (k >= 0) {
      const h = hits[k];
      if (h.ti === x && h.entry >= 0 && c.entries[h.entry].type === 'PERSON' && names.length) linked = k;
      break;
    }
    if (!isNameToken(ctx, x, x === a)) break;
    const part = c.nameParts.has(toks[x].f);
    if (!part) count++;
    if (count > 3) break;
    names.push(x);
  }
  if (linked >= 0) return namesBeforePerson(ctx, names, linked, role, j);
  if (!names.length) return j;
  // trailing name parts are not names on their own ("... عبد")
  while (names.length > 1 && (toks[names[names.length - 1]].f === 'عبد' || toks[names[names.length - 1]].f === 'ابو')) names.pop();
  const realCount = names.filter((x) => !c.nameParts.has(toks[x].f)).length;
  const weak = !complement && c.weakTitles.has(ti.key);
  if (realCount < (weak ? 2 : 1)) return j;
  const b = names[names.length - 1];
  const surface = t.span(toks[a].s, toks[b].e).text;
  const key = names.map((x) => toks[x].f).join(' ');
  addHit(ctx, {
    ti: a, tj: b, s: toks[a].s, e: toks[b].e, entry: -1, kind: 'pattern', method: 'pattern', confidence: 0.6, role,
    unknown: { type: 'PERSON', key, surface },
  });
  return b;
}

/**
 * Unknown words between a title and a known person (hit `linked`): from the first that looks
 * like one of the person's names they join the person; given names a person known by surname
 * does not have make another person of that name. Returns the token to go on after.
 */
function namesBeforePerson(ctx: Ctx, names: number[], linked: number, role: string, j: number): number {
  const { c, t, toks, covered, hits } = ctx;
  const a = names[0];
  const known = nameTokens(c, hits[linked].entry);
  const from = names.findIndex((x) => known.some((w) => nameLike(toks[x].f, w)));
  const h = hits[linked];
  if (from !== 0 && (h.kind === 'surname' || h.kind === 'short')) {
    // "رجب علي رحمان" is not Emomali Rahmon, "مهر غريغوريان" not Armen Grigoryan
    const b = h.tj;
    removeHit(ctx, linked);
    const surface = t.span(toks[a].s, toks[b].e).text;
    const key = [...names, ...Array.from({ length: b - h.ti + 1 }, (_, d) => h.ti + d)].map((x) => toks[x].f).join(' ');
    addHit(ctx, {
      ti: a, tj: b, s: toks[a].s, e: toks[b].e, entry: -1, kind: 'pattern', method: 'pattern', confidence: 0.6, role,
      unknown: { type: 'PERSON', key, surface },
    });
    return b;
  }
  if (from < 0) return j;
  const joined = names.slice(from);
  for (const x of joined) covered[x] = linked;
  h.ti = joined[0]; h.s = toks[joined[0]].s; h.role ??= role;
  if (h.method === 'coreference' || h.kind === 'surname' || h.kind === 'short') h.method = 'exact';
  return h.tj;
}
/** "حركة X", "منظمة X", "شركة X", "وكالة X", "جماعة X": organisations without an entry. */
function orgPatterns(ctx: Ctx): void {
  const { c, t, toks, covered } = ctx;
  const n = toks.length;
  for (let i = 0; i + 1 < n; i++) {
    if (covered[i] >= 0 || toks[i + 1].sent !== toks[i].sent) continue;
    const cut = toks[i].w.orgCut;
    if (cut < 0) continue;
    const gap = t.text.slice(toks[i].e, toks[i + 1].s);
    const quoted = /^ ?"$/.test(gap);
    if (!quoted && gap !== ' ') continue;
    const names: number[] = [];
    for (let x = i + 1; x < n && names.length < (quoted ? 5 : 3); x++) {
      if (covered[x] >= 0) break;
      if (x > i + 1) {
        const g = t.text.slice(toks[x - 1].e, toks[x].s);
        if (g !== ' ' && g !== '-') break;
      }
      const f = toks[x].f;
      if (!quoted) {
        if (!isNameToken(ctx, x, x === i + 1)) break;
        // a feminine adjective agreeing with the trigger noun: "منظمة دولية", "جبهة واسعة"
        if (x === i + 1 && (f.endsWith('ه') || f.endsWith('يات') || f.endsWith('ين'))) break;
      } else if (/[0-9]/.test(f) || (x === i + 1 && c.stop.has(f))) break;
      names.push(x);
    }
    if (!names.length) continue;
    const b = names[names.length - 1];
    if (quoted && t.text[toks[b].e] !== '"') continue;
    if (!quoted && names.length === 1 && toks[b].f.length < 3) continue;
    const s = toks[i].s + cut;
    const surface = t.span(s, toks[b].e).text;
    const key = [toks[i].f.slice(cut), ...names.map((x) => toks[x].f)].join(' ');
    addHit(ctx, { ti: i, tj: b, s, e: toks[b].e, entry: -1, kind: 'pattern', method: 'pattern', confidence: 0.6, unknown: { type: 'ORG', key, surface } });
    i = b;
  }
}

/** An unknown person found as "X Y" is later "Y". */
function unknownSurnames(ctx: Ctx): void {
  const { c, toks, covered, hits } = ctx;
  const last = new Map<string, number>();
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.dropped || h.unknown?.type !== 'PERSON' || h.tj === h.ti) continue;
    const f = toks[h.tj].f;
    if (f.length >= 3 && !c.nameParts.has(f) && !last.has(f)) last.set(f, k);
  }
  if (!last.size) return;
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] >= 0) continue;
    const vars = toks[i].w.clitic ? variants(toks[i].f, c.stop, 3) : null;
    for (let q = 0, nv = vars ? vars.length : 1; q < nv; q++) {
      const k = last.get(vars ? vars[q].key : toks[i].f);
      if (k === undefined || hits[k].s > toks[i].s) continue;
      const src = hits[k];
      addHit(ctx, {
        ti: i, tj: i, s: toks[i].s + (vars ? vars[q].cut : 0), e: toks[i].e, entry: -1, kind: 'corefUnknown', method: 'coreference', confidence: 0.55,
        unknown: src.unknown,
      });
      break;
    }
  }
}

/** Rounded confidences: few distinct values, and toFixed is slow. */
const rounded = new Map<number, number>();

function round2(x: number): number {
  let r = rounded.get(x);
  if (r === undefined) {
    r = +x.toFixed(2);
    if (rounded.size < 4096) rounded.set(x, r);
  }
  return r;
}

function build(ctx: Ctx): EntityRecord[] {
  const { c, t, toks, hits } = ctx;
  const byId = new Map<string, EntityRecord>();
  const live = hits.filter((h) => !h.dropped && (h.entry >= 0 || h.unknown)).sort((a, b) => a.s - b.s);
  for (const h of live) {
    let id: string;
    let rec: EntityRecord | undefined;
    if (h.entry >= 0) {
      const e = c.entries[h.entry];
      id = e.id;
      rec = byId.get(id);
      if (!rec) {
        rec = { id, type: e.type, name: e.name, name_ar: e.name_ar ?? e.aliases?.[0] ?? e.name, linked: true, mentions: [] };
        if (e.country) rec.country = e.country;
        if (e.iso3) rec.iso3 = e.iso3;
        if (e.kind) rec.kind = e.kind;
        byId.set(id, rec);
      }
    } else {
      const u = h.unknown!;
      id = `unlinked:${u.type}:${u.key}`;
      rec = byId.get(id);
      if (!rec) {
        rec = { id, type: u.type, name: u.surface, name_ar: u.surface, linked: false, mentions: [] };
        byId.set(id, rec);
      }
    }
    const sp = t.span(h.s, h.e);
    const m: Mention = { text: sp.text, start: sp.start, end: sp.end, sentence: toks[h.ti].sent, method: h.method, confidence: round2(h.confidence) };
    if (h.role) m.role = h.role;
    rec.mentions.push(m);
  }
  const out = [...byId.values()];
  for (const r of out) r.mentions.sort((a, b) => a.start - b.start);
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return out;
}

// ---------------------------------------------------------------------------------------------
// countries for the event engine (capitals, nisba adjectives), from the cached gazetteer

import { foldKey as foldCountryKey } from '../text/normalize.js';
import { nisbaForms } from './compile.js';

export interface CountryInfo {
  iso2: string;
  iso3: string;
  name: string;
  name_ar: string;
  capital: { id: string; name: string; name_ar: string } | null;
  /** Folded nisba adjective forms ("الروسي", "الروسيه", "روسيون" ...), as the matcher knows them. */
  nisba: string[];
}

const countryCache = new WeakMap<EntityEngine, Map<string, CountryInfo>>();

/** Gazetteer countries (kind "country") by ISO2 code, built once per engine from its loaded entries. */
export function countryInfo(options: EntityEngineOptions = {}): Map<string, CountryInfo> {
  const engine = loadEntityEngine(options);
  let out = countryCache.get(engine);
  if (out) return out;
  out = new Map();
  const byId = new Map(engine.entries.map((e) => [e.id, e]));
  for (const e of engine.entries) {
    if (e.type !== 'PLACE' || e.kind !== 'country' || !e.country || !e.iso3) continue;
    const iso2 = e.country.toUpperCase();
    if (out.has(iso2)) continue;
    const cap = e.capital ? byId.get(e.capital) : undefined;
    const nisba = new Set<string>();
    for (const n of e.nisba ?? []) { const base = foldCountryKey(n); if (base) for (const f of nisbaForms(base)) nisba.add(f); }
    out.set(iso2, {
      iso2, iso3: e.iso3, name: e.name, name_ar: e.name_ar ?? e.name,
      capital: cap ? { id: cap.id, name: cap.name, name_ar: cap.name_ar ?? cap.name } : null,
      nisba: [...nisba],
    });
  }
  countryCache.set(engine, out);
  return out;
}
