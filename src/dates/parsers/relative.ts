// Relative expressions: اليوم (الخميس), أمس, أول أمس, غدا; هذا الأسبوع, الشهر الماضي,
// العام المقبل; "الـ 19 من الشهر الجاري", "الخامس من الشهر الماضي"; قبل ثلاثة أيام, بعد أسبوعين, منذ عامين.
import type { Cand, Ctx, Direction } from '../candidate.js';
import { alt, key, MOD_ALT, NUMPHRASE, numberValue, ONE_ALT, ORDINAL_ALT, PERIOD_STEM_WORDS, PERIOD_STEMS, TABLES, UNIT_ALT, WEEKDAY_ALT } from '../lexicon.js';
import { AnchoredScanner, maxLen } from '../scan.js';
import { ABSORBED_ARTICLE, ARTICLE, cliticClass } from '../../text/clitics.js';
import { NISBA } from '../../text/morphology.js';

const R = TABLES.relative;
const { of: OF, monthWord: MONTH_WORD, agoStop } = TABLES.markers;
const DAYWORD_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?<pre>${cliticClass('wa', 'fa')}?${cliticClass('bi', 'li')}?)(?<w>${alt(R.days.map((d) => d.form))})(?![\\p{L}\\p{M}])(?: *,? *(?<wd>${WEEKDAY_ALT})(?![\\p{L}\\p{M}]))?`, 'gu');
const PERIOD_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?<this>${alt(R.thisWords)}) +)?(?<pre>${cliticClass('wa', 'fa')}?)(?<art>${cliticClass('bi', 'ka')}?${ARTICLE}|${ABSORBED_ARTICLE})(?<p>${PERIOD_STEMS})(?![\\p{L}\\p{M}])(?: +(?<mod>${MOD_ALT})(?![\\p{L}\\p{M}]))?`, 'gu');
const DAY_OF_MONTH_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:(?:${ARTICLE} *)?(?<d>\\d{1,2})|(?<ord>${ORDINAL_ALT})) +${OF} +(?:(?<this>${alt(R.thisWords)}) +)?(?:${ARTICLE})?${MONTH_WORD}(?: +(?<mod>${MOD_ALT}))?(?![\\p{L}\\p{M}])`, 'gu');
const AGO_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<pre>${cliticClass('wa', 'fa')}?)(?<dir>${alt([...R.ago, ...R.later])}) +(?:(?<n>\\d{1,3}|${NUMPHRASE}) +(?<u>${UNIT_ALT})|(?<u1>${UNIT_ALT})(?: +(?:${ONE_ALT}))?)(?![\\p{L}\\p{M}])`, 'gu');
// anchored on the day word, the period word, "شهر" and the ago/later word; before them
// a clitic, "هذا " + clitic + article, "ال 19 من هذا ال"
const THIS_LEN = maxLen(R.thisWords);
const DAYWORD = new AnchoredScanner(DAYWORD_RE, { words: R.days.map((d) => d.form) }, 3);
const PERIOD = new AnchoredScanner(PERIOD_RE, { words: PERIOD_STEM_WORDS }, THIS_LEN + 7);
const DAY_OF_MONTH = new AnchoredScanner(DAY_OF_MONTH_RE, { words: [MONTH_WORD] }, THIS_LEN + 30);
const AGO = new AnchoredScanner(AGO_RE, { words: [...R.ago, ...R.later] }, 2);
/** "قبل يومين من القمة" counts from the summit, "بعد عام 2014" is a year: not relative to the article. */
const AGO_STOP_RE = new RegExp(`^ *(?:(?:${alt(agoStop)}) |\\d)`, 'u');

/** "لليوم", "باليوم": a preposition before اليوم makes it "for the day". */
const PREPOSITION_LAST_RE = new RegExp(`${cliticClass('bi', 'li')}$`, 'u');

/** A number or a definite adjective in ي after اليوم ("اليوم 5", "اليوم الدولي", "اليوم الثاني"); the ordinals without ي (الأول) are in todayBlockNext. */
const TODAY_ADJECTIVE_RE = new RegExp(`^ *(?:\\d|${ARTICLE}\\p{L}+${NISBA.masculine})(?![\\p{L}\\p{M}])`, 'u');

const prevWord = (f: string, at: number): string => /(\p{L}+) *$/u.exec(f.slice(Math.max(0, at - 20), at))?.[1] ?? '';
const nextWord = (f: string, at: number): string => /^ *(\p{L}+)/u.exec(f.slice(at, at + 24))?.[1] ?? '';

export function parseRelative(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  const days = new Map(R.days.map((d) => [d.form, d]));
  for (let m = DAYWORD.first(ctx); m; m = DAYWORD.next()) {
    const g = m.groups!;
    const entry = days.get(key(g.w))!;
    const start = m.index + g.pre.length;
    const wEnd = start + g.w.length;
    if (entry.today) {
      if (g.pre.length > 0 && PREPOSITION_LAST_RE.test(g.pre)) continue; // "لليوم"/"باليوم" read as "for the day"
      if (!g.wd && R.todayBlockNext.has(nextWord(f, wEnd))) continue; // اليوم التالي, اليوم العالمي
      if (R.todayBlockPrev.has(prevWord(f, start))) continue; // نفس اليوم, ذلك اليوم
      if (TODAY_ADJECTIVE_RE.test(f.slice(wEnd, wEnd + 16)) && !g.wd && !/^ *,? *\d{1,2} +\p{L}/u.test(f.slice(wEnd, wEnd + 20))) continue;
    }
    const c: Cand = { start, end: g.wd ? m.index + m[0].length : wEnd, rule: entry.today ? 'today' : 'day-word', kind: 'rel', calendar: 'gregorian', rel: { type: 'day', offset: entry.offset }, granularity: 'day' };
    if (g.wd) { c.weekday = TABLES.weekdays.byName.get(key(g.wd)); c.rule += '+weekday'; }
    out.push(c);
  }
  for (let m = PERIOD.first(ctx); m; m = PERIOD.next()) {
    const g = m.groups!;
    if (!g.this && !g.mod) continue;
    const type = R.periods.get(ARTICLE + g.p)!;
    // "الأمين العام", "المؤتمر العام المقبل": العام as the adjective "general"
    const pw = prevWord(f, m.index);
    if (!g.this && !g.pre && type === 'year' && pw.startsWith(ARTICLE) && !R.modifiers.has(pw) && !R.periods.has(pw)) continue;
    const dir: Direction = g.mod ? R.modifiers.get(key(g.mod))! : 'current';
    const offset = dir === 'past' ? -1 : dir === 'next' ? 1 : 0;
    const start = g.this ? m.index : m.index + g.pre.length;
    out.push({ start, end: m.index + m[0].length, rule: `this-${type}`.replace('this', g.this ? 'this' : 'period'), kind: 'rel', calendar: 'gregorian', rel: { type, offset }, granularity: type });
  }
  for (let m = DAY_OF_MONTH.first(ctx); m; m = DAY_OF_MONTH.next()) {
    const g = m.groups!;
    if (!g.this && !g.mod) continue;
    const d = g.d !== undefined ? Number(g.d) : TABLES.numbers.ordinals.get(key(g.ord))!;
    if (d < 1 || d > 31) continue;
    const dir: Direction = g.mod ? R.modifiers.get(key(g.mod))! : 'current';
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'day-of-month', kind: 'rel', calendar: 'gregorian', rel: { type: 'dayOfMonth', day: d, monthOffset: dir === 'past' ? -1 : dir === 'next' ? 1 : 0 }, granularity: 'day' });
  }
  for (let m = AGO.first(ctx); m; m = AGO.next()) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    if (AGO_STOP_RE.test(f.slice(end, end + 6))) continue;
    const unitWord = key(g.u ?? g.u1);
    const unit = R.units.get(unitWord)!;
    let n: number | null;
    if (g.n !== undefined) n = numberValue(g.n);
    else n = unit.form === 'dual' ? 2 : unit.form === 'singular' ? 1 : null;
    if (n === null || !Number.isInteger(n)) continue;
    if (unit.form === 'plural' && g.n === undefined) continue; // "منذ سنوات": no number
    const sign = R.later.includes(key(g.dir)) ? 1 : -1;
    const type = unit.unit === 'D' ? 'day' : unit.unit === 'W' ? 'week' : unit.unit === 'M' ? 'month' : unit.unit === 'Y' ? 'year' : null;
    if (!type) continue;
    out.push({ start: m.index + g.pre.length, end, rule: sign < 0 ? 'ago' : 'later', kind: 'rel', calendar: 'gregorian', rel: { type, offset: sign * n }, granularity: type });
  }
}
