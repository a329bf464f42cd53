// A bare weekday that is also a common word (الجمعة, الاثنين, الأحد), in a clause of news: after any word of
// its clause ("أعلنت وزارة الدفاع الروسية الاثنين بدء", "الانتخابات التي جرت الاحد"), or standing alone
// between a clause break and the end of its clause ("في بروكسل، الأحد.", "أمس (الأحد)"), or after "و" where
// it opens a clause or follows another day ("يومي الأحد والاثنين"). Not where the word before makes it a
// noun ("صلاة الجمعة"), and not الاثنين as the number: after a definite dual or plural ("الطرفين
// الاثنين") unless إن/أن follows, or before عشر ("الاثنين عشر"). On the read development sets every bare
// الاثنين with the article was the day. Resolved as any weekday: a past report takes the most recent such
// day (the anchor's own day included), a future clause the next one.
import type { Cand, Ctx } from '../candidate.js';
import { alt, key, TABLES } from '../lexicon.js';
import { ARTICLE, cliticClass } from '../../text/clitics.js';
import { NOUN } from '../../text/morphology.js';
import { AnchoredScanner } from '../scan.js';

const W = TABLES.weekdays;
const BARE_ALT = alt(W.needsContext);
const BARE_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?<wa>${cliticClass('wa')}?)(?<wd>${BARE_ALT})(?![\\p{L}\\p{M}])`, 'gu');
/** anchored on the weekday name ("و" before it) */
const BARE = new AnchoredScanner(BARE_RE, { words: W.needsContext }, 1);
const CLAUSE_BREAK_RE = /[.،,:;؛!?؟"«»()\n]/u;
/** Nothing but the end of its clause after the day: "في بروكسل، الأحد." */
const CLAUSE_END_RE = /^ *(?:[.،,:;؛!?؟"«»()\n]|$)/u;
/** A definite dual or plural ("الطرفين", "الجانبان"), after which الاثنين is the number "the two". */
const DEFINITE_DUAL_RE = new RegExp(`^${ARTICLE}\\p{L}+(?:${NOUN.oblique_plural}|${NOUN.dual})$`, 'u');

export function parseReportWeekdays(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  for (let m = BARE.first(ctx); m; m = BARE.next()) {
    const start = m.index + m.groups!.wa.length, end = m.index + m[0].length;
    const after = f.slice(end, end + 12);
    const next = /^ +([\p{L}\p{M}]+)/u.exec(after)?.[1] ?? '';
    let from = Math.max(0, start - 80);
    for (let i = start - 1; i >= from; i--) if (CLAUSE_BREAK_RE.test(f[i])) { from = i + 1; break; }
    const prev = /([\p{L}\p{M}]+)[^\p{L}\p{M}]*$/u.exec(f.slice(from, m.index))?.[1] ?? '';
    if (prev) {
      if (W.blockBefore.has(prev) || W.contextBefore.has(prev)) continue; // a noun, or weekday.ts's
    } else if (!m.groups!.wa && !CLAUSE_END_RE.test(after)) continue;
    const wd = key(m.groups!.wd);
    if (W.numberForms.has(wd) && (W.numberAfter.has(next) || (!W.contextAfter.has(next) && DEFINITE_DUAL_RE.test(prev)))) continue;
    const weekday = W.byName.get(wd)!;
    out.push({ start, end, rule: 'report-weekday', kind: 'rel', calendar: 'gregorian', rel: { type: 'weekday', weekday }, weekday, granularity: 'day' });
  }
}
