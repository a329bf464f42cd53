// The compiled data cache (src/compiled/cache.ts, build.ts) and the start-up short cuts beside it: each
// must give what the slow way gives, and a stale or damaged cache must be made again.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataCache, builtinCountries, builtinGazetteer, checkBuiltinData } from '../../src/compiled/build.js';
import { DATA_CACHE_ENV, DATA_CACHE_FORMAT, dataCachePath, readDataCache, writeDataCache, type DataCacheFile } from '../../src/compiled/cache.js';
import { compile, STOPWORDS_FILE, stopwordsProblems, type MultiRef, type TrieLevel, type TrieNode } from '../../src/entities/compile.js';
import { compiledFromJson, compiledToJson, type CompiledJson } from '../../src/entities/compiledJson.js';
import { countryTable } from '../../src/entities/countries.js';
import { LazyEntries, serializeEntries } from '../../src/entities/entryTable.js';
import { builtinGazetteerFiles, loadGazetteers, type GazetteerEntry } from '../../src/entities/gazetteer.js';
import { CLAUSE_WORDS, clauseWordsFromJson, clauseWordsToJson, compileBuiltinClauseWords } from '../../src/events/clause/data.js';
import { compileLexicon, lexiconEntries } from '../../src/events/lexicon/compile.js';
import { builtinLexiconFile } from '../../src/events/lexicon/load.js';
import { expandTriggers, stemsToJson } from '../../src/events/lexicon/triggerTable.js';
import type { LexiconFile, TriggerHit } from '../../src/events/lexicon/types.js';
import { DEFAULT_NORMALIZE, foldKey, foldKeySlow, plainTable, plainTableByDefinition, type NormalizeOptions } from '../../src/text/normalize.js';
import { isWordUnit } from '../../src/text/segment.js';
import { runCli, tempDir } from '../helpers/cli.js';

const dir = tempDir('data-cache');

describe('start-up short cuts give what the definitions give', () => {
  it('plainTable (built from the rules\' ranges) equals testing every code unit, for every option set', () => {
    const keys = Object.keys(DEFAULT_NORMALIZE) as (keyof NormalizeOptions)[];
    for (let bits = 0; bits < 1 << keys.length; bits++) {
      const o = Object.fromEntries(keys.map((k, i) => [k, (bits & (1 << i)) !== 0])) as unknown as NormalizeOptions;
      expect(Buffer.from(plainTable(o)).equals(Buffer.from(plainTableByDefinition(o)))).toBe(true);
    }
  });

  it('foldKey equals normalise-then-fold on every gazetteer string and on odd spacing and marks', () => {
    const strings: string[] = [' a  b ', '  ', '', 'أحمد  بن\tعلي', 'x\u00a0y', 'ا ', ' ٍب', 'سيرغي\nلافروف', 'الـروسي', 'Putin  ', '«موسكو»'];
    for (const file of builtinGazetteerFiles()) {
      for (const e of (JSON.parse(readFileSync(file, 'utf8')) as { entries: GazetteerEntry[] }).entries) {
        for (const s of [e.name, e.name_ar, ...(e.aliases ?? []), ...(e.short ?? []), ...(e.nisba ?? [])]) if (typeof s === 'string') strings.push(s);
      }
    }
    for (const s of strings) expect(foldKey(s)).toBe(foldKeySlow(s));
    const char = fc.constantFrom(...'اأإآبتةثجحخدذرزسشصضطظعغفقكلمنهوىيءؤئ ًٌٍَُِّْـ  \t\n\u200f\u00a0AbZ19٠٩,،«»-'.split(''));
    fc.assert(fc.property(fc.array(char, { maxLength: 12 }).map((a) => a.join('')), (s) => foldKey(s) === foldKeySlow(s)), { numRuns: 2000 });
  });

  it('the tokenizer\'s word units, learnt as met, are the letters, marks and digits', () => {
    const word = /^[\p{L}\p{M}\p{N}]$/u;
    for (let c = 0; c < 0x10000; c++) {
      const want = (c < 0xd800 || c > 0xdfff) && word.test(String.fromCharCode(c)) ? 1 : 0;
      if (isWordUnit(c) !== want) expect([c, isWordUnit(c)]).toEqual([c, want]);
    }
  });
});

/** Every path of a compiled (Map) trie: its tokens and node. */
function* paths(level: TrieLevel, prefix: string[] = []): Generator<[string[], TrieNode]> {
  for (const [tok, node] of level as Map<string, TrieNode>) {
    yield [[...prefix, tok], node];
    if (node.next) yield* paths(node.next, [...prefix, tok]);
  }
}
const walk = (root: TrieLevel, tokens: string[]): TrieNode | undefined => {
  let node = root.get(tokens[0]);
  for (let i = 1; node && i < tokens.length; i++) node = node.next?.get(tokens[i]);
  return node;
};
const pays = (node: TrieNode | undefined) => node?.pays?.map((p) => `${p.entry}:${p.kind}`) ?? null;

describe('the gazetteer from the cache', () => {
  const { entries } = loadGazetteers(builtinGazetteerFiles());
  const compiled = compile(entries);
  const cached = compiledFromJson(compiled.entries, deserialize(serialize(compiledToJson(compiled))) as CompiledJson);

  it('finds every path of the compiled tries with the same payloads, and nothing else', () => {
    for (const [trie, from] of [[compiled.root, cached.root], [compiled.titles, cached.titles]] as const) {
      let n = 0;
      for (const [tokens, node] of paths(trie)) {
        const got = walk(from, tokens);
        expect(pays(got)).toEqual(pays(node));
        expect(Boolean(got?.next)).toBe(Boolean(node.next));
        expect(from.has(tokens[0])).toBe(true);
        n++;
      }
      expect(n).toBeGreaterThan(0);
      for (const miss of ['', 'zzzz', 'ال', '\uffff', 'ا'.repeat(40)]) {
        expect(from.get(miss)).toBe(trie.get(miss));
        expect(from.has(miss)).toBe(trie.has(miss));
      }
    }
  });

  it('gives a node the same object each time, and shares payload objects as compile() does', () => {
    const [tokens] = paths(compiled.root).next().value as [string[], TrieNode];
    expect(walk(cached.root, tokens)).toBe(walk(cached.root, tokens));
    const shared = new Map<string, object>();
    const check = (p: { entry: number; kind: string }): void => {
      const key = `${p.entry}:${p.kind}`;
      if (!shared.has(key)) shared.set(key, p);
      expect(shared.get(key)).toBe(p);
    };
    for (const [toks] of paths(compiled.root)) for (const p of walk(cached.root, toks)?.pays ?? []) check(p);
    for (const [, list] of cached.fuzzy.blockList()) for (const c of list) check(c.value);
  });

  it('keeps the other tables, in their order', () => {
    expect([...cached.vocab]).toEqual([...compiled.vocab]);
    expect([...cached.stop]).toEqual([...compiled.stop]);
    expect([...cached.capitalOf]).toEqual([...compiled.capitalOf]);
    expect([...cached.countryByIso]).toEqual([...compiled.countryByIso]);
    expect([...cached.orgByName]).toEqual([...compiled.orgByName]);
    const multi = compiled.multi as Map<string, MultiRef[]>;
    for (const [w, refs] of multi) expect(cached.multi.get(w), w).toEqual(refs);
    for (const miss of ['', 'zzzz', '\uffff', ...[...multi.keys()].map((w) => `${w}ي`)]) expect(cached.multi.get(miss)).toEqual(multi.get(miss));
    // a word's references made once
    const [w] = multi.keys();
    expect(cached.multi.get(w)).toBe(cached.multi.get(w));
    expect(cached.fuzzy.blockList()).toEqual(compiled.fuzzy.blockList());
    for (const k of ['weakTitles', 'complements', 'orgTriggers', 'nameParts', 'leadingNameParts', 'capitalWords', 'republicWords'] as const) {
      expect([...cached[k]]).toEqual([...compiled[k]]);
    }
  });

  it('keeps the entries, each decoded when first asked for', () => {
    const lazy = new LazyEntries(serializeEntries(entries), () => {});
    expect(lazy.length).toBe(entries.length);
    const k = entries.length - 1;
    expect(lazy.get(k)).toEqual(entries[k]);
    expect(lazy.get(k)).toBe(lazy.get(k));
    for (const e of [entries[0], entries[k]]) expect(lazy.indexOf(e.id)).toBe(entries.findIndex((x) => x.id === e.id));
    expect(lazy.indexOf('place:nowhere')).toBe(-1);
    expect(lazy.all()).toEqual(entries);
  });

  it('keeps the country table as countryTable makes it from the entries', () => {
    expect([...builtinCountries()]).toEqual([...countryTable(builtinGazetteer().entries.all())]);
  });
});

describe('the trigger lexicon, looked up when asked', () => {
  const user: LexiconFile = {
    inflection: { noun: { prefixes: ['', 'و', 'ل', 'ول', 'لل'], article: true, suffixes: ['', 'ه', 'ها'] } },
    cues: { not_triggers: ['وزياره'] },
    triggers: [
      { rule: 'user.visit', type: 'CONSULT', subtype: 'visit', pos: 'noun', forms: ['زياره', 'الجوله', 'جولات'] },
      { rule: 'user.say', type: 'CONSULT', subtype: 'talk', pos: 'verb', forms: ['تحادث', 'يتحادث', 'نتحادث', 'اجتمع'], requires: [{ any: ['مع'] }] },
    ],
  };
  const cases: [string, LexiconFile[]][] = [['the built-in lexicon', [builtinLexiconFile()]], ['with a user lexicon', [builtinLexiconFile(), user]]];

  for (const [name, files] of cases) {
    it(`answers as the expanded table does, ${name}, its stems derived or read from the cache's JSON`, () => {
      const entries = lexiconEntries(files);
      const inflection = Object.assign({}, ...files.map((f) => f.inflection ?? {}));
      const eager = expandTriggers(entries, inflection, files.flatMap((f) => f.cues?.not_triggers ?? []));
      const shape = (hits: TriggerHit[] | undefined) => hits?.map((h) => [h.order, h.entry.rule, h.future, h.suffixed, h.firstPerson]);
      const keys = new Set<string>();
      for (const k of eager.keys()) {
        keys.add(k);
        // its neighbours: one more or one less prefix letter, another ending
        for (const p of ['و', 'ف', 'ل', 'ب', 'س', 'ال', 'لل']) keys.add(p + k);
        keys.add(k.slice(1)); keys.add(k.slice(2)); keys.add(`${k}ه`); keys.add(k.slice(0, -1));
      }
      const stems = JSON.parse(JSON.stringify(stemsToJson(entries, inflection)));
      for (const lex of [compileLexicon(files), compileLexicon(files, [], stems)]) {
        // one expect for all keys: an expect per key made this test take seconds
        const differing = [...keys].filter((k) => JSON.stringify(shape(lex.triggers.get(k))) !== JSON.stringify(shape(eager.get(k))));
        expect(differing.map((k) => [k, shape(lex.triggers.get(k)), shape(eager.get(k))])).toEqual([]);
        // one entry object per rule, as the expanded table shares them
        const held = lex.triggers.get('عقدت')!.find((h) => h.entry.rule === 'consult.hold')!;
        expect(lex.triggers.get('ستعقد')!.find((h) => h.entry.rule === 'consult.hold')!.entry).toBe(held.entry);
      }
    });
  }
});

describe('the compiled data cache', () => {
  it('checks every built-in data file (the check no start runs any more)', () => {
    expect(() => checkBuiltinData()).not.toThrow();
  });

  it('checks the stop words against their schema', () => {
    expect(stopwordsProblems(JSON.parse(readFileSync(STOPWORDS_FILE, 'utf8')))).toEqual([]);
    expect(stopwordsProblems({ words: ['في', 'على الأقل'] })).toEqual(['field words.1: must match pattern "^\\S+$"']);
  });

  it('keeps the clause words as they compile', () => {
    const compiled = compileBuiltinClauseWords(JSON.parse(readFileSync(CLAUSE_WORDS, 'utf8')));
    expect(clauseWordsFromJson(JSON.parse(JSON.stringify(clauseWordsToJson(compiled))))).toEqual(compiled);
  });

  it('is used only while its format, code and data checksums match', () => {
    const file = join(dir, 'unit.bin');
    const built = buildDataCache();
    expect(built.format).toBe(DATA_CACHE_FORMAT);
    expect(writeDataCache(file, built)).toBe(true);
    expect(readDataCache(file)?.sources).toBe(built.sources);
    const tampered = (change: Partial<DataCacheFile>): DataCacheFile | null => {
      writeFileSync(file, serialize({ ...built, ...change }));
      return readDataCache(file);
    };
    expect(tampered({ sources: '0'.repeat(64) })).toBeNull();
    expect(tampered({ code: '0'.repeat(64) })).toBeNull();
    expect(tampered({ format: DATA_CACHE_FORMAT + 1 })).toBeNull();
    expect(tampered({ unicode: '1.0' })).toBeNull();
    writeFileSync(file, serialize(built).subarray(0, 1000));
    expect(readDataCache(file)).toBeNull();
    expect(readDataCache(join(dir, 'absent.bin'))).toBeNull();
    expect(writeDataCache(join(dir, 'unit.bin', 'not-a-folder.bin'), built)).toBe(false);
  });

  it('reads its tables as typed arrays with memory of their own, not views that keep the file\'s bytes', () => {
    const file = join(dir, 'own.bin');
    const built = buildDataCache();
    expect(writeDataCache(file, built)).toBe(true);
    const { compiled } = readDataCache(file)!.gazetteer;
    const tables = [compiled.pays, compiled.root.nodes, compiled.root.levels, compiled.multi.refs, compiled.multi.listStarts, compiled.sound.code, compiled.sound.wordEnd];
    for (const t of tables) {
      expect(ArrayBuffer.isView(t)).toBe(true);
      expect(t.buffer.byteLength).toBe(t.byteLength);
    }
    expect([...compiled.root.nodes]).toEqual([...built.gazetteer.compiled.root.nodes]);
  });

  it('lives in dist/ (or where CSTO_EXTRACT_DATA_CACHE says, or nowhere with "off")', () => {
    expect(dataCachePath({ [DATA_CACHE_ENV]: '/x/y.bin' })).toBe('/x/y.bin');
    expect(dataCachePath({ [DATA_CACHE_ENV]: 'off' })).toBeNull();
    expect(dataCachePath({})).toBeNull(); // under vitest (src/): in memory only
  });
});

describe('extract with the compiled data cache', () => {
  const article = join(dir, 'article.txt');
  writeFileSync(article, 'موسكو - التقى وزير الخارجية الروسي سيرغي لافروف اليوم مع الأمين العام لمنظمة معاهدة الأمن الجماعي جين دوو في موسكو، وبحثا الوضع في أفغانستان.\n');
  const env = (cache: string) => ({ [DATA_CACHE_ENV]: cache });

  it('makes the cache when absent, and again when a checksum is stale or the file damaged, with the same records', async () => {
    const cache = join(dir, 'cli.bin');
    const plain = await runCli(['extract', article, '-f', 'json', '-q'], { env: env('off') });
    expect(plain.code).toBe(0);
    const first = await runCli(['extract', article, '-f', 'json', '-q'], { env: env(cache) });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(plain.stdout);
    const made = deserialize(readFileSync(cache)) as DataCacheFile;
    expect(made.sources).toMatch(/^[0-9a-f]{64}$/);
    expect(made.gazetteer.entries.ends.length).toBeGreaterThan(1000);
    copyFileSync(cache, `${cache}.good`);

    // a checksum that does not match the data: rebuilt, rewritten (the same data, not always the same bytes: V8's
    // serializer may write a string's code units one byte or two bytes each), same output
    writeFileSync(cache, serialize({ ...made, sources: 'f'.repeat(64) }));
    const stale = await runCli(['extract', article, '-f', 'json', '-q'], { env: env(cache) });
    expect(stale.code).toBe(0);
    expect(stale.stdout).toBe(plain.stdout);
    expect(deserialize(readFileSync(cache))).toEqual(deserialize(readFileSync(`${cache}.good`)));

    writeFileSync(cache, 'not a cache');
    const damaged = await runCli(['extract', article, '-f', 'json', '-q'], { env: env(cache) });
    expect(damaged.stdout).toBe(plain.stdout);
    expect(deserialize(readFileSync(cache))).toEqual(deserialize(readFileSync(`${cache}.good`)));

    // the valid cache is used as it is
    const again = await runCli(['extract', article, '-f', 'json', '-q', '--jobs', '2'], { env: env(cache) });
    expect(again.stdout).toBe(plain.stdout);
  });

  it('still checks a user gazetteer on every start, and uses it', async () => {
    const cache = join(dir, 'user.bin');
    const good = join(dir, 'jane.json');
    writeFileSync(good, JSON.stringify({ name: 'mine', entries: [{ id: 'person:jane-doe', type: 'PERSON', name: 'Jane Doe', name_ar: 'جين دوو', country: 'KZ' }] }));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'bad', entries: [{ id: 'person:x', type: 'PERSONX', name: 'X', name_ar: 'اكس' }] }));
    for (const cacheEnv of [env(cache), env(cache)]) { // the second run with the cache made by the first
      const without = await runCli(['extract', article, '-f', 'json', '-q'], { env: cacheEnv });
      expect(without.stdout).not.toContain('person:jane-doe');
      const withUser = await runCli(['extract', article, '--gazetteer', good, '-f', 'json', '-q'], { env: cacheEnv });
      expect(withUser.code).toBe(0);
      expect(withUser.stdout).toContain('"person:jane-doe"');
      const rejected = await runCli(['extract', article, '--gazetteer', bad, '-f', 'json', '-q'], { env: cacheEnv });
      expect(rejected.code).toBe(2);
      expect(rejected.stdout).toBe('');
      expect(rejected.stderr).toContain('unknown type "PERSONX"');
      const badTriggers = join(dir, 'bad-triggers.json');
      writeFileSync(badTriggers, JSON.stringify({ triggers: [{ rule: 'x.y', type: 'CHAT', subtype: 'x', pos: 'verb', forms: ['دردش'] }] }));
      const lexicon = await runCli(['extract', article, '--triggers', badTriggers, '-f', 'json', '-q'], { env: cacheEnv });
      expect(lexicon.code).toBe(2);
      expect(lexicon.stderr).toContain('field type');
    }
  });
});
