// Arabic clitics, folded: the one table the entity and event engines strip words with.

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

const proclitic = (form: string, article: ArticleIn = 'none', future = false): Proclitic => ({ form, article, future });

/** Every proclitic, in the order names are tried behind them. */
export const PROCLITICS: readonly Proclitic[] = [
  proclitic('و'), proclitic('ف'), proclitic('ب'), proclitic('ل'), proclitic('ك'),
  proclitic('وب'), proclitic('ول'), proclitic('وك'), proclitic('فب'), proclitic('فل'), proclitic('فك'),
  proclitic('لل', 'absorbed'), proclitic('ولل', 'absorbed'), proclitic('فلل', 'absorbed'),
  proclitic('ال', 'written'), proclitic('وال', 'written'), proclitic('فال', 'written'), proclitic('بال', 'written'),
  proclitic('كال', 'written'), proclitic('وبال', 'written'),
  proclitic('س', 'none', true), proclitic('وس', 'none', true),
];

/** Pronoun suffixes: "اجتماعهما", "حدودها", "قادتهم". */
export const ENCLITICS: readonly string[] = ['هما', 'ها', 'هم', 'ه', 'نا'];

/** A leading conjunction و or ف. */
export function hasConjunction(f: string): boolean {
  return f[0] === 'و' || f[0] === 'ف';
}
