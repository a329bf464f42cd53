// Compiles loaded gazetteer entries into the matching structures, once per process:
// a trie over folded, clitic-free token sequences, a fuzzy block index, a multi-word
// index for one-word-off fuzzy matches, and the pattern lexicons.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { schemaProblems } from '../schema/ajv.js';
import { ARTICLE } from '../text/clitics.js';
import { NISBA, NOUN } from '../text/morphology.js';
import { foldKey, keyTokens } from '../text/normalize.js';
import { entryArray, type EntryTable } from './entryTable.js';
import { BlockIndex } from './fuzzy.js';
import type { LoadedEntry } from './gazetteer.js';
import { loadPatternWords } from './lexicon.js';
import { buildSoundTrie, type SoundTrie } from './soundKey.js';

/** What a trie path stands for. */
export type PayloadKind = 'alias' | 'partial' | 'acronym' | 'nisba' | 'short' | 'surname';

export interface Payload {
  entry: number;
  kind: PayloadKind;
}

/** One level of a trie: what matching asks of it (compile() makes Maps; the data cache, levels searched when first reached). */
export interface TrieLevel {
  get(token: string): TrieNode | undefined;
  has(token: string): boolean;
}

export interface TrieNode {
  next: TrieLevel | null;
  pays: Payload[] | null;
}

export interface MultiRef {
  tokens: string[];
  entry: number;
  pos: number;
}

/** Word → the multi-word names containing it (a Map when compiled, a lazy table from the data cache). */
export interface MultiTable {
  get(word: string): MultiRef[] | undefined;
}

export interface Compiled {
  entries: EntryTable;
  root: TrieLevel;
  /** Every token of every alias: words the fuzzy matcher leaves alone. */
  vocab: Set<string>;
  stop: Set<string>;
  fuzzy: BlockIndex<Payload>;
  multi: MultiTable;
  /** Country entry index → capital entry index. */
  capitalOf: Map<number, number>;
  titles: TrieLevel;
  weakTitles: Set<string>;
  complements: Set<string>;
  officePrepositions: Set<string>;
  orgTriggers: Set<string>;
  nameParts: Set<string>;
  leadingNameParts: Set<string>;
  /** Folded stop word → the given name written so (علي). */
  stopwordNames: Map<string, string>;
  /** Written beginnings that fold to the article but are not it (أل, إل, آل). */
  articleLookalikes: string[];
  capitalWords: Set<string>;
  republicWords: Set<string>;
  /** The sound keys of people's names (soundKey.ts). */
  sound: SoundTrie;
  /** ISO2 code → the first country entry (PLACE, kind country) with it. */
  countryByIso: Map<string, number>;
  /** English name → the last organisation entry of that name. */
  orgByName: Map<string, number>;
}

const PRIORITY: Record<PayloadKind, number> = { alias: 0, acronym: 1, partial: 2, nisba: 3, short: 4, surname: 5 };

function insert(root: Map<string, TrieNode>, tokens: string[], pay: Payload): void {
  let map = root;
  let node: TrieNode | undefined;
  tokens.forEach((tok, i) => {
    node = map.get(tok);
    if (!node) map.set(tok, (node = { next: null, pays: null }));
    if (i < tokens.length - 1) map = (node.next ??= new Map()) as Map<string, TrieNode>;
  });
  if (!node) return;
  // arrays of their exact size: most nodes carry one payload, and a pushed-to array keeps
  // room for many
  if (!node.pays) node.pays = [pay];
  else if (!node.pays.some((p) => p.entry === pay.entry && p.kind === pay.kind)) {
    node.pays = [...node.pays, pay].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
  }
}

export const STOPWORDS_FILE = join(DATA_DIR, 'entities', 'stopwords.json');
const STOPWORDS_SCHEMA = join(DATA_DIR, 'schema', 'stopwords.schema.json');

/** Schema problems of a parsed stop-word file; the built-in one is checked when the compiled data cache is made. */
export function stopwordsProblems(data: unknown): string[] {
  return schemaProblems(STOPWORDS_SCHEMA, data);
}

let stopCache: Set<string> | null = null;
export function loadStopwords(): Set<string> {
  if (stopCache) return stopCache;
  const data = JSON.parse(readFileSync(STOPWORDS_FILE, 'utf8')) as { words: string[] };
  stopCache = new Set(data.words.map(foldKey));
  return stopCache;
}

/** Nisba forms derived from a masculine indefinite base (folded): ي/ية, with ال, plurals. */
export function nisbaForms(base: string): string[] {
  // a broken plural ("روس", "طاجيك") has no other forms
  if (!base.endsWith(NISBA.masculine)) return [base, ARTICLE + base];
  const forms = new Set<string>();
  const stem = base.endsWith(NISBA.masculine) ? base.slice(0, -NISBA.masculine.length) : base;
  const feminineBound = base + NOUN.feminine_bound;
  const bare = [base, base + NOUN.feminine, stem + NISBA.oblique_plural, stem + NISBA.plural, stem + NISBA.feminine_plural, base + NOUN.dual, feminineBound + NOUN.dual, feminineBound + NOUN.oblique_plural];
  for (const f of bare) { forms.add(f); forms.add(ARTICLE + f); }
  return [...forms];
}

export function compile(entries: LoadedEntry[]): Compiled {
  const stop = loadStopwords();
  const words = loadPatternWords();
  const set = (l: string[]): Set<string> => new Set(l.map((w) => keyTokens(w).join(' ')));
  const leadingNameParts = set(words.leading_name_parts);
  const root = new Map<string, TrieNode>();
  const vocab = new Set<string>();
  const fuzzy = new BlockIndex<Payload>();
  const multi = new Map<string, MultiRef[]>();
  const byId = new Map<string, number>();
  entries.forEach((e, i) => byId.set(e.id, i));
  const capitalOf = new Map<number, number>();
  const countryByIso = new Map<string, number>();
  const orgByName = new Map<string, number>();
  // one payload object per entry and kind, shared by every path and fuzzy key
  const payloads = new Map<string, Payload>();
  const pay = (entry: number, kind: PayloadKind): Payload => {
    const k = `${entry} ${kind}`;
    let p = payloads.get(k);
    if (!p) payloads.set(k, (p = { entry, kind }));
    return p;
  };

  entries.forEach((e, i) => {
    if (e.capital && byId.has(e.capital)) capitalOf.set(i, byId.get(e.capital)!);
    if (e.type === 'PLACE' && e.kind === 'country' && e.country && !countryByIso.has(e.country)) countryByIso.set(e.country, i);
    if (e.type === 'ORG') orgByName.set(e.name, i);
    const names = new Set<string>();
    for (const a of [e.name_ar, ...(e.aliases ?? [])]) if (a) names.add(a);
    for (const a of names) {
      const toks = keyTokens(a);
      if (!toks.length) continue;
      // a one-word alias that is a common word would fire everywhere
      if (toks.length === 1 && stop.has(toks[0])) continue;
      insert(root, toks, pay(i, 'alias'));
      for (const t of toks) vocab.add(t);
      if (toks.length === 1 && toks[0].length >= 5) fuzzy.add(toks[0], pay(i, 'alias'));
      // a person's or a place's name, not an organisation's: its words are in many names, and checking each of them at
      // every such word in the text costs more than the misspelt names it finds (≈ 3 % of extract's time)
      if (toks.length >= 2 && (e.type === 'PERSON' || e.type === 'PLACE')) {
        toks.forEach((t, pos) => {
          if (stop.has(t) && e.type === 'PERSON') return;
          let l = multi.get(t);
          if (!l) multi.set(t, (l = []));
          if (l.length < 64) l.push({ tokens: toks, entry: i, pos });
        });
      }
      if (e.type === 'PERSON' && toks.length >= 2) {
        const last = toks[toks.length - 1];
        // a surname and a first name with it; a short or common last word is no surname ("علي خامنه إي": "على أي"),
        // nor one that ends the name's own first words too ("عبد الله عبد الله": "عبد الله" is his given name, and many others'),
        // nor one that makes a name with the part before it ("تميم بن حمد آل ثاني", "زين العابدين بن علي")
        if (last.length >= 3 && !stop.has(last) && toks.indexOf(last) === toks.length - 1 && !leadingNameParts.has(toks[toks.length - 2])) {
          insert(root, [last], pay(i, 'surname'));
          if (toks.length >= 3) insert(root, [toks[0], last], pay(i, 'partial'));
        }
      }
    }
    if (e.acronym && /^[A-Za-z][A-Za-z0-9-]{2,}$/.test(e.acronym)) {
      insert(root, keyTokens(e.acronym), pay(i, 'acronym'));
    }
    for (const s of e.short ?? []) {
      const toks = keyTokens(s);
      if (!toks.length || (toks.length === 1 && stop.has(toks[0]))) continue;
      insert(root, toks, pay(i, 'short'));
      for (const t of toks) vocab.add(t);
      if (toks.length === 1 && toks[0].length >= 5) fuzzy.add(toks[0], pay(i, 'short'));
    }
    for (const n of e.nisba ?? []) {
      const base = foldKey(n);
      if (!base) continue;
      for (const f of nisbaForms(base)) { insert(root, [f], pay(i, 'nisba')); vocab.add(f); }
    }
  });

  // lists of their exact size
  for (const [k, l] of multi) multi.set(k, l.slice());
  fuzzy.compact();

  const titles = new Map<string, TrieNode>();
  words.person_titles.forEach((t, i) => insert(titles, keyTokens(t), { entry: i, kind: 'alias' }));
  return {
    entries: entryArray(entries), root, vocab, stop, fuzzy, multi, capitalOf, titles,
    weakTitles: set(words.weak_titles), complements: set(words.title_complements), officePrepositions: set(words.office_prepositions), orgTriggers: set(words.org_triggers),
    nameParts: set(words.name_parts), leadingNameParts,
    stopwordNames: new Map(words.stopword_names.map((w) => [foldKey(w), w])), articleLookalikes: words.article_lookalikes, capitalWords: set(words.capital_words), republicWords: set(words.republic_words),
    sound: buildSoundTrie(entries),
    countryByIso, orgByName,
  };
}
