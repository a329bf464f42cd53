// The recipient a preposition marks after the trigger, as the trigger's argument frame says
// (data/events/frames.json, events/frames.ts): "طلب من المنظمة" (the one asked), "هجوم على طاجيكستان"
// (the target), "مساعدات إلى أفغانستان", "دعمها لأرمينيا", "الانسحاب من كازاخستان".
import { findCue, tokIs } from '../cues.js';
import type { Ment } from '../doc.js';
import { fieldFor, loadFrames, type Frame, type Role } from '../frames.js';
import { mentionSpans } from '../triggers.js';
import { pick, type Slots } from '../slots.js';
import { memberOf, withCoordinated } from './subject.js';

/**
 * The preposition stands this close after the trigger ("القصف المتجدد من جانب أفغانستان على طاجيكستان"), a name
 * or a date counting as one word ("تظاهر ... الجمعة في العاصمة القرغيزية بيشكك ضد نظام الرئيس").
 */
export const PREP_WINDOW = 6;
/** Its object starts this close after it ("على مواقع حركة طالبان"). */
export const OBJECT_WINDOW = 2;

export function addressee(ev: Slots): void {
  const { f, k, entry } = ev;
  if (ev.recipient.length) return;
  const frames = loadFrames();
  const frame = frames.byRule.get(entry.rule);
  if (!frame) return;
  const toRecipient = (role: Role | undefined): boolean => role !== undefined && fieldFor(frames, role, false) === 'recipient';
  const toks = f.doc.toks;
  const free = f.actors.filter((m) => m.t0 > k && !ev.used.has(m));
  // what a request asks for, an event's noun ("طلبت أرمينيا المساعدة من روسيا"): its own prepositions are its own
  let theme: Frame | undefined;
  let last = k + PREP_WINDOW;
  const spans = mentionSpans(f.doc, f.s);
  for (let p = k + 1; p <= Math.min(last, f.b - 1); p++) {
    const spanEnd = spans.endOf.get(p);
    if (spanEnd !== undefined) last += spanEnd - p;
    const word = frame.preps.get(toks[p].w.c) ?? frame.preps.get(toks[p].f);
    if (theme && word !== undefined && (theme.preps.has(toks[p].w.c) || theme.preps.has(toks[p].f))) return;
    let m: Ment | undefined;
    if (word !== undefined) {
      // "زيارة من الرئيس الكازاخستاني قاسم توكاييف إلى روسيا": the source's own phrase is passed over
      const taken = word === 'source' ? ev.source.find((x) => x.roleStart > p && x.roleStart - p <= OBJECT_WINDOW) : undefined;
      if (taken) { last += taken.t1 - 1 - p; p = taken.t1 - 1; continue; }
      // a marker of another role ("طالب بانسحاب", "حث على") ends the search; a place phrase ("في العاصمة بيشكك")
      // is passed, counting as no word
      if (!toRecipient(word)) {
        if (fieldFor(frames, word, false) !== 'location') return;
        const placeEnd = spans.endOf.get(p + 1) ?? p + 1;
        last += placeEnd - p + 1;
        p = placeEnd;
        continue;
      }
      // "مع كل من روسيا والصين": the sides listed after "كل من" (cue list each_of); "إزاء التطورات في
      // أفغانستان": the state a topic noun is about (location_blockers, topic_prepositions)
      const each = findCue(f.doc, f.s, 'each_of').find((c) => c.at === p + 1);
      const q = each ? each.end - 1 : topicAfter(ev, p) ?? p;
      // "على عناصر من حركة طالبان": members of a group stand for it
      m = free.find((x) => x.roleStart > q && (memberOf(f, x) ? x.roleStart - 2 - q <= OBJECT_WINDOW : x.roleStart - q <= OBJECT_WINDOW && !between(ev, q + 1, x.roleStart)));
    } else {
      // a one-letter preposition on the name itself ("لأرمينيا"), outside the mention
      m = free.find((x) => x.roleStart === p && x.ns > toks[p].start && toRecipient(frame.preps.get(toks[p].w.c[0])));
    }
    if (m) {
      for (const x of withCoordinated(ev, m)) ev.recipient.push(pick(ev, x));
      ev.basis.push('recipient: after the preposition its frame gives that role');
      return;
    }
    const clauseEnds = /[,:؛;]/u.test(f.doc.t.text.slice(toks[p].end, toks[p + 1]?.start ?? toks[p].end));
    const act = toks[p].w.trig?.[0]?.entry;
    if (act && !theme && entry.type === 'REQUEST' && frame.object === 'theme' && !clauseEnds) {
      theme = frames.byRule.get(act.rule);
      // "تطلب دعم موسكو": the one whose help is asked for is asked
      const giver = theme?.genitive.includes('source') ? free.find((x) => x.roleStart === p + 1 && x.ns === toks[p + 1].start) : undefined;
      if (giver) {
        for (const x of withCoordinated(ev, giver)) ev.recipient.push(pick(ev, x));
        ev.basis.push('recipient: whose help is asked for');
        return;
      }
      continue;
    }
    // another event's words, or a new clause; not a verb of a clause that describes the noun ("خط أنابيب جديد ينقل الغاز إلى الصين")
    if ((act && !frame.describingWords.has(toks[p].w.v)) || clauseEnds) return;
  }
}

/** A topic noun, or two in a genitive chain, stands between a preposition and the topic's own preposition. */
const TOPIC_NOUNS = 2;

/** The topic's preposition after a topic noun right after token p ("التطورات في", "تطورات الأوضاع في"), or null. */
function topicAfter(ev: Slots, p: number): number | null {
  const { f } = ev;
  const toks = f.doc.toks;
  const { locationBlockers, topicPreps } = f.sets;
  if (!locationBlockers) return null;
  let j = p + 1;
  while (j < f.b && j - p <= TOPIC_NOUNS && toks[j].w.cands.some((c) => locationBlockers.has(c))) j++;
  return j > p + 1 && j < f.b && tokIs(toks[j], topicPreps) ? j : null;
}

/** A preposition or another actor between two tokens: the object is not the one the preposition governs. */
function between(ev: Slots, from: number, to: number): boolean {
  const toks = ev.f.doc.toks;
  for (let i = from; i < to; i++) if (ev.f.sets.preps?.has(toks[i].w.c)) return true;
  return ev.f.actors.some((x) => x.t0 >= from && x.t1 <= to);
}

/**
 * "ستقدم روسيا لقرغيزستان قرضا", "وجهت لأرمينيا دعوة": between the verb that carries a noun and the noun, a
 * name with the one-letter preposition the noun's frame gives the recipient's role is its recipient.
 */
export function addresseeBeforeNoun(ev: Slots): void {
  const { f, k, carrier } = ev;
  if (ev.recipient.length || carrier < 0) return;
  const frames = loadFrames();
  const frame = frames.byRule.get(ev.entry.rule);
  if (!frame) return;
  const toks = f.doc.toks;
  const m = f.actors.find((x) => x.t0 > carrier && x.t1 <= k && !ev.used.has(x) && x.roleStart === x.t0 && x.ns > toks[x.t0].start &&
    fieldFor(frames, frame.preps.get(toks[x.t0].w.c[0]) ?? 'theme', false) === 'recipient');
  if (!m) return;
  ev.recipient.push(pick(ev, m));
  ev.basis.push('recipient: between the carrying verb and the noun, after the preposition its frame gives that role');
}
