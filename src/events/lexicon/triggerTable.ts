// The folded tokens a lexicon's entries make under its inflection rules (prefixes, ال,
// pronoun suffixes, agreement, future): expanded all at once, or looked up lazily.
import { ABSORBING_PREPOSITION, ARTICLE, FIRST_PERSON_PREFIX, letterClass, PRESENT_PREFIX, PRESENT_PREFIXES } from '../../text/clitics.js';
import { NOUN, STEM } from '../../text/morphology.js';
import { withAgreement } from './agreement.js';
import type { InflectionRule, StemsJson, TriggerEntry, TriggerHit, TriggerTable } from './types.js';

/** A present-tense form the future prefixes go before: a present prefix or أ (I). */
const FUTURE_STEM = new RegExp(`^${letterClass([...PRESENT_PREFIXES, FIRST_PERSON_PREFIX])}`);

const NO_INFLECTION: InflectionRule = { prefixes: [''], suffixes: [''] };

/** One word an entry's form makes before a prefix is put on: the form, with ال, or with a pronoun suffix. */
interface Stem {
  /** Position in the order expandTriggers makes them (entries, forms, article, suffixes). */
  rank: number;
  order: number;
  entry: TriggerEntry;
  rule: InflectionRule;
  w: string;
  article: boolean;
  suffixed: boolean;
  firstPerson: boolean;
}

/** What a stem is written as before a pronoun suffix: ة becomes ت ("زيارته"), a final hamza sits on its seats ("لقاءه", "لقائه", "لقاؤه"). */
function suffixBases(s: string): string[] {
  if (s.endsWith(NOUN.feminine)) return [s.slice(0, -NOUN.feminine.length) + NOUN.feminine_bound];
  if (!s.endsWith(STEM.final_hamza)) return [s];
  const bare = s.slice(0, -STEM.final_hamza.length);
  return [s, ...[...STEM.hamza_seats].map((seat) => bare + seat)];
}

const NO_FORMS: ReadonlySet<string> = new Set();

/**
 * The listed forms of a verb that say "we": ن + the stem of a third-person present the entry also lists
 * ("نشارك" beside "يشارك"). A past whose root begins with ن is no first person ("نشرت", "نفت", "ندد").
 */
function firstPersonForms(forms: readonly string[]): ReadonlySet<string> {
  const listed = new Set(forms);
  const thirdPerson = (f: string): boolean => listed.has(PRESENT_PREFIX.ya + f.slice(PRESENT_PREFIX.na.length)) || listed.has(PRESENT_PREFIX.ta + f.slice(PRESENT_PREFIX.na.length));
  return new Set(forms.filter((f) => f.startsWith(PRESENT_PREFIX.na) && thirdPerson(f)));
}

/** Calls `visit` with every stem of the entries, in expandTriggers' order. */
function eachStem(entries: TriggerEntry[], inflection: Record<string, InflectionRule>, visit: (stem: Stem) => void): void {
  let rank = 0;
  entries.forEach((entry, order) => {
    const rule = inflection[entry.pos] ?? NO_INFLECTION;
    const firstPerson = entry.pos === 'verb' ? firstPersonForms(entry.forms) : NO_FORMS;
    for (const listed of entry.forms) for (const form of entry.pos === 'verb' ? withAgreement(listed) : [listed]) {
      const stems: { s: string; article: boolean }[] = [{ s: form, article: form.startsWith(ARTICLE) }];
      if (rule.article && !form.startsWith(ARTICLE)) stems.push({ s: ARTICLE + form, article: true });
      for (const { s, article } of stems) {
        const suffixed: { w: string; suffixed: boolean }[] = [{ w: s, suffixed: false }];
        if (!article && !s.endsWith(STEM.final_alef)) {
          for (const base of suffixBases(s)) for (const suf of rule.suffixes) if (suf) suffixed.push({ w: base + suf, suffixed: true });
        }
        for (const { w, suffixed: sfx } of suffixed) visit({ rank: rank++, order, entry, rule, w, article, suffixed: sfx, firstPerson: firstPerson.has(listed) });
      }
    }
  });
}

const NO_STEMS: Stem[] = [];

const STEM_ARTICLE = 1, STEM_SUFFIXED = 2, STEM_FIRST_PERSON = 4;

/**
 * The stems of the entries as flat tables, in rank order: made at build time for the
 * compiled data cache (deriving and indexing them cost ≈ 25 ms at each start).
 */
export function stemsToJson(entries: TriggerEntry[], inflection: Record<string, InflectionRule>): StemsJson {
  const json: StemsJson = { words: [], orders: [], flags: [] };
  eachStem(entries, inflection, ({ w, order, article, suffixed, firstPerson }) => {
    json.words.push(w);
    json.orders.push(order);
    json.flags.push((article ? STEM_ARTICLE : 0) | (suffixed ? STEM_SUFFIXED : 0) | (firstPerson ? STEM_FIRST_PERSON : 0));
  });
  return json;
}

/** Most specific first: entries with more requirements, then lexicon order. */
const bySpecificity = (a: TriggerHit, b: TriggerHit): number => (b.entry.requires?.length ?? 0) - (a.entry.requires?.length ?? 0) || a.order - b.order;

/**
 * Every key the inflection rules make, with its hits: each stem behind each prefix (ل + ال → لل),
 * and verbs behind the future prefixes; an entry's first way to a key is kept; keys listed as
 * not_triggers are dropped. The definition LazyTriggers answers by (the tests compare them).
 */
export function expandTriggers(entries: TriggerEntry[], inflection: Record<string, InflectionRule>, notTriggers: Iterable<string>): Map<string, TriggerHit[]> {
  const triggers = new Map<string, TriggerHit[]>();
  const addKey = (key: string, hit: TriggerHit): void => {
    const list = triggers.get(key);
    if (!list) { triggers.set(key, [hit]); return; }
    if (list.some((h) => h.entry === hit.entry)) return;
    list.push(hit);
  };
  eachStem(entries, inflection, ({ order, entry, rule, w, article, suffixed, firstPerson }) => {
    for (const p of rule.prefixes) {
      let key = p + w;
      if (article && p.endsWith(ABSORBING_PREPOSITION)) key = p + w.slice(1); // ل + ال → لل
      addKey(key, { entry, order, future: false, suffixed, firstPerson });
    }
    if (rule.future && FUTURE_STEM.test(w)) {
      for (const p of rule.future) addKey(p + w, { entry, order, future: true, suffixed, firstPerson });
    }
  });
  // words the inflection rules make look like triggers but that are other words: وزارة
  // ("ministry") is not و + زار + ه ("and he visited him")
  for (const w of notTriggers) triggers.delete(w);
  for (const [key, list] of triggers) triggers.set(key, wholeOverSuffixed(list).sort(bySpecificity));
  return triggers;
}

/** "استقالة"/"تهنئة" fold to a verb + ه ("تهنئ" + ه): a rule's whole word wins over its suffixed reading. */
function wholeOverSuffixed(hits: TriggerHit[]): TriggerHit[] {
  if (!hits.some((h) => h.suffixed)) return hits;
  const whole = new Set(hits.filter((h) => !h.suffixed).map((h) => h.entry.rule));
  return hits.filter((h) => !h.suffixed || !whole.has(h.entry.rule));
}

/**
 * The keys of expandTriggers, found when asked for: a token is split into each prefix the rules
 * know and the stem after it, and the stems are indexed. Expanding every prefix of every stem
 * up front made ≈ 22,000 keys and 23,000 hits at each start (≈ 0.1 s); a run looks up a few
 * thousand distinct words, each once per word table (events/words.ts). The stems are found by
 * their word in a map made on the first lookup (≈ 3 ms; a binary search compared ≈ 40 strings a
 * word, ≈ 15 µs) and made when first found. `stems`: the tables from the
 * compiled data cache (stemsToJson of the same entries and rules); made here without one.
 */
export class LazyTriggers implements TriggerTable {
  private readonly table: StemsJson;
  /** The ranks of the stems by their word, in rank order; made on the first lookup. */
  private byWord: Map<string, number[]> | null = null;
  /** The stems made so far, by rank. */
  private readonly made: (Stem | undefined)[] = [];
  private readonly notTriggers: Set<string>;
  private readonly maxPrefix: number;

  constructor(private readonly entries: TriggerEntry[], private readonly inflection: Record<string, InflectionRule>, notTriggers: Iterable<string>, stems?: StemsJson) {
    this.table = stems ?? stemsToJson(entries, inflection);
    this.notTriggers = new Set(notTriggers);
    let maxPrefix = 0;
    for (const rule of [NO_INFLECTION, ...Object.values(inflection)]) {
      for (const p of [...rule.prefixes, ...(rule.future ?? [])]) maxPrefix = Math.max(maxPrefix, p.length);
    }
    this.maxPrefix = maxPrefix;
  }

  /** The stems whose word is `w`, in rank order. */
  private stems(w: string): Stem[] {
    const ranks = (this.byWord ??= this.indexWords()).get(w);
    return ranks ? ranks.map((rank) => this.stem(rank)) : NO_STEMS;
  }

  private indexWords(): Map<string, number[]> {
    const byWord = new Map<string, number[]>();
    this.table.words.forEach((w, rank) => {
      const l = byWord.get(w);
      if (l) l.push(rank); else byWord.set(w, [rank]);
    });
    return byWord;
  }

  private stem(rank: number): Stem {
    let s = this.made[rank];
    if (s) return s;
    const { words, orders, flags } = this.table;
    const entry = this.entries[orders[rank]];
    s = {
      rank, order: orders[rank], entry, rule: this.inflection[entry.pos] ?? NO_INFLECTION, w: words[rank],
      article: (flags[rank] & STEM_ARTICLE) !== 0, suffixed: (flags[rank] & STEM_SUFFIXED) !== 0, firstPerson: (flags[rank] & STEM_FIRST_PERSON) !== 0,
    };
    return (this.made[rank] = s);
  }

  get(key: string): TriggerHit[] | undefined {
    if (this.notTriggers.has(key)) return undefined;
    // per entry, its first way to the key in expandTriggers' order: stem rank, then prefix (the future ones after the others)
    const best = new Map<number, { rank: number; step: number; hit: TriggerHit }>();
    const consider = (stem: Stem, step: number, future: boolean): void => {
      const prev = best.get(stem.order);
      if (prev && (prev.rank < stem.rank || (prev.rank === stem.rank && prev.step <= step))) return;
      best.set(stem.order, { rank: stem.rank, step, hit: { entry: stem.entry, order: stem.order, future, suffixed: stem.suffixed, firstPerson: stem.firstPerson } });
    };
    for (let k = 0; k <= this.maxPrefix && k <= key.length; k++) {
      const p = key.slice(0, k);
      const rest = key.slice(k);
      for (const stem of this.stems(rest)) {
        const { rule } = stem;
        if (!(stem.article && p.endsWith(ABSORBING_PREPOSITION))) {
          const i = rule.prefixes.indexOf(p);
          if (i >= 0) consider(stem, i, false);
        }
        if (rule.future && FUTURE_STEM.test(stem.w)) {
          const i = rule.future.indexOf(p);
          if (i >= 0) consider(stem, rule.prefixes.length + i, true);
        }
      }
      // ل + ال → لل: the key is the prefix and the stem without its first letter (the alef of ال)
      if (p.endsWith(ABSORBING_PREPOSITION)) {
        for (const stem of this.stems(ARTICLE[0] + rest)) {
          if (!stem.article) continue;
          const i = stem.rule.prefixes.indexOf(p);
          if (i >= 0) consider(stem, i, false);
        }
      }
    }
    if (!best.size) return undefined;
    return wholeOverSuffixed([...best.values()].map((b) => b.hit)).sort(bySpecificity);
  }
}
