// The words an entity engine has seen, each described once (which gazetteer and title paths it
// starts, whether it may be a misspelt name), and the document's word tokens.
import { wordIndex, type AnalyzedText } from '../text/analyze.js';
import type { WordToken } from '../text/segment.js';
import { ARTICLE, definiteStem, NAME_CLITIC_CODES, withoutConjunction } from '../text/clitics.js';
import { WORDS, WordValues } from '../text/intern.js';
import type { Compiled, MultiRef, Payload, TrieNode } from './compile.js';
import { FUZZY_MIN_LETTERS, letters, nameWordLikeness } from './fuzzy.js';
import { loadDescriptions } from './descriptions.js';
import { patternWordSet } from './lexicon.js';
import { soundStep, type SoundTrie } from './soundKey.js';
import { loadStateBodies } from './stateBodies.js';
import { isStop, LOOKUP_MIN_REST, variantInSet, variants, type Variant } from './variants.js';

/** A word token over normalised text, with its folded form. */
export type Tok = WordToken<WordInfo>;

const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[a-z]/;

export function tokens(t: AnalyzedText, words: WordTable): Tok[] {
  const k = t.tokens;
  // one token each, more only where a mixed word splits: sized once rather than grown by push
  const out: Tok[] = new Array(k.length);
  let n = 0;
  const folded = t.folded;
  for (let j = 0; j < k.length; j++) {
    const start = k.start[j], sentence = k.sentence[j];
    const id = wordIndex(t, j);
    const f = WORDS.keys[id];
    const w = words.of(id);
    if (w.mixed) {
      // "Sputnikالتعليق": split where the script changes
      let a = 0;
      for (let i = 1; i <= f.length; i++) {
        if (i === f.length || ARABIC.test(f[i]) !== ARABIC.test(f[i - 1])) {
          const y = WORDS.find(folded, start + a, start + i);
          out[n++] = { start: start + a, end: start + i, sentence, f: WORDS.keys[y], w: words.of(y) };
          a = i;
        }
      }
    } else out[n++] = { start, end: k.end[j], sentence, f, w };
  }
  return out;
}

/** A clitic variant that starts a path in a trie, with the path's first node. */
export interface Start {
  node: TrieNode;
  cut: number;
  key: string;
}

/** A lone word taken as a misspelt name. */
export interface FuzzyWordHit {
  cut: number;
  pay: Payload;
  score: number;
}

/**
 * Everything about a folded word that does not depend on the document, computed once per
 * engine and word: news vocabulary repeats heavily, and most words start no name at all.
 */
export interface WordInfo {
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
  /** The clitic variant (as context.ts variantIn finds it) that starts a state body's head phrase (passes/stateBodies.ts), or null. */
  readonly bodyStart: Variant | null;
  /** The clitic variant that starts a description of an organisation (passes/descriptions.ts), or null. */
  readonly descriptionStart: Variant | null;
  /** The node of the people's sound-key trie after the word as a name's first word (passes/soundAlike.ts), or -1 ... */
  readonly soundStart: number;
  /** ... and after the word without a one-letter clitic (و, ب, ل). */
  readonly soundStartBare: number;
  /** The word, without its conjunction, is a cue that a name follows ("ويدعى": passes/nameCues.ts). */
  readonly nameCue: boolean;
  /** The noun behind the word's article when it heads a party named by its adjectives ("والحزب" → "حزب": passes/partyNames.ts), or null. */
  readonly partyHead: string | null;
}

/** Shared descriptions of the many words that start nothing, by clitic + 2 * fuzzy. */
const PLAIN: readonly WordInfo[] = [0, 1, 2, 3].map((x) => ({
  mixed: false, stop: false, clitic: (x & 1) !== 0, gaz: null, title: null, orgCut: -1, multi: null, fuzzy: (x & 2) !== 0,
  bodyStart: null, descriptionStart: null, soundStart: -1, soundStartBare: -1, nameCue: false, partyHead: null,
}));

/**
 * The words an engine has seen with their descriptions, and the fuzzy results of those looked
 * up: as a lone word, and against the words of multi-word names (the same pairs recur in
 * every article).
 */
export class WordTable extends WordValues<WordInfo> {
  readonly fuzzyHits = new Map<string, FuzzyWordHit | null>();
  private readonly likeness = new Map<string, Map<string, number>>();

  constructor(c: Compiled) {
    super((f) => describeWord(c, f), () => { this.fuzzyHits.clear(); this.likeness.clear(); });
  }

  /** nameWordLikeness(f, stop, want), remembered. */
  likenessTo(f: string, stop: boolean, want: string): number {
    // a stopword is like no name's word (a third of the words asked about): no need to look it up
    if (stop) return 0;
    let byWant = this.likeness.get(f);
    if (byWant === undefined) this.likeness.set(f, (byWant = new Map()));
    let sim = byWant.get(want);
    if (sim === undefined) byWant.set(want, (sim = nameWordLikeness(f, stop, want)));
    return sim;
  }
}

/** A trie node where a word of a name ends: the word can open a name there; most words stop inside one. */
const nameStart = (t: SoundTrie, node: number): number => (node >= 0 && t.wordEnd[node] ? node : -1);

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
  const fuzzy = letters(f) - (f.startsWith(ARTICLE) ? ARTICLE.length : 0) >= FUZZY_MIN_LETTERS && !stop && !c.vocab.has(f);
  const mixed = LATIN.test(f) && ARABIC.test(f);
  const clitic = vars.length > 1;
  // two passes look every token up in these sets: asked once per word, not once per token
  const bodyStart = variantInSet(f, c.stop, LOOKUP_MIN_REST, loadStateBodies().firstWords) ?? null;
  const descriptionStart = variantInSet(f, c.stop, LOOKUP_MIN_REST, loadDescriptions().starts) ?? null;
  const soundStart = nameStart(c.sound, soundStep(c.sound, 0, f));
  const soundStartBare = f.length > 3 && NAME_CLITIC_CODES.has(f.charCodeAt(0)) ? nameStart(c.sound, soundStep(c.sound, 0, f, 1)) : -1;
  const nameCue = variantInSet(withoutConjunction(f), c.stop, LOOKUP_MIN_REST, patternWordSet('name_cues')) !== undefined;
  const head = definiteStem(f);
  const partyHead = head !== null && variantInSet(head, c.stop, LOOKUP_MIN_REST, patternWordSet('adjective_org_heads')) !== undefined ? head : null;
  if (!mixed && !stop && !gaz && !title && orgCut < 0 && !multi && !bodyStart && !descriptionStart && soundStart < 0 && soundStartBare < 0 && !nameCue && partyHead === null) {
    return PLAIN[(clitic ? 1 : 0) + (fuzzy ? 2 : 0)];
  }
  return { mixed, stop, clitic, gaz, title, orgCut, multi, fuzzy, bodyStart, descriptionStart, soundStart, soundStartBare, nameCue, partyHead };
}
