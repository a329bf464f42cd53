// A bare weekday that is also a common word (الجمعة, الاثنين, الأحد) in an agency report: right before
// إن/أن ("وقال الرئيس الكازاخستاني الجمعة إن") or a few words after a reporting verb of its clause
// ("أعلنت وزارة الدفاع الروسية الاثنين بدء"). With the article, الأحد and الجمعة are the day after any
// word of their clause ("الانتخابات التي جرت الاحد"), but where the word before makes them a noun ("صلاة
// الجمعة"). Resolved as any weekday: a past report takes the most recent such day (the anchor's own day
// included), a future clause the next one. الاثنين after a definite dual or plural is the number ("الطرفين
// الاثنين"), unless إن/أن follows.
import type { Cand, Ctx } from '../candidate.js';
import { alt, key, TABLES } from '../lexicon.js';
import { ARTICLE, withoutConjunction } from '../../text/clitics.js';
import { NOUN } from '../../text/morphology.js';
import { AnchoredScanner } from '../scan.js';

const W = TABLES.weekdays;
const BARE_ALT = alt(W.needsContext);
const BARE_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?<wd>${BARE_ALT})(?![\\p{L}\\p{M}])`, 'gu');
const BARE = new AnchoredScanner(BARE_RE, { words: W.needsContext }, 0);
/** How many words back a reporting verb may stand: verb, a subject of up to four words. */
const VERB_WINDOW = 5;
const CLAUSE_BREAK_RE = /[.،,:;؛!?؟"«»()\n]/u;
const WORD_RE = /[\p{L}\p{M}]+/gu;
/** A definite dual or plural ("الطرفين", "الجانبان"), after which الاثنين is the number "the two". */
const DEFINITE_DUAL_RE = new RegExp(`^${ARTICLE}\\p{L}+(?:${NOUN.oblique_plural}|${NOUN.dual})$`, 'u');

export function parseReportWeekdays(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  for (let m = BARE.first(ctx); m; m = BARE.next()) {
    const start = m.index, end = start + m[0].length;
    const next = /^ +([\p{L}\p{M}]+)/u.exec(f.slice(end, end + 12))?.[1] ?? '';
    let from = Math.max(0, start - 80);
    for (let i = start - 1; i >= from; i--) if (CLAUSE_BREAK_RE.test(f[i])) { from = i + 1; break; }
    const before = f.slice(from, start);
    const words = (before.match(WORD_RE) ?? []).slice(-VERB_WINDOW);
    const prev = words[words.length - 1] ?? '';
    if (!prev || W.blockBefore.has(prev) || W.contextBefore.has(prev)) continue; // none before it, a noun, or weekday.ts's
    const thatFollows = W.contextAfter.has(next);
    const wd = key(m.groups!.wd);
    const number = W.numberForms.has(wd);
    if (!thatFollows && number && DEFINITE_DUAL_RE.test(prev)) continue; // الطرفين الاثنين
    // الأحد and الجمعة with the article are the day in a clause of news; الاثنين may be "the two" after any word
    const reported = thatFollows || !number || words.some((w) => W.reportVerbs.has(w) || W.reportVerbs.has(withoutConjunction(w)));
    if (!reported) continue;
    const weekday = W.byName.get(wd)!;
    out.push({ start, end, rule: 'report-weekday', kind: 'rel', calendar: 'gregorian', rel: { type: 'weekday', weekday }, weekday, granularity: 'day' });
  }
}
