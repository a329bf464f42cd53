// Arabic clitics, folded: the one table the entity, event and date rules strip words with. The
// letters live in src/data/text/clitics.json (schema data/schema/clitics.schema.json); code reads
// them by name from here.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { schemaProblems } from '../schema/ajv.js';
import { foldKey } from './normalize.js';

export const CLITICS_FILE = join(DATA_DIR, 'text', 'clitics.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'clitics.schema.json');

/** How a proclitic carries the article. */
export type ArticleIn = 'none' | 'written' | 'absorbed';

/** A conjunction (و ف), a preposition (ب ل ك) or the future prefix (س), alone or combined, maybe with the article. */
export interface Proclitic {
  form: string;
  /** 'written': وال, بال; 'absorbed': لل is ل + ال (the alef is dropped). */
  article: ArticleIn;
  /** The future prefix س of a verb. */
  future: boolean;
}

type Preposition = 'bi' | 'li' | 'ka';

/** clitics.json as written. */
export interface CliticFile {
  conjunctions: { wa: string; fa: string };
  prepositions: Record<Preposition, string>;
  article: string;
  article_absorbed_by: Preposition;
  future: string;
  jussive: string;
  present_prefixes: { ya: string; ta: string; na: string };
  first_person_prefix: string;
  participle: { prefix: string; accusative: string };
  proclitics: { form: string; article?: ArticleIn; future?: boolean }[];
  enclitics: { form: string; person: 1 | 2 | 3; gender?: 'm' | 'f'; number?: 'sg' | 'du' | 'pl'; verbs_only?: boolean }[];
}

/** What the schema cannot say: every letter folded, each proclitic made of the letters the file names, no form twice. */
function tableProblems(d: CliticFile): string[] {
  const problems: string[] = [];
  const letters: [string, string][] = [
    ['conjunctions.wa', d.conjunctions.wa], ['conjunctions.fa', d.conjunctions.fa],
    ...Object.entries(d.prepositions).map(([k, v]): [string, string] => [`prepositions.${k}`, v]),
    ['article', d.article], ['future', d.future], ['jussive', d.jussive],
    ...Object.entries(d.present_prefixes).map(([k, v]): [string, string] => [`present_prefixes.${k}`, v]),
    ['first_person_prefix', d.first_person_prefix], ['participle.prefix', d.participle.prefix], ['participle.accusative', d.participle.accusative],
    ...d.proclitics.map((p, i): [string, string] => [`proclitics.${i}.form`, p.form]),
    ...d.enclitics.map((e, i): [string, string] => [`enclitics.${i}.form`, e.form]),
  ];
  for (const [field, v] of letters) if (foldKey(v) !== v) problems.push(`field ${field}: "${v}" is not folded, write "${foldKey(v)}"`);
  const conj = ['', d.conjunctions.wa, d.conjunctions.fa];
  const preps = ['', ...Object.values(d.prepositions)];
  const absorbed = d.prepositions[d.article_absorbed_by] + d.article.slice(1);
  const made = (p: CliticFile['proclitics'][number]): boolean => conj.some((c) => {
    if (p.future) return p.form === c + d.future;
    const article = p.article ?? 'none';
    if (article === 'absorbed') return p.form === c + absorbed;
    return preps.some((b) => (article === 'written' ? p.form === c + b + d.article : p.form === c + b && p.form !== ''));
  });
  d.proclitics.forEach((p, i) => {
    if (!made(p)) problems.push(`field proclitics.${i}: "${p.form}" is not a conjunction, a preposition, the article (${p.article ?? 'none'}) or the future prefix as the file names them`);
    if (d.proclitics.findIndex((q) => q.form === p.form) < i) problems.push(`field proclitics.${i}: "${p.form}" is listed twice`);
  });
  d.enclitics.forEach((e, i) => { if (d.enclitics.findIndex((q) => q.form === e.form) < i) problems.push(`field enclitics.${i}: "${e.form}" is listed twice`); });
  return problems;
}

/** Problems of a parsed clitic table ("field prepositions.bi: must match ..."); none when it is valid. */
export function cliticProblems(data: unknown): string[] {
  const problems = schemaProblems(SCHEMA_FILE, data);
  return problems.length ? problems : tableProblems(data as CliticFile);
}

/** Reads and checks a clitic table; throws DataFileError with every problem. */
export function readCliticFile(file = CLITICS_FILE): CliticFile {
  return readCheckedJson<CliticFile>(file, cliticProblems);
}

// checked with the other built-in data when the compiled data cache is made (compiled/build.ts), not at every start
const T = readCheckedJson<CliticFile>(CLITICS_FILE, () => []);

/** Every proclitic, in the order names are tried behind them. */
export const PROCLITICS: readonly Proclitic[] = T.proclitics.map((p) => ({ form: p.form, article: p.article ?? 'none', future: p.future === true }));

/** Pronoun suffixes taken off any word: "اجتماعهما", "حدودها", "قادتهم". */
export const ENCLITICS: readonly string[] = T.enclitics.filter((e) => !e.verbs_only).map((e) => e.form);
/** Pronoun suffixes of the third person ("تقوده", "أنها"). */
export const THIRD_PERSON_ENCLITICS: readonly string[] = T.enclitics.filter((e) => !e.verbs_only && e.person === 3).map((e) => e.form);
/** Whether a pronoun suffix is feminine ("ها"). */
export const FEMININE_ENCLITICS: ReadonlySet<string> = new Set(T.enclitics.filter((e) => e.gender === 'f').map((e) => e.form));
/** Every pronoun suffix a verb may carry as its object ("تقوده", "يبلغني"). */
export const OBJECT_ENCLITICS: readonly string[] = T.enclitics.map((e) => e.form);
/**
 * The third-person pronoun suffix a word ends with, longest first ("زيارتهما": هما), with its gender and number; null if none.
 * `minStem`: the letters the word keeps before it (1 for a preposition's pronoun: "به").
 */
export function thirdPersonSuffix(w: string, minStem = 2): { form: string; gender: 'm' | 'f' | null; number: 'sg' | 'du' | 'pl' | null } | null {
  let best: (typeof T.enclitics)[number] | null = null;
  for (const e of T.enclitics) if (!e.verbs_only && e.person === 3 && w.length >= e.form.length + minStem && w.endsWith(e.form) && (!best || e.form.length > best.form.length)) best = e;
  return best && { form: best.form, gender: best.gender ?? null, number: best.number ?? null };
}

/** و (and) and ف. */
export const CONJUNCTIONS: readonly string[] = [T.conjunctions.wa, T.conjunctions.fa];
/** و (and): also the conjunction of a coordination ("القوات الأمريكية والروسية", "بين A و B"). */
export const WA = T.conjunctions.wa;
/** ف (so, then). */
export const FA = T.conjunctions.fa;
/** ب (with, in), ل (to, for), ك (as), glued to the word after them. */
export const PREPOSITIONS: Readonly<Record<Preposition, string>> = T.prepositions;
/** The article ال. */
export const ARTICLE = T.article;
/** The one-letter clitics a name may be glued to: و, ب, ل (not ف or ك, rarer before a name); code units, for f.charCodeAt(0) makes no string. */
export const NAME_CLITIC_CODES: ReadonlySet<number> = new Set([T.conjunctions.wa, T.prepositions.bi, T.prepositions.li].map((l) => l.charCodeAt(0)));
/** The preposition that drops the article's alef (ل), and what the two are written as (لل). */
export const ABSORBING_PREPOSITION = T.prepositions[T.article_absorbed_by];
export const ABSORBED_ARTICLE = ABSORBING_PREPOSITION + T.article.slice(1);
/** The future prefix س of a present-tense verb. */
export const FUTURE = T.future;
/** The jussive ل of a present-tense verb after و or ف. */
export const JUSSIVE = T.jussive;
/** The person prefixes of a present-tense verb by name: ya ي (he, they), ta ت (she, you), na ن (we). */
export const PRESENT_PREFIX: Readonly<{ ya: string; ta: string; na: string }> = T.present_prefixes;
/** The person prefixes ي ت ن of a present-tense verb. */
export const PRESENT_PREFIXES: readonly string[] = [T.present_prefixes.ya, T.present_prefixes.ta, T.present_prefixes.na];
/** The prefix of "I" (أ, folded ا). */
export const FIRST_PERSON_PREFIX = T.first_person_prefix;
/** An active participle in the accusative ("منتقدا"): its prefix and ending. */
export const ACCUSATIVE_PARTICIPLE: Readonly<{ prefix: string; accusative: string }> = T.participle;

/** A regular-expression character class of single letters ("[وف]"); the schema allows Arabic letters only. */
export function letterClass(letters: readonly string[]): string {
  return `[${letters.join('')}]`;
}

/** The conjunctions and prepositions by name: wa و, fa ف, bi ب, li ل, ka ك. */
export type CliticLetter = 'wa' | 'fa' | Preposition;
const CLITIC_LETTER: Readonly<Record<CliticLetter, string>> = { ...T.conjunctions, ...T.prepositions };

/** A character class of the named conjunctions and prepositions, in the order named: cliticClass('wa', 'fa', 'bi', 'li') is "[وفبل]". */
export function cliticClass(...names: CliticLetter[]): string {
  return letterClass(names.map((n) => CLITIC_LETTER[n]));
}

/** A leading conjunction و or ف. */
export function hasConjunction(f: string): boolean {
  return f[0] === WA || f[0] === FA;
}

/** The word without a leading conjunction و or ف. */
export function withoutConjunction(f: string): string {
  return hasConjunction(f) ? f.slice(1) : f;
}

/** The article, written or absorbed, behind the word's clitics ("الاجتماع", "والقمة", "للقمة"): a noun that takes no genitive. */
export function hasArticle(f: string): boolean {
  return articleProclitic(f) !== undefined;
}

/** The noun behind a word's article and the clitics before it ("والحزب" → "حزب", "للقمة" → "قمه"); null when it has no article. */
export function definiteStem(f: string): string | null {
  const p = articleProclitic(f);
  return p ? f.slice(p.form.length) : null;
}

/** The proclitic that holds the word's article ("وال" of "والحزب"). */
const articleProclitic = (f: string): Proclitic | undefined =>
  PROCLITICS.find((p) => p.article !== 'none' && f.startsWith(p.form) && f.length > p.form.length + 1);
