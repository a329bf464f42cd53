// Sound keys of names (src/data/entities/sound_classes.json): transliterations of one foreign name write
// its sounds with different letters, add or leave out vowel letters and spaces ("قرمان بك باقييف",
// "كورمانبيك باكييف"); their sound keys are the same. The gazetteer's people are in a trie of their
// names' keys (compile.ts builds it with the other tables), which entities/passes/soundAlike.ts walks
// letter by letter, with no string built.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaProblems } from '../schema/ajv.js';
import { keyTokens } from '../text/normalize.js';
import type { LoadedEntry } from './gazetteer.js';

interface SoundClassesFile {
  classes: { sound: string; letters: string[] }[];
  vowels: string[];
  word_final_silent: string[];
  min_key_letters: number;
}

export const SOUND_CLASSES_FILE = join(DATA_DIR, 'entities', 'sound_classes.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'sound_classes.schema.json');

/** Schema problems of a parsed sound classes file ("field classes.0: must ..."). */
export const soundClassesProblems = (data: unknown): string[] => schemaProblems(SCHEMA_FILE, data);

interface SoundRules {
  /** a UTF-16 code unit → the code unit of its class's first letter; a vowel letter → 0; others unset (themselves) */
  letter: Uint16Array;
  finalSilent: Set<number>;
  minLetters: number;
}

let rules: SoundRules | null = null;

function soundRules(): SoundRules {
  if (rules) return rules;
  const d = readCheckedJson<SoundClassesFile>(SOUND_CLASSES_FILE, builtinDataChecked() ? () => [] : soundClassesProblems);
  const letter = new Uint16Array(1 << 16);
  for (let c = 0; c < letter.length; c++) letter[c] = c;
  for (const c of d.classes) for (const l of c.letters) letter[l.charCodeAt(0)] = c.letters[0].charCodeAt(0);
  for (const v of d.vowels) letter[v.charCodeAt(0)] = 0;
  return (rules = { letter, finalSilent: new Set(d.word_final_silent.map((l) => l.charCodeAt(0))), minLetters: d.min_key_letters });
}

/** Where the letters of a folded word its sound key reads end: a silent final letter is left out. */
function keyEnd(f: string, r: SoundRules): number {
  return f.length > 1 && r.finalSilent.has(f.charCodeAt(f.length - 1)) ? f.length - 1 : f.length;
}

/** The sound key of one folded word: each letter as its class's, vowel letters and a silent final letter left out. */
export function wordSoundKey(f: string): string {
  const r = soundRules();
  let out = '';
  for (let i = 0, end = keyEnd(f, r); i < end; i++) {
    const c = r.letter[f.charCodeAt(i)];
    if (c) out += String.fromCharCode(c);
  }
  return out;
}

/**
 * The trie of the sound keys of the gazetteer's people's names, as flat tables (compiled once, kept in
 * the compiled data cache). Node n (0 is the root) has the letter code[n]; its children are the nodes
 * first[n] .. first[n] + count[n] - 1, sorted by letter; entry[n] is the gazetteer entry whose name's
 * key ends there (-1: none, or two people's do); wordEnd[n] is 1 where a word of a name, not its
 * last, ends: where a name's first word in the text may end.
 */
export interface SoundTrie {
  code: Uint16Array;
  first: Int32Array;
  count: Int32Array;
  entry: Int32Array;
  wordEnd: Uint8Array;
}

/** The trie as built, before it is laid out flat. */
interface BuildNode {
  next: Map<number, BuildNode> | null;
  entry: number;
  wordEnd: boolean;
}

/** The trie of the sound keys of people's names of two words or more; a key two people share names neither. */
export function buildSoundTrie(entries: readonly LoadedEntry[]): SoundTrie {
  const { minLetters } = soundRules();
  const root: BuildNode = { next: null, entry: -1, wordEnd: false };
  const owner = new Map<BuildNode, number>();
  entries.forEach((e, i) => {
    if (e.type !== 'PERSON') return;
    for (const a of [e.name_ar, ...(e.aliases ?? [])]) {
      const toks = a ? keyTokens(a) : [];
      if (toks.length < 2) continue;
      const words = toks.map(wordSoundKey);
      const key = words.join('');
      if (key.length < minLetters) continue;
      let node = root;
      for (let w = 0; w < words.length; w++) {
        for (let k = 0; k < words[w].length; k++) {
          const code = words[w].charCodeAt(k);
          let next = node.next?.get(code);
          if (!next) (node.next ??= new Map()).set(code, (next = { next: null, entry: -1, wordEnd: false }));
          node = next;
        }
        if (w < words.length - 1 && node !== root) node.wordEnd = true;
      }
      const had = owner.get(node);
      owner.set(node, had === undefined || had === i ? i : -2);
    }
  });
  for (const [node, entry] of owner) node.entry = entry >= 0 ? entry : -1;
  // breadth first, so that a node's children are consecutive
  const order: BuildNode[] = [root];
  const codes: number[] = [0];
  for (let q = 0; q < order.length; q++) {
    const next = order[q].next;
    if (!next) continue;
    for (const code of [...next.keys()].sort((a, b) => a - b)) { order.push(next.get(code)!); codes.push(code); }
  }
  const n = order.length;
  const t: SoundTrie = { code: Uint16Array.from(codes), first: new Int32Array(n), count: new Int32Array(n), entry: new Int32Array(n), wordEnd: new Uint8Array(n) };
  let child = 1;
  order.forEach((node, i) => {
    t.first[i] = child;
    t.count[i] = node.next?.size ?? 0;
    child += t.count[i];
    t.entry[i] = node.entry;
    t.wordEnd[i] = node.wordEnd ? 1 : 0;
  });
  return t;
}

/** The node after the sound key of folded word `f` from its letter `from` on, going on from `node`; -1 where no key goes on. */
export function soundStep(t: SoundTrie, node: number, f: string, from = 0): number {
  const r = soundRules();
  for (let i = from, end = keyEnd(f, r); i < end; i++) {
    const c = r.letter[f.charCodeAt(i)];
    if (!c) continue;
    let next = -1;
    for (let k = t.first[node], last = k + t.count[node]; k < last; k++) {
      if (t.code[k] === c) { next = k; break; }
    }
    if (next < 0) return -1;
    node = next;
  }
  return node;
}
