// The compiled gazetteer (compile.ts) as JSON and back, for the compiled data cache
// (src/compiled/cache.ts): the same maps and sets with their keys in the same order, and payload
// objects shared as compile() shares them (one per entry and kind, in the trie and the fuzzy
// index alike). Rebuilding these skips folding every alias and nisba again.
//
// The tries are not rebuilt at all: their ≈ 9,000 nodes (≈ 50 ms to make at each start) are
// kept as flat tables, and a level's tokens are indexed and its nodes made when a lookup first
// reaches them. A run looks up a few thousand words. The multi-word table likewise: its words
// indexed on the first lookup, a word's references made when first looked up. (A binary search
// instead compared ≈ 13 strings a lookup: ≈ 1 µs each, 2% of a run's time.)
import type { Compiled, MultiRef, MultiTable, Payload, PayloadKind, TrieLevel, TrieNode } from './compile.js';
import { BlockIndex, type FuzzyCandidate } from './fuzzy.js';
import type { CompiledJson, TrieJson } from './compiledJsonFormat.js';
import { byCodeUnits } from '../text/sorted.js';
import type { LoadedEntry } from './gazetteer.js';

export type { CompiledJson, TrieJson } from './compiledJsonFormat.js';

const KINDS: readonly PayloadKind[] = ['alias', 'partial', 'acronym', 'nisba', 'short', 'surname'];

/** Joins the tokens of a trie table (tokens are folded text: never this character). */
const SEP = '\u0001';

/** Payload ids by object, in order of first sight. */
class PayloadTable {
  readonly ids = new Map<Payload, number>();
  readonly flat: number[] = [];
  id(p: Payload): number {
    let id = this.ids.get(p);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(p, id);
      this.flat.push(p.entry, KINDS.indexOf(p.kind));
    }
    return id;
  }
}

function trieToJson(root: TrieLevel, payTable: PayloadTable): TrieJson {
  const tokens: string[] = [];
  const nodes: number[] = [];
  const levels: number[] = [];
  const pays: number[] = [];
  // breadth first: a level's nodes are written together, its children's levels after
  const queue: { level: Map<string, TrieNode>; id: number }[] = [];
  const addLevel = (level: TrieLevel): number => {
    if (!(level instanceof Map)) throw new Error('compiledToJson: a trie level that is not a Map');
    const id = levels.length / 2;
    levels.push(0, level.size);
    queue.push({ level, id });
    return id;
  };
  addLevel(root);
  for (let q = 0; q < queue.length; q++) {
    const { level, id } = queue[q];
    levels[2 * id] = tokens.length;
    const sorted = [...level.keys()].sort(byCodeUnits);
    const rows: number[] = [];
    for (const tok of sorted) {
      if (tok.includes(SEP)) throw new Error(`compiledToJson: token ${JSON.stringify(tok)} holds the separator`);
      const node = level.get(tok)!;
      tokens.push(tok);
      rows.push(nodes.length);
      nodes.push(pays.length, node.pays?.length ?? 0, -1);
      for (const p of node.pays ?? []) pays.push(payTable.id(p));
    }
    // child levels get their ids once this level's rows are written
    sorted.forEach((tok, k) => {
      const next = level.get(tok)!.next;
      if (next) nodes[rows[k] + 2] = addLevel(next);
    });
  }
  return { tokens: tokens.join(SEP), nodes, levels, pays };
}

/** The decoded trie: its tokens split once, levels made when first reached. */
class TrieTable {
  readonly tokens: string[];
  private readonly levelObjects: (LazyLevel | undefined)[] = [];
  constructor(readonly json: TrieJson, readonly payloads: Payload[]) {
    this.tokens = json.tokens ? json.tokens.split(SEP) : [];
  }
  level(id: number): LazyLevel {
    return (this.levelObjects[id] ??= new LazyLevel(this, this.json.levels[2 * id], this.json.levels[2 * id + 1]));
  }
  /** The node of global index n (made once: a level keeps the nodes it made). */
  node(n: number): TrieNode {
    const { nodes, pays } = this.json;
    const first = nodes[3 * n], count = nodes[3 * n + 1], child = nodes[3 * n + 2];
    let list: Payload[] | null = null;
    if (count > 0) {
      list = new Array<Payload>(count);
      for (let i = 0; i < count; i++) list[i] = this.payloads[pays[first + i]];
    }
    return { next: child >= 0 ? this.level(child) : null, pays: list };
  }
}

/** One trie level: its tokens indexed on the first lookup, each node made on its first lookup. */
class LazyLevel implements TrieLevel {
  private readonly made = new Map<string, TrieNode>();
  /** Token → global index in the table. */
  private index: Map<string, number> | null = null;
  constructor(private readonly table: TrieTable, private readonly first: number, private readonly count: number) {}

  private find(token: string): number {
    return (this.index ??= indexOf(this.table.tokens, this.first, this.first + this.count)).get(token) ?? -1;
  }

  get(token: string): TrieNode | undefined {
    let node = this.made.get(token);
    if (node) return node;
    const n = this.find(token);
    if (n < 0) return undefined;
    node = this.table.node(n);
    this.made.set(token, node);
    return node;
  }

  has(token: string): boolean {
    return this.made.has(token) || this.find(token) >= 0;
  }
}

/** Key → index of the keys [from, to) of a table. */
function indexOf(keys: string[], from: number, to: number): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = from; i < to; i++) index.set(keys[i], i);
  return index;
}

/** The multi-word table: its words indexed on the first lookup, a word's references made on its first lookup. */
class LazyMulti implements MultiTable {
  /** The words found so far (the misses are not kept: a run meets ever new words). */
  private readonly made = new Map<string, MultiRef[]>();
  /** Word → index in the table. */
  private index: Map<string, number> | null = null;
  constructor(private readonly json: CompiledJson) {}

  get(word: string): MultiRef[] | undefined {
    let refs = this.made.get(word);
    if (refs) return refs;
    const { multi, multiTokens } = this.json;
    const n = (this.index ??= new Map(multi.map(([w], i) => [w, i]))).get(word);
    if (n === undefined) return undefined;
    refs = multi[n][1].map(([t, entry, pos]) => ({ tokens: multiTokens[t], entry, pos }));
    this.made.set(word, refs);
    return refs;
  }
}

function payloadsFromFlat(flat: number[]): Payload[] {
  const out: Payload[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ entry: flat[i], kind: KINDS[flat[i + 1]] });
  return out;
}

export function compiledToJson(c: Compiled): CompiledJson {
  const pays = new PayloadTable();
  const root = trieToJson(c.root, pays);
  const fuzzy = c.fuzzy.blockList().map(([b, list]): [string, [string, number][]] => [b, list.map((x) => [x.key, pays.id(x.value)])]);
  if (!(c.multi instanceof Map)) throw new Error('compiledToJson: a multi-word table that is not a Map');
  const tokenIds = new Map<string[], number>();
  const multiTokens: string[][] = [];
  const multi = [...c.multi].sort(([a], [b]) => byCodeUnits(a, b)).map(([w, refs]): [string, [number, number, number][]] => [w, refs.map((r: MultiRef) => {
    let id = tokenIds.get(r.tokens);
    if (id === undefined) { tokenIds.set(r.tokens, (id = multiTokens.length)); multiTokens.push(r.tokens); }
    return [id, r.entry, r.pos];
  })]);
  const titlePays = new PayloadTable();
  const titles = trieToJson(c.titles, titlePays);
  return {
    pays: pays.flat, root, vocab: [...c.vocab], stop: [...c.stop], fuzzy, multiTokens, multi, capitalOf: [...c.capitalOf],
    titlePays: titlePays.flat, titles,
    weakTitles: [...c.weakTitles], complements: [...c.complements], officePrepositions: [...c.officePrepositions], orgTriggers: [...c.orgTriggers], nameParts: [...c.nameParts],
    leadingNameParts: [...c.leadingNameParts], capitalWords: [...c.capitalWords], republicWords: [...c.republicWords],
    stopwordNames: [...c.stopwordNames], articleLookalikes: c.articleLookalikes,
    sound: { code: [...c.sound.code], first: [...c.sound.first], count: [...c.sound.count], entry: [...c.sound.entry], wordEnd: [...c.sound.wordEnd] },
  };
}

export function compiledFromJson(entries: LoadedEntry[], j: CompiledJson): Compiled {
  const pays = payloadsFromFlat(j.pays);
  const fuzzy = BlockIndex.fromBlocks<Payload>(j.fuzzy.map(([b, list]): [string, FuzzyCandidate<Payload>[]] => [b, list.map(([key, id]) => ({ key, value: pays[id] }))]));
  return {
    entries,
    root: new TrieTable(j.root, pays).level(0),
    vocab: new Set(j.vocab),
    stop: new Set(j.stop),
    fuzzy,
    multi: new LazyMulti(j),
    capitalOf: new Map(j.capitalOf),
    titles: new TrieTable(j.titles, payloadsFromFlat(j.titlePays)).level(0),
    weakTitles: new Set(j.weakTitles),
    complements: new Set(j.complements),
    officePrepositions: new Set(j.officePrepositions),
    orgTriggers: new Set(j.orgTriggers),
    nameParts: new Set(j.nameParts),
    leadingNameParts: new Set(j.leadingNameParts),
    capitalWords: new Set(j.capitalWords),
    republicWords: new Set(j.republicWords),
    stopwordNames: new Map(j.stopwordNames),
    articleLookalikes: j.articleLookalikes,
    sound: { code: Uint16Array.from(j.sound.code), first: Int32Array.from(j.sound.first), count: Int32Array.from(j.sound.count), entry: Int32Array.from(j.sound.entry), wordEnd: Uint8Array.from(j.sound.wordEnd) },
  };
}
