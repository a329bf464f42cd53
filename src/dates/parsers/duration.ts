// Durations: "خمس سنوات", "لأربعة أيام", "48 ساعة", "ثلاثة أشهر", "أحد عشر يوما",
// the duals "يومين", "أسبوعين", "شهرين", "عامين", "عام واحد", "عام كامل", and a lone unit after a duration's lead word
// ("لمدة شهر", "في غضون أسبوع", "استمرت أسبوعا", not "خلال عام 2020") -> P5Y, P10D, PT48H, P1M...
import type { Cand, Ctx } from '../candidate.js';
import { alt, GREG_ALT, HIJRI_ALT, key, MOD_ALT, NUMPHRASE, numberValue, ONE_ALT, TABLES, UNIT_ALT, UNIT_DUAL_ALT, UNIT_SING_ALT } from '../lexicon.js';
import { AnchoredScanner } from '../scan.js';
import { cliticClass } from '../../text/clitics.js';

const DURATION_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}.,:/])(?:(?<npre>${cliticClass('wa', 'fa')}?${cliticClass('li')}?)(?<n>\\d{1,3}(?:[.,]\\d+)?|${NUMPHRASE}) +(?<u>${UNIT_ALT})|(?<pre>${cliticClass('wa', 'fa', 'bi', 'li')}?)(?<dual>${UNIT_DUAL_ALT})|(?<one>${UNIT_SING_ALT}) +(?:${ONE_ALT})` +
  // a lone unit after a lead word, unless a number, a month or a direction says which one it is ("خلال عام 2020", "خلال شهر رمضان")
  `|(?<=(?<![\\p{L}\\p{M}])${cliticClass('wa', 'fa')}?(?:${alt(TABLES.relative.durationLead)}) +)(?<lpre>${cliticClass('bi')}?)(?<lone>${UNIT_SING_ALT})(?! +(?:[\\d\\p{Nd}]|${GREG_ALT}|${HIJRI_ALT}|${MOD_ALT}|${ONE_ALT})))(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
const NUM_TOKEN_RE = /^[\d.,]+$/u;
const NUM_PREFIX_RE = new RegExp(`^${cliticClass('wa', 'fa')}?${cliticClass('li')}?`, 'u');
/** A space-delimited word that may be part of "[وف]?ل? number phrase": و, a number word or digits after و, ف or ل ("لأربعة أيام"). */
const numToken = (w: string): boolean => {
  const clitics = NUM_PREFIX_RE.exec(w)![0].length;
  for (let k = 0; k <= clitics; k++) {
    const r = w.slice(k);
    if (r === '' || TABLES.numbers.words.has(r) || NUM_TOKEN_RE.test(r)) return true;
  }
  return false;
};
/**
 * Where a duration holding the unit word at `a` can start: a clitic before a dual, or
 * the first of the number words before it (walked back word by word, one space apart,
 * down to the first word that cannot be one, where a match may still start after a
 * bracket or quote).
 */
function durationStart(f: string, a: number): number {
  let lo = a - 2;
  let q = a;
  while (q > 0 && f.charCodeAt(q - 1) === 32) {
    const s = q >= 2 ? f.lastIndexOf(' ', q - 2) + 1 : 0;
    if (s < lo) lo = s;
    if (s >= q - 1 || !numToken(f.slice(s, q - 1))) break;
    q = s;
  }
  return lo;
}
/** anchored on the unit word */
const DURATION = new AnchoredScanner(DURATION_RE, { words: TABLES.relative.units.keys() }, durationStart);

export function isoDuration(n: number, unit: string): string {
  switch (unit) {
    case 'TH': return `PT${n}H`;
    case 'TM': return `PT${n}M`;
    case 'DEC': return `P${n * 10}Y`;
    default: return `P${n}${unit}`;
  }
}

export function parseDurations(ctx: Ctx, out: Cand[]): void {
  for (let m = DURATION.first(ctx); m; m = DURATION.next()) {
    const g = m.groups!;
    let n: number | null, unitWord: string;
    let start = m.index;
    if (g.dual !== undefined) { n = 2; unitWord = g.dual; start += g.pre.length; }
    else if (g.one !== undefined) { n = 1; unitWord = g.one; }
    else if (g.lone !== undefined) { n = 1; unitWord = g.lone; start += g.lpre.length; }
    else { n = numberValue(g.n); unitWord = g.u; start += g.npre.length; }
    const unit = TABLES.relative.units.get(key(unitWord));
    if (!unit || n === null || n <= 0) continue;
    // a bare number word before a singular "عام"/"يوم" is rarely a duration ("خمس عام"), digits are ("48 ساعة", "15 يوما")
    if (g.n !== undefined && unit.form === 'singular' && !/\d/.test(g.n) && n < 11) continue;
    out.push({ start, end: m.index + m[0].length, rule: g.dual !== undefined ? 'duration-dual' : g.lone !== undefined ? 'duration-lone' : 'duration', kind: 'fixed', calendar: 'gregorian', value: isoDuration(n, unit.unit), granularity: 'duration' });
  }
}
