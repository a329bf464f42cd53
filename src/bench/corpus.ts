// Deterministic synthetic corpus for benchmarks and scale tests.
//
// Each generated article starts from one of the seed articles: its title line,
// then its sentences shuffled with a few borrowed from the other seeds, grouped
// into paragraphs, with some people, places, months, days and years swapped
// from small lists, and a few words made up (see NOVEL_SHARE). Every document depends only on
// (seed, index), so the same flags always give the same bytes, and any slice of a corpus can be
// rebuilt.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

/** Bump when the generator's output changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 2;

export interface CorpusOptions {
  /** Number of articles. */
  docs: number;
  /** Index of the first article (default 0): the articles of a later night continue the archive. */
  first?: number;
  /** Articles per sub-folder (default 1000). */
  perFolder?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Folder of seed articles (default: the bundled seeds/). */
  seedsDir?: string;
}

export interface CorpusStats {
  dir: string;
  docs: number;
  bytes: number;
  folders: number;
}

/** mulberry32: small, fast, good enough for shuffling. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

function shuffle<T>(rnd: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const SURNAMES = ['بوتين', 'لوكاشينكو', 'توكاييف', 'جاباروف', 'باشينيان', 'ميرضيايف', 'رحمون', 'لافروف', 'شويغو', 'زاس', 'تاسماغامبيتوف', 'ميشوستين'];
const CITIES = ['موسكو', 'دوشنبه', 'أستانا', 'بيشكيك', 'مينسك', 'يريفان', 'طشقند', 'كابول', 'ألماتي', 'سمرقند'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const alt = (xs: readonly string[]): string => xs.join('|');
const SWAP = new RegExp(`(${alt(SURNAMES)})|(${alt(CITIES)})|(?:(\\d{1,2}) )?(${alt(MONTHS)})|\\b(20[12]\\d)\\b|(${alt(WEEKDAYS)})`, 'gu');
const DATELINES = [
  (r: () => number) => `${pick(r, CITIES)} - ${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${2017 + Math.floor(r() * 9)}`,
  (r: () => number) => `${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}, ${2017 + Math.floor(r() * 9)} ${10 + Math.floor(r() * 13)}:${String(Math.floor(r() * 60)).padStart(2, '0')}`,
  (r: () => number) => `${pick(r, WEEKDAYS)} ${1 + Math.floor(r() * 28)}/${1 + Math.floor(r() * 12)}/${2017 + Math.floor(r() * 9)}`,
];

/**
 * Real news keeps bringing words a run has not seen (names, rare forms, misspellings), while the
 * seeds have under a thousand distinct words: alone, they would leave every per-word table of
 * the pipeline small and its memory unrealistically low. So this share of Arabic words becomes a
 * made-up word, drawn log-uniformly from NOVEL_SPACE (word k about as likely as 1/k, like word
 * frequencies): 87,000 distinct words at 20,000 articles instead of 864.
 */
const NOVEL_SHARE = 0.04;
const NOVEL_SPACE = 1_000_000;
const NOVEL_LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** Made-up word number `id`: a stem of three to five letters, some with the article or a nisba ending. */
export function novelWord(id: number): string {
  const base = NOVEL_LETTERS.length;
  let stem = '';
  for (let n = id + base * base; n > 0; n = Math.floor(n / base)) stem += NOVEL_LETTERS[n % base];
  return (id % 3 === 0 ? 'ال' : '') + stem + (id % 5 === 0 ? 'ية' : '');
}

export interface Seed {
  title: string;
  sentences: string[];
}

/** Splits seed articles into a title and sentences (ending punctuation and closing quotes kept). */
export function loadSeeds(seedsDir = join(PACKAGE_ROOT, 'seeds')): Seed[] {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  if (!files.length) throw new Error(`no seed articles (.txt) in ${seedsDir}`);
  return files.map((f) => {
    const text = readFileSync(join(seedsDir, f), 'utf8').replace(/\r\n?/g, '\n');
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const title = lines[0] ?? '';
    const sentences: string[] = [];
    for (const line of lines.slice(1)) {
      for (const m of line.matchAll(/[^.!?؟]+(?:[.!?؟]+["'”»)]*|$)/gu)) {
        const s = m[0].trim();
        if (s.length > 1) sentences.push(s);
      }
    }
    return { title, sentences };
  });
}

/** Article `index` of the corpus with this seed: a pure function of its arguments. */
export function generateDocument(seeds: Seed[], index: number, seed = 1): string {
  const rnd = prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const base = seeds[index % seeds.length];
  const target = 3100 + Math.floor(rnd() * 1400); // bytes; UTF-8 Arabic is ~2 bytes a letter
  const own = shuffle(rnd, base.sentences.slice());
  const out: string[] = [base.title, pick(rnd, DATELINES)(rnd), ''];
  let bytes = Buffer.byteLength(out.join('\n'));
  let para: string[] = [];
  let k = 0;
  const paraSize = (): number => 2 + Math.floor(rnd() * 3);
  let want = paraSize();
  while (bytes < target) {
    // mostly the seed's own sentences; one in five borrowed from another seed
    const from = rnd() < 0.2 ? pick(rnd, seeds) : base;
    const s = from === base && k < own.length ? own[k++] : pick(rnd, from.sentences.length ? from.sentences : own);
    if (!s) break;
    para.push(s);
    bytes += Buffer.byteLength(s) + 1;
    if (para.length >= want) { out.push(para.join(' '), ''); para = []; want = paraSize(); bytes += 2; }
    if (k >= own.length && rnd() < 0.05) k = 0;
  }
  if (para.length) out.push(para.join(' '), '');
  return out.join('\n').replace(SWAP, (all, surname, city, day, month, year, weekday) => {
    if (rnd() < 0.4) return all; // keep some originals
    if (surname) return pick(rnd, SURNAMES);
    if (city) return pick(rnd, CITIES);
    if (month) return `${day ? `${1 + Math.floor(rnd() * 28)} ` : ''}${pick(rnd, MONTHS)}`;
    if (year) return String(2017 + Math.floor(rnd() * 9));
    if (weekday) return pick(rnd, WEEKDAYS);
    return all;
  }).replace(/\p{Script=Arabic}+/gu, (word) =>
    (rnd() < NOVEL_SHARE ? novelWord(Math.floor(Math.exp(rnd() * Math.log(NOVEL_SPACE))) - 1) : word));
}

/** Relative path of article `index`: folders of `perFolder` articles. */
export function documentPath(index: number, perFolder = 1000): string {
  return join(`part-${String(Math.floor(index / perFolder)).padStart(4, '0')}`, `doc-${String(index).padStart(7, '0')}.txt`);
}

/** Writes `docs` articles as UTF-8 .txt files under `dir`. */
export function generateCorpus(dir: string, options: CorpusOptions): CorpusStats {
  const perFolder = options.perFolder ?? 1000;
  const seeds = loadSeeds(options.seedsDir);
  let bytes = 0;
  let folder = -1;
  let folders = 0;
  const first = options.first ?? 0;
  for (let i = first; i < first + options.docs; i++) {
    const rel = documentPath(i, perFolder);
    if (Math.floor(i / perFolder) !== folder) {
      folder = Math.floor(i / perFolder);
      folders++;
      mkdirSync(join(dir, rel, '..'), { recursive: true });
    }
    const data = Buffer.from(generateDocument(seeds, i, options.seed ?? 1), 'utf8');
    writeFileSync(join(dir, rel), data);
    bytes += data.length;
  }
  return { dir, docs: options.docs, bytes, folders };
}
