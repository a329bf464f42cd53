// The compiled gazetteer's layout in the compiled data cache (compiledJson.ts makes and reads it).
// Types only, importing nothing: the cache's reader (src/compiled/cache.ts) describes its file
// with them, below the modules that compile the data.
//
// Numbers are typed arrays and words are joined into one string per table: the cache is read with
// v8.deserialize, which makes one object per array and string, and every object read is copied
// by the young-generation collections that follow and held by each worker thread. Flat tables
// are read as a few blocks.

/**
 * A trie as tables. Node n has the row nodes[3n..3n+2]: first payload in `pays`, payload count,
 * child level (-1: none). Level l is the row levels[4l..4l+3]: its first node, node count, and
 * the start and end (UTF-16 offsets) of its tokens in `tokens`, where they are joined by
 * '\u0001' and sorted by UTF-16 code units; level 0 is the root. Levels are numbered in node
 * order, so node n's token is in the level that holds n.
 */
export interface TrieJson {
  tokens: string;
  nodes: Int32Array;
  levels: Int32Array;
  /** Payload ids (into the payload table of the trie). */
  pays: Int32Array;
}

/**
 * The multi-word table. Word w (the words joined by '\u0001', sorted by UTF-16 code units) has
 * the references refs[3 * refStarts[w] .. 3 * refStarts[w + 1]), each a token list id, an entry
 * and a position. Token list t is lists.slice(listStarts[t], listStarts[t + 1] - 1), its tokens
 * joined by '\u0001' (the list ends with one separator, '\u0002').
 */
export interface MultiJson {
  words: string;
  refStarts: Int32Array;
  refs: Int32Array;
  lists: string;
  listStarts: Int32Array;
}

export interface CompiledJson {
  /** Payloads of the root trie and the fuzzy index, as entry, kind index pairs (id = position / 2). */
  pays: Int32Array;
  root: TrieJson;
  vocab: string[];
  stop: string[];
  /** Fuzzy blocks: [block key, [key, payload id][]]. */
  fuzzy: [string, [string, number][]][];
  multi: MultiJson;
  capitalOf: [number, number][];
  /** Payloads of the title trie (each its own object, as compile() makes them). */
  titlePays: Int32Array;
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
  countryByIso: [string, number][];
  orgByName: [string, number][];
  /** The sound-key trie's tables (soundKey.ts's SoundTrie). */
  sound: { code: Uint16Array; first: Int32Array; count: Int32Array; entry: Int32Array; wordEnd: Uint8Array };
}
