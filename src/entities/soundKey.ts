// Sound keys of names (src/data/entities/sound_classes.json): transliterations of one foreign name write
// its sounds with different letters, add or leave out vowel letters and spaces ("قرمان بك باقييف",
// "كورمانبيك باكييف"); their sound keys are the same. The gazetteer's people are in a trie of their
// names' keys, which entities/passes/soundAlike.ts walks letter by letter, with no string built.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaProblems } from '../schema/ajv.js';
import { keyTokens, type Compiled } from './compile.js';

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

/** A node of the trie of sound keys: the letters that go on, and the person whose name's key ends here. */
export interface SoundNode {
  next: Map<number, SoundNode> | null;
  /** gazetteer entry index; -1: no name ends here, or two people's names do */
  entry: number;
  /** a word of a name, not its last, ends here: where a name's first word in the text may end */
  wordEnd: boolean;
}

const TRIES = new WeakMap<Compiled, SoundNode>();

/** The trie of the sound keys of the gazetteer's people's names of two words or more; a key two people share names neither. */
export function soundTrie(c: Compiled): SoundNode {
  let root = TRIES.get(c);
  if (root) return root;
  const { minLetters } = soundRules();
  root = { next: null, entry: -1, wordEnd: false };
  const owner = new Map<SoundNode, number>();
  c.entries.forEach((e, i) => {
    if (e.type !== 'PERSON') return;
    for (const a of [e.name_ar, ...(e.aliases ?? [])]) {
      const toks = a ? keyTokens(a) : [];
      if (toks.length < 2) continue;
      const words = toks.map(wordSoundKey);
      const key = words.join('');
      if (key.length < minLetters) continue;
      let node: SoundNode = root!;
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
  TRIES.set(c, root);
  return root;
}

/** The trie node after the sound key of folded word `f` from its letter `from` on, or null where no key goes on. */
export function soundStep(node: SoundNode, f: string, from = 0): SoundNode | null {
  const r = soundRules();
  for (let i = from, end = keyEnd(f, r); i < end; i++) {
    const c = r.letter[f.charCodeAt(i)];
    if (!c) continue;
    const next = node.next?.get(c);
    if (!next) return null;
    node = next;
  }
  return node;
}
