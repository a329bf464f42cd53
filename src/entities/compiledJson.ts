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
import type { CompiledJson, MultiJson, TrieJson } from './compiledJsonFormat.js';
import { byCodeUnits } from '../text/sorted.js';
import type { EntryTable } from './entryTable.js';

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
  let chars = 0;
  const nodes: number[] = [];
  const levels: number[] = [];
  const pays: number[] = [];
  // breadth first: a level's nodes are written together, its children's levels after
  const queue: { level: Map<string, TrieNode>; id: number }[] = [];
  const addLevel = (level: TrieLevel): number => {
    if (!(level instanceof Map)) throw new Error('compiledToJson: a trie level that is not a Map');
    const id = levels.length / 4;
    levels.push(0, level.size, 0, 0);
    queue.push({ level, id });
    return id;
  };
  addLevel(root);
  for (let q = 0; q < queue.length; q++) {
    const { level, id } = queue[q];
    const sorted = [...level.keys()].sort(byCodeUnits);
    // the level's tokens start after the separator that follows the previous level's
    const start = tokens.length && sorted.length ? chars + SEP.length : chars;
    levels[4 * id] = tokens.length;
    levels[4 * id + 2] = start;
    const rows: number[] = [];
    for (const tok of sorted) {
      if (tok.includes(SEP)) throw new Error(`compiledToJson: token ${JSON.stringify(tok)} holds the separator`);
      const node = level.get(tok)!;
      chars += (tokens.length ? SEP.length : 0) + tok.length;
      tokens.push(tok);
      rows.push(nodes.length);
      nodes.push(pays.length, node.pays?.length ?? 0, -1);
      for (const p of node.pays ?? []) pays.push(payTable.id(p));
    }
    levels[4 * id + 3] = chars;
    // child levels get their ids once this level's rows are written
    sorted.forEach((tok, k) => {
      const next = level.get(tok)!.next;
      if (next) nodes[rows[k] + 2] = addLevel(next);
    });
  }
  return { tokens: tokens.join(SEP), nodes: Int32Array.from(nodes), levels: Int32Array.from(levels), pays: Int32Array.from(pays) };
}

/** The decoded trie: levels made when first reached. */
class TrieTable {
  private readonly levelObjects: (LazyLevel | undefined)[] = [];
  constructor(readonly json: TrieJson, readonly payloads: Payload[]) {}
  level(id: number): LazyLevel {
    return (this.levelObjects[id] ??= new LazyLevel(this, id));
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
  /** Token → global node index, for the nodes of level `id`. */
  index(id: number): Map<string, number> {
    const { tokens, levels } = this.json;
    const index = new Map<string, number>();
    if (levels[4 * id + 1] === 0) return index;
    const first = levels[4 * id];
    tokens.slice(levels[4 * id + 2], levels[4 * id + 3]).split(SEP).forEach((tok, i) => index.set(tok, first + i));
    return index;
  }
}

/** One trie level: its tokens indexed on the first lookup, each node made on its first lookup. */
class LazyLevel implements TrieLevel {
  private readonly made = new Map<string, TrieNode>();
  /** Token → global index in the table. */
  private tokenIndex: Map<string, number> | null = null;
  constructor(private readonly table: TrieTable, private readonly id: number) {}

  private find(token: string): number {
    return (this.tokenIndex ??= this.table.index(this.id)).get(token) ?? -1;
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

/** The multi-word table: its words indexed on the first lookup, a word's references made on its first lookup. */
class LazyMulti implements MultiTable {
  /** The words found so far (the misses are not kept: a run meets ever new words). */
  private readonly made = new Map<string, MultiRef[]>();
  /** Word → index in the table. */
  private index: Map<string, number> | null = null;
  /** The token lists made so far, by id: references to one list share it, as compile() makes them. */
  private readonly lists: (string[] | undefined)[] = [];
  constructor(private readonly json: MultiJson) {}

  get(word: string): MultiRef[] | undefined {
    let refs = this.made.get(word);
    if (refs) return refs;
    const { words, refStarts, refs: flat } = this.json;
    const n = (this.index ??= new Map(words ? words.split(SEP).map((w, i) => [w, i]) : [])).get(word);
    if (n === undefined) return undefined;
    refs = [];
    for (let r = 3 * refStarts[n]; r < 3 * refStarts[n + 1]; r += 3) refs.push({ tokens: this.list(flat[r]), entry: flat[r + 1], pos: flat[r + 2] });
    this.made.set(word, refs);
    return refs;
  }

  private list(t: number): string[] {
    const { lists, listStarts } = this.json;
    return (this.lists[t] ??= lists.slice(listStarts[t], listStarts[t + 1] - 1).split(SEP));
  }
}

function multiToJson(multi: Map<string, MultiRef[]>): MultiJson {
  const listIds = new Map<string[], number>();
  const lists: string[] = [];
  const listStarts = [0];
  let chars = 0;
  const refStarts = [0];
  const refs: number[] = [];
  const words = [...multi.keys()].sort(byCodeUnits);
  for (const w of words) {
    if (w.includes(SEP)) throw new Error(`compiledToJson: word ${JSON.stringify(w)} holds the separator`);
    for (const r of multi.get(w)!) {
      let id = listIds.get(r.tokens);
      if (id === undefined) {
        if (!r.tokens.length || r.tokens.some((t) => t.includes(SEP))) throw new Error(`compiledToJson: token list ${JSON.stringify(r.tokens)} is empty or holds the separator`);
        listIds.set(r.tokens, (id = lists.length));
        // every list ends with a separator
        const text = r.tokens.join(SEP) + SEP;
        lists.push(text);
        listStarts.push((chars += text.length));
      }
      refs.push(id, r.entry, r.pos);
    }
    refStarts.push(refs.length / 3);
  }
  return { words: words.join(SEP), refStarts: Int32Array.from(refStarts), refs: Int32Array.from(refs), lists: lists.join(''), listStarts: Int32Array.from(listStarts) };
}

function payloadsFromFlat(flat: Int32Array): Payload[] {
  const out: Payload[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ entry: flat[i], kind: KINDS[flat[i + 1]] });
  return out;
}

export function compiledToJson(c: Compiled): CompiledJson {
  const pays = new PayloadTable();
  const root = trieToJson(c.root, pays);
  const fuzzy = c.fuzzy.blockList().map(([b, list]): [string, [string, number][]] => [b, list.map((x) => [x.key, pays.id(x.value)])]);
  if (!(c.multi instanceof Map)) throw new Error('compiledToJson: a multi-word table that is not a Map');
  const titlePays = new PayloadTable();
  const titles = trieToJson(c.titles, titlePays);
  return {
    pays: Int32Array.from(pays.flat), root, vocab: [...c.vocab], stop: [...c.stop], fuzzy, multi: multiToJson(c.multi), capitalOf: [...c.capitalOf],
    titlePays: Int32Array.from(titlePays.flat), titles,
    weakTitles: [...c.weakTitles], complements: [...c.complements], officePrepositions: [...c.officePrepositions], orgTriggers: [...c.orgTriggers], nameParts: [...c.nameParts],
    leadingNameParts: [...c.leadingNameParts], capitalWords: [...c.capitalWords], republicWords: [...c.republicWords],
    stopwordNames: [...c.stopwordNames], articleLookalikes: c.articleLookalikes,
    countryByIso: [...c.countryByIso], orgByName: [...c.orgByName],
    sound: c.sound,
  };
}

export function compiledFromJson(entries: EntryTable, j: CompiledJson): Compiled {
  const pays = payloadsFromFlat(j.pays);
  const fuzzy = BlockIndex.fromBlocks<Payload>(j.fuzzy.map(([b, list]): [string, FuzzyCandidate<Payload>[]] => [b, list.map(([key, id]) => ({ key, value: pays[id] }))]));
  return {
    entries,
    root: new TrieTable(j.root, pays).level(0),
    vocab: new Set(j.vocab),
    stop: new Set(j.stop),
    fuzzy,
    multi: new LazyMulti(j.multi),
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
    countryByIso: new Map(j.countryByIso),
    orgByName: new Map(j.orgByName),
    sound: j.sound,
  };
}
