// "وأضاف لافروف أن المزيد من التأخير في المفاوضات بين طالبان وحكومة أفغانستان غير مقبول": a word
// that judges ("غير مقبول", "يشكل تهديدا", "مصدرا للسلام"), its frame's subject the target standing
// before it, judges what its that-clause names between أن and it; who says so judges ("وقال شويغو
// إن التأخير غير مقبول": the speaker, with nobody named).
import { tokIs } from '../cues.js';
import { commaBetween, type Ment } from '../doc.js';
import { loadFrames } from '../frames.js';
import { pick, type Slots } from '../slots.js';
import { wordsBetween } from '../triggers.js';
import { thatSpeaker } from './speech.js';
import { nearestBefore, withCoordinated } from './subject.js';

/** Where a noun or adjective trigger whose frame makes its subject the target has it (the evaluation frames of frames.json). */
function judgedSide(ev: Slots): 'before' | 'after' | null {
  const frame = loadFrames().byRule.get(ev.entry.rule);
  if (ev.isVerb || frame?.subject.role !== 'target' || frame.subject.position === 'either') return null;
  return frame.subject.position;
}

/** An evaluation that judges what stands before it ("Y غير مقبول"). */
export const judgesWhatPrecedes = (ev: Slots): boolean => judgedSide(ev) === 'before';

/** An evaluation, before or after what it judges: its sides are this rule's, none other's. */
export const judges = (ev: Slots): boolean => judgedSide(ev) !== null;

/** A verbal noun's أن follows it this close, in tokens, its genitive between ("مطالبة السلطات البيلاروسية بأن"). */
const NOUN_COMPLEMENT = 4;

/** What a that-clause after the evaluation names stands this close after its أن, in words ("أن تنسحب أوزبكستان"). */
const JUDGED_AFTER = 3;

export function evaluated(ev: Slots): void {
  const side = judgedSide(ev);
  if (side === 'after') return judgedAfter(ev);
  if (side !== 'before') return;
  const { f, k } = ev;
  const opener = clauseOpener(ev);
  if (!opener) return;
  const judged = f.actors.filter((x) => x.t0 > opener.at && x.t1 <= k && !ev.used.has(x) && !x.coref && (x.ent.type !== 'PLACE' || x.isCountry));
  for (const x of judged) ev.recipient.push(pick(ev, x));
  if (judged.length) ev.basis.push('recipient: what the clause before the evaluation names');
  const speaker = opener.colon ? f.actors.filter((x) => x.t1 === opener.at + 1 && !ev.used.has(x)) : speakerBefore(ev, opener.at);
  for (const x of speaker) ev.source.push(pick(ev, x));
}

/**
 * The last token before what is judged: أن/إن, or the speaker's name before the colon of a headline
 * ("بورديوجا: خروج أوزبيكستان ... سينعكس سلبا"). None after "أنها": the pronoun is what is judged.
 */
function clauseOpener(ev: Slots): { at: number; colon: boolean } | null {
  const { f, k } = ev;
  const toks = f.doc.toks;
  const text = f.doc.t.text;
  for (let c = k - 1; c >= f.a; c--) {
    if (tokIs(toks[c], f.rd.complementizers) && !nounComplement(ev, c)) return { at: c, colon: false };
    if (f.rd.speakerPronouns.has(toks[c].f)) return null;
    if (c < k - 1 && text.slice(toks[c].end, toks[c + 1].start).includes(':')) return { at: c, colon: true };
  }
  return null;
}

/**
 * The أن at c completes a verbal noun right before it, past its genitive ("إن مطالبة السلطات البيلاروسية بأن تسحب
 * بولندا سفيرها أمر غير مقبول"; no trigger, preposition or comma between): it opens no clause of its own, the noun
 * is part of what is judged.
 */
function nounComplement(ev: Slots, c: number): boolean {
  const { f } = ev;
  const toks = f.doc.toks;
  return f.groups.some((g) => {
    const j = g.head.k;
    if (j >= c || c - j > NOUN_COMPLEMENT || g.head.hit.entry.pos !== 'noun' || commaBetween(f.doc, toks[j].end, toks[c].start)) return false;
    for (let i = j + 1; i < c; i++) if (toks[i].w.trig !== undefined || tokIs(toks[i], f.sets.preps)) return false;
    return true;
  });
}

/** The speaker of the speech verb before the that-clause at c ("وأضاف لافروف أن"), else the actor named before it. */
function speakerBefore(ev: Slots, c: number): Ment[] {
  const speaker = thatSpeaker(ev.f, c, ev.used);
  return speaker ? withCoordinated(ev, speaker) : nearestBefore(ev, c);
}

/**
 * "قال لافروف إنه من المؤسف أن تنسحب أوزبكستان من المنظمة": the that-clause right after the evaluation
 * judges the actor it opens with, and the speaker judges.
 */
function judgedAfter(ev: Slots): void {
  const { f, k } = ev;
  const c = k + 1;
  if (c >= f.b || !tokIs(f.doc.toks[c], f.rd.complementizers)) return;
  const judged = f.actors.find((x) => x.t0 > c && wordsBetween(f.doc, f.s, c, x.roleStart) <= JUDGED_AFTER && !ev.used.has(x) && !x.coref && (x.ent.type !== 'PLACE' || x.isCountry));
  if (judged) {
    for (const x of withCoordinated(ev, judged)) ev.recipient.push(pick(ev, x));
    ev.basis.push('recipient: what the clause after the evaluation names');
  }
  for (const x of speakerBefore(ev, k)) ev.source.push(pick(ev, x));
}
