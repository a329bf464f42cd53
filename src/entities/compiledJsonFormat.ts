// The compiled gazetteer's JSON layout in the compiled data cache (compiledJson.ts makes and reads
// it). Types only, importing nothing: the cache's reader (src/compiled/cache.ts) describes its file
// with them, below the modules that compile the data.

/**
 * A trie as tables. Node n has the token tokens[n] and the row nodes[3n..3n+2]: first payload
 * in `pays`, payload count, child level (-1: none). Level l is the nodes levels[2l] ..
 * levels[2l] + levels[2l+1] - 1, sorted by token (UTF-16 code units); level 0 is the root.
 */
export interface TrieJson {
  tokens: string;
  nodes: number[];
  levels: number[];
  /** Payload ids (into the payload table of the trie). */
  pays: number[];
}

export interface CompiledJson {
  /** Payloads of the root trie and the fuzzy index, as entry, kind index pairs (id = position / 2). */
  pays: number[];
  root: TrieJson;
  vocab: string[];
  stop: string[];
  /** Fuzzy blocks: [block key, [key, payload id][]]. */
  fuzzy: [string, [string, number][]][];
  /** Token lists of multi-word aliases, shared by the references to them. */
  multiTokens: string[][];
  /** [word, [token list id, entry, pos][]], sorted by word (UTF-16 code units). */
  multi: [string, [number, number, number][]][];
  capitalOf: [number, number][];
  /** Payloads of the title trie (each its own object, as compile() makes them). */
  titlePays: number[];
  titles: TrieJson;
  weakTitles: string[];
  complements: string[];
  officePrepositions: string[];
  orgTriggers: string[];
  nameParts: string[];
  leadingNameParts: string[];
  capitalWords: string[];
  republicWords: string[];
  stopwordNames: [string, string][];
  articleLookalikes: string[];
  /** The sound-key trie's tables (soundKey.ts's SoundTrie), each as a list. */
  sound: { code: number[]; first: number[]; count: number[]; entry: number[]; wordEnd: number[] };
}
