// The date of an event: the sentence's date nearest its trigger.
import { tokIs } from '../cues.js';
import { datelineEnd, precisionOf, tokenAt, type DocDate } from '../doc.js';
import { thatBetween, type Frame } from '../frame.js';
import type { Slots } from '../slots.js';

/**
 * The sentence's date nearest the trigger. A planned event does not take a date before the
 * article's ("أكد الكرملين يوم الثلاثاء أن ... سيشارك"); a verb in the past no date the text
 * marks as to come ("وبحثا التحضير لتدريبات المقررة في أكتوبر المقبل").
 */
export function eventDate(ev: Slots): void {
  const { f, k, status } = ev;
  const { doc, s } = f;
  const published = doc.ctx.published;
  // "وهنأ توكاييف ...، فيما أكد بيسكوف أن القمة ستناقش فكرة طرحها بوتين ... في منتصف يونيو": a date after أن/إن is the reported act's
  const said = f.sentDates.length ? firstThatAfter(f, k) : Infinity;
  const told = f.sentDates.filter((d) => tokenAt(doc.toks, d.ns) <= said || restated(f, tokenAt(doc.toks, d.ns)));
  // "بشكيك 30 أبريل 2019 /التقى الرئيس ... يوم الإثنين": the dateline's date is when the report was filed; a date of
  // the report's own is the event's, unless it says only "today", which the dateline's date tells better
  const filed = doc.dateline?.ment?.t0 === f.a ? datelineEnd(doc, f.s) : -1;
  const ownDates = filed < 0 ? [] : told.filter((d) => tokenAt(doc.toks, d.ns) >= filed);
  const own = ownDates.some((d) => !d.d.rule.startsWith(TODAY)) ? ownDates : told;
  const datesHere = status === 'planned' && published
    ? own.filter((d) => d.d.value!.slice(0, 10) >= published.slice(0, d.d.value!.slice(0, 10).length) || d.d.value!.includes('W'))
    : status === 'reported' && ev.isVerb ? own.filter((d) => !futureMarked(f, d)) : own;
  if (!datesHere.length) {
    ev.dated = { date: null, precision: null, basis: null, unresolved: doc.dates.find((d) => d.sentence === s && !d.d.value) };
    return;
  }
  const pos = doc.toks[k].start;
  const d = [...datesHere].sort((x, y) => Math.abs(x.ns - pos) - Math.abs(y.ns - pos))[0].d;
  ev.dated = {
    date: { value: d.value, granularity: d.granularity, text: d.text, basis: 'sentence' },
    precision: precisionOf(d.granularity),
    basis: d.relative ? 'relative' : 'explicit',
    unresolved: undefined,
  };
}

/** The date rules of "اليوم" begin so ("today", "today+bracket-weekday": dates/parsers). */
const TODAY = 'today';

/** The sentence's أن/إن tokens (not after a future marker: thatBetween), found once per sentence. */
const THATS = new WeakMap<Frame, number[]>();

/** The first أن/إن after the trigger: a date after it is what is said, not the trigger's own (roles/location.ts reads places so too). */
function firstThatAfter(f: Frame, k: number): number {
  let thats = THATS.get(f);
  if (!thats) {
    thats = [];
    // thatBetween over the one token i: the same test as roles/location.ts makes for places
    for (let i = f.a + 1; i < f.b; i++) if (thatBetween(f.doc, f.rd, f.sets, i - 1, i + 1)) thats.push(i);
    THATS.set(f, thats);
  }
  return thats.find((i) => i > k) ?? Infinity;
}

/** A restating clause opens this close before a date, in tokens ("...، وذلك اليوم الأربعاء 29 يناير 2025"). */
const RESTATEMENT_SPAN = 4;

/** "أكد رحمون خلال اجتماعه ... أن تنفيذ البرنامج سيسهم في الأمن، وذلك اليوم الأربعاء 29 يناير": the clause restates when the event before it was (cue list restatement). */
function restated(f: Frame, at: number): boolean {
  for (let i = at - 1; i >= f.a && i >= at - RESTATEMENT_SPAN; i--) if (tokIs(f.doc.toks[i], f.sets.restatement)) return true;
  return false;
}

/** "أكتوبر المقبل", "المقررة في أكتوبر": a date of something to come */
function futureMarked(f: Frame, d: DocDate): boolean {
  const toks = f.doc.toks;
  const at = tokenAt(toks, d.ns);
  for (let i = Math.max(f.a, at - 3); i < f.b && toks[i].start < d.ns + d.d.text.length; i++) if (tokIs(toks[i], f.sets.future)) return true;
  return false;
}
