// Requests and what they ask for: "أعلنت دول المنظمة تلبية مناشدة الرئيس توكاييف إرسال قوات" —
// who answers a request (تلبية/استجابة; data/events/roles.json "answering") is the one asked, and
// the act asked for ("إرسال قوات") is done by the one asked, not by the one who asks.
import { tokIs } from '../cues.js';
import { commaBetween, type Ment } from '../doc.js';
import { pick, type Slots } from '../slots.js';
import { subjectOf } from './subject.js';

/** The answering word stands this close before the request. */
const ANSWER_WINDOW = 2;
/** The support verb that carries a noun stands this close before it ("أعلنت ... تلبية"). */
const SUPPORT_WINDOW = 4;
/** The act asked for follows the request this close ("مناشدة الرئيس الكازاخستاني قاسم جومارت توكاييف إرسال"). */
const ASKED_WINDOW = 8;

/** A request answered ("تلبية مناشدة X"): the one who answers is the one asked. */
export function answeredRequest(ev: Slots): void {
  const { f, k, entry } = ev;
  if (entry.type !== 'REQUEST' || ev.recipient.length) return;
  const toks = f.doc.toks;
  for (let i = k - 1; i >= Math.max(f.a, k - ANSWER_WINDOW); i--) {
    const verb = tokIs(toks[i], f.rd.answering.verbs);
    if (!verb && !tokIs(toks[i], f.rd.answering.nouns)) continue;
    // a verb ("لبت") has its own subject; a noun ("تلبية") is carried by a verb whose subject answers
    let at = verb ? i : -1;
    for (let j = i - 1; !verb && j >= Math.max(f.a, i - SUPPORT_WINDOW); j--) if (tokIs(toks[j], f.sets.supportVerbs)) { at = j; break; }
    // "استجابة لمناشدة ...": no verb says who answers
    if (at < 0) return;
    const who = subjectOf(ev, at).filter((m) => m.t0 < k);
    if (!who.length) return;
    for (const m of who) ev.recipient.push(pick(ev, m));
    ev.basis.push('recipient: who answers the request');
    return;
  }
}

/** The act asked for: its source is the one asked, when the rules before gave it the one who asks or nobody. */
export function askedAct(ev: Slots): void {
  const { f, k } = ev;
  const req = f.lastRequest;
  if (!req || !req.recipient.length || ev.entry.type === 'REQUEST' || k <= req.k || k - req.k > ASKED_WINDOW) return;
  if (ev.source.length && !ev.source.every((m) => req.source.some((r) => r.ent.id === m.ent.id))) return;
  for (const m of ev.source) ev.used.delete(m);
  ev.source.length = 0;
  for (const m of req.recipient) ev.source.push(pick(ev, m));
  ev.basis.push('source: the one asked to do it');
}

/**
 * "دعا بوتين إلى إجراء محادثات مع أوكرانيا", "طالبت روسيا بسحب القوات": the act a request asks for, named by a noun
 * right after it in its clause, has not happened; it is planned, and the request, not it, is the news.
 */
export function askedActStatus(ev: Slots): void {
  const { f, k } = ev;
  const req = f.lastRequest;
  if (ev.status !== 'reported' || ev.isVerb || !req || ev.entry.type === 'REQUEST' || k <= req.k || k - req.k > ASKED_WINDOW) return;
  if (commaBetween(f.doc, f.doc.toks[req.k].end, f.doc.toks[k].start)) return;
  ev.status = 'planned';
  ev.basis.push('status: asked for');
}

/** Remembers the sentence's last request for the act it asks for. */
export function rememberRequest(ev: Slots): void {
  if (ev.entry.type === 'REQUEST') ev.f.lastRequest = { k: ev.k, source: ev.source, recipient: ev.recipient as Ment[] };
}
