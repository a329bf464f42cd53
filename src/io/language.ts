import { createRequire } from 'node:module';

type Franc = typeof import('franc').franc;
/**
 * franc builds its trigram tables when loaded (≈ 60 ms), and ordinary Arabic text never needs
 * it (see detectLanguage): it is loaded on first use, with require(esm) where Node has it (20.19
 * and later). Older Node cannot require an ES module: there the entry points (the CLI's extract,
 * the worker threads, the library) call loadFranc() first, which imports it up front as before.
 * No top-level await here: this module is also part of the CommonJS bundle (src/start.cts).
 */
let francFn: Franc | null = null;
const franc: Franc = (value, options) => (francFn ??= (createRequire(import.meta.url)('franc') as typeof import('franc')).franc)(value, options);

/** On Node without require(esm), imports franc now (it cannot be loaded later, synchronously). */
export async function loadFranc(): Promise<void> {
  if (!(process.features as { require_module?: boolean }).require_module) francFn ??= (await import('franc')).franc;
}

// franc answers in ISO 639-3; records use the two-letter code where one exists.
const TWO_LETTER: Record<string, string> = {
  arb: 'ar', pes: 'fa', prs: 'fa', urd: 'ur', pbu: 'ps', eng: 'en', rus: 'ru', fra: 'fr', deu: 'de',
  spa: 'es', tur: 'tr', uzn: 'uz', kaz: 'kk', tgk: 'tg', kir: 'ky', ukr: 'uk', bel: 'be', hye: 'hy',
  azj: 'az', cmn: 'zh', ita: 'it', por: 'pt', heb: 'he', ckb: 'ckb', kmr: 'ku',
};
const ARABIC_SCRIPT = ['arb', 'pes', 'urd', 'pbu', 'ckb'];
const OTHER_SCRIPTS = ['eng', 'rus', 'fra', 'deu', 'spa', 'tur', 'uzn', 'kaz', 'ukr', 'ita', 'por', 'azj', 'cmn', 'heb', 'bel', 'hye'];
// Letters Arabic does not use but Persian and Urdu do.
const NON_ARABIC_LETTERS = /[پچژگڭڤۆێ]/gu;
const SAMPLE = 4000;
const LETTER = /\p{L}/u;

/** Letters of the Arabic script blocks: not their digits, diacritics or punctuation. */
function isArabicLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || c === 0x06ee || c === 0x06ef ||
    (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdfb) || (c >= 0xfe70 && c <= 0xfefc);
}

export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabicScript = 0, letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.codePointAt(i)!;
    if (isArabicLetter(c)) { arabicScript++; letters++; }
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfeff)) { /* Arabic digits, marks, punctuation */ }
    else if (c < 0x80) { if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++; } // ASCII: only A-Z a-z are letters
    else if (LETTER.test(String.fromCodePoint(c))) letters++;
    if (c > 0xffff) i++;
  }
  if (letters < 3) return 'und';
  if (arabicScript / letters < 0.4) {
    const code = franc(sample, { only: OTHER_SCRIPTS, minLength: 20 });
    return code === 'und' ? 'und' : TWO_LETTER[code] ?? code;
  }
  // franc mistakes short Arabic for Persian or Urdu: short texts without letters
  // foreign to Arabic are Arabic; longer ones are left to franc.
  const foreign = (sample.match(NON_ARABIC_LETTERS) ?? []).length;
  if (sample.length < 200) return foreign / arabicScript > 0.01 ? 'fa' : 'ar';
  // Whatever franc says below, the answer is 'ar' when letters foreign to Arabic are this rare
  // (≤ 0.5 %): skip franc, by far the costliest step for ordinary Arabic text.
  if (foreign / arabicScript <= 0.005) return 'ar';
  const code = franc(sample, { only: ARABIC_SCRIPT, minLength: 20 });
  if (code === 'arb' || code === 'und') return foreign / arabicScript > 0.02 ? 'fa' : 'ar';
  // franc says Persian/Urdu; trust it only when letters Arabic lacks back it up.
  return foreign / arabicScript > 0.005 ? TWO_LETTER[code] ?? code : 'ar';
}
