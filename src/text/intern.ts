import { fnv1aRange } from '../hash.js';

/**
 * Words the word table holds before it starts over. News vocabulary keeps growing with the
 * corpus (hundreds of thousands of forms), and each word costs ≈ 170 bytes of heap in every
 * worker (the two engines' tables were ≈ 10 MB of a worker's 25 MB of live heap at 30,000).
 * 10,000 still keeps the common words: at --jobs 2 on 20,000 generated articles peak RSS went
 * from 208–214 MB to 181 MB, with no slowdown measurable on one thread (CPU over 5,000
 * articles within the run-to-run spread, 11–13 s either way).
 */
export const WORD_TABLE_MAX = 10_000;

/**
 * Words in an open-addressing table over the text: a token is found without first being cut
 * out as a string, and every token of a word shares one string (whose hash V8 then keeps) and
 * one index. News vocabulary repeats heavily, so most lookups allocate nothing.
 * The table starts over when it holds `max` words (a long run must not grow without bound), but
 * only between texts (startText): the tokens of a text hold indices into it.
 */
export class WordInterner {
  readonly keys: string[] = [];
  /** How many times the table started over: an index means another word after each. */
  generation = 0;
  private hashes = new Int32Array(2048);
  /** Index + 1 of the word in each slot, 0 for an empty slot. */
  private slots = new Int32Array(4096);

  constructor(private readonly max: number) {}

  /** Starts the table over if it is full; called before the words of a text go in. */
  startText(): void {
    if (this.keys.length < this.max) return;
    this.keys.length = 0;
    this.slots.fill(0);
    this.generation++;
  }

  /** Index of the word text[a, b), added on first sight. */
  find(text: string, a: number, b: number): number {
    const h = fnv1aRange(text, a, b);
    const { slots, keys, hashes } = this;
    const mask = slots.length - 1;
    const len = b - a;
    let s = h & mask;
    for (let x = slots[s]; x !== 0; s = (s + 1) & mask, x = slots[s]) {
      const k = x - 1;
      if (hashes[k] !== h) continue;
      const key = keys[k];
      if (key.length !== len) continue;
      let i = 0;
      while (i < len && key.charCodeAt(i) === text.charCodeAt(a + i)) i++;
      if (i === len) return k;
    }
    // a long slice may keep the whole document alive: keep a copy of its own
    const word = len >= 13 ? (' ' + text.slice(a, b)).slice(1) : text.slice(a, b);
    if ((keys.length + 1) * 2 > this.slots.length) this.grow();
    const k = keys.length;
    if (k >= this.hashes.length) {
      const more = new Int32Array(this.hashes.length * 2);
      more.set(this.hashes);
      this.hashes = more;
    }
    keys.push(word);
    this.hashes[k] = h;
    this.place(h, k);
    return k;
  }

  private place(h: number, k: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let k = 0; k < this.keys.length; k++) this.place(this.hashes[k], k);
  }
}

/**
 * The folded words of the texts analysed in this process, one table for both engines: each
 * token carries its word's index here (segment.ts tokenize), so an engine reads what it knows
 * about the word at that index (WordValues) instead of hashing the word again in a table of its own.
 */
export const WORDS = new WordInterner(WORD_TABLE_MAX);

/**
 * What an engine computed about each word of WORDS, by the word's index, computed on first
 * sight and forgotten when the table starts over.
 */
export class WordValues<T> {
  private readonly values: T[] = [];
  private generation = WORDS.generation;

  constructor(
    private readonly describe: (word: string) => T,
    /** Called when the table starts over, for caches keyed by its words. */
    private readonly onReset?: () => void,
  ) {}

  /** What the engine knows about the word of index `id`. */
  of(id: number): T {
    if (this.generation !== WORDS.generation) {
      this.values.length = 0;
      this.generation = WORDS.generation;
      this.onReset?.();
    }
    let v = this.values[id];
    if (v === undefined) this.values[id] = v = this.describe(WORDS.keys[id]);
    return v;
  }
}
