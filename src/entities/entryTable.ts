// The gazetteer entries an engine was compiled from, by index. The compiled data cache keeps the
// built-in entries as JSON text, one after the other, and a start parses one when first asked for
// it: decoding all ≈ 2,900 at each start took ≈ 20 ms of the ≈ 35 ms of reading the cache, and one
// article looks at a few dozen. (Text, not node:v8 bytes: a megabyte of bytes kept outside the JS
// heap changed how the C library hands memory back, ≈ 35,000 more page faults on 2,000 articles.)
// User gazetteers are compiled at each start, from an array.
import { isDeepStrictEqual } from 'node:util';
import type { LoadedEntry } from './gazetteer.js';

export interface EntryTable {
  readonly length: number;
  /** The entry of index `i` (0 ≤ i < length). */
  get(i: number): LoadedEntry;
  /** The index of the first entry with this id; -1 if none. */
  indexOf(id: string): number;
  /** Every entry, in order (from the cache: each one decoded). */
  all(): readonly LoadedEntry[];
}

/** The entries as the data cache keeps them: each as JSON, one after the other; entry i ends at ends[i]. */
export interface SerializedEntries {
  json: string;
  ends: Int32Array;
  /** Their ids, in order. */
  ids: string[];
}

/** The table of entries already in memory. */
export function entryArray(entries: readonly LoadedEntry[]): EntryTable {
  return { length: entries.length, get: (i) => entries[i], indexOf: (id) => entries.findIndex((e) => e.id === id), all: () => entries };
}

export function serializeEntries(entries: readonly LoadedEntry[]): SerializedEntries {
  const parts = entries.map((e) => {
    const json = JSON.stringify(e);
    // entries are read from JSON files, so JSON keeps them whole (no undefined, no -0)
    if (!isDeepStrictEqual(JSON.parse(json), e)) throw new Error(`gazetteer entry ${e.id} does not come back the same from JSON`);
    return json;
  });
  const ends = new Int32Array(parts.length);
  let end = 0;
  parts.forEach((p, i) => { ends[i] = end += p.length; });
  return { json: parts.join(''), ends, ids: entries.map((e) => e.id) };
}

/** The cache's entries, each parsed (and passed to `finish`) when first asked for. */
export class LazyEntries implements EntryTable {
  private readonly made: (LoadedEntry | undefined)[];
  private byId: Map<string, number> | null = null;

  constructor(private readonly serialized: SerializedEntries, private readonly finish: (e: LoadedEntry) => void) {
    this.made = new Array<LoadedEntry | undefined>(serialized.ends.length);
  }

  get length(): number {
    return this.made.length;
  }

  get(i: number): LoadedEntry {
    return this.made[i] ?? this.decode(i);
  }

  indexOf(id: string): number {
    if (!this.byId) {
      this.byId = new Map();
      this.serialized.ids.forEach((x, i) => { if (!this.byId!.has(x)) this.byId!.set(x, i); });
    }
    return this.byId.get(id) ?? -1;
  }

  all(): readonly LoadedEntry[] {
    for (let i = 0; i < this.made.length; i++) this.get(i);
    return this.made as LoadedEntry[];
  }

  private decode(i: number): LoadedEntry {
    const { json, ends } = this.serialized;
    const e = JSON.parse(json.slice(i > 0 ? ends[i - 1] : 0, ends[i])) as LoadedEntry;
    this.finish(e);
    return (this.made[i] = e);
  }
}
