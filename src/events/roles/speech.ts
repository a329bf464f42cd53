// Speech verbs and their speakers, shared by the role that gives a statement its speaker
// (roles/source.ts), the roles that read who says a that-clause (roles/evaluated.ts, roles/passiveAnnouncer.ts)
// and the rule that reads a reported attack as an accusation (derived/).
import { loadClauseWords } from '../clause/data.js';
import { readVerb, type VerbInfo } from '../clause/verb.js';
import { tokIs } from '../cues.js';
import { afterDateline, type Ment } from '../doc.js';
import type { Frame } from '../frame.js';
import type { Hit } from '../triggers.js';
import { inPP } from './subject.js';

/** The speaker stands this close after the speech verb, a title included ("اعتبر الرئيس البيلاروسي ألكسندر لوكاشينكو"). */
const SPEAKER_WINDOW = 8;
/** At most this many words of the cue list speech_occasion between a statement and its meeting ("على هامش"). */
const OCCASION_WORDS = 3;

/** The speech verb reading (قال، أكد، شدد ...) of token i, or null. */
export function speechVerbAt(f: Frame, i: number): VerbInfo | null {
  const v = readVerb(loadClauseWords(), f.doc.toks[i].f, i);
  return v?.speech ? v : null;
}

/** VSO: the actor after the speech verb at v, ending by token `end`, before any أن/إن, not one already taken. */
export function speakerAfter(f: Frame, v: number, end: number, used: ReadonlySet<Ment> = new Set()): Ment | undefined {
  const toks = f.doc.toks;
  return f.actors.find((x) => x.t0 > v && x.t1 <= end && x.roleStart - v <= SPEAKER_WINDOW && !used.has(x) && !inPP(f, x) &&
    !toks.slice(v + 1, x.roleStart).some((tk) => tokIs(tk, f.rd.complementizers)));
}

/** The nearest speech verb of the sentence before the that-word at c, or -1. */
export function speechVerbBefore(f: Frame, c: number): number {
  for (let v = c - 1; v >= f.a; v--) if (speechVerbAt(f, v)) return v;
  return -1;
}

/** The speaker of the nearest speech verb before the that-word at c ("وأضاف لافروف أن"), or undefined. */
export function thatSpeaker(f: Frame, c: number, used: ReadonlySet<Ment>): Ment | undefined {
  const v = speechVerbBefore(f, c);
  return v < 0 ? undefined : speakerAfter(f, v, c, used);
}

/**
 * The person a sentence opens by quoting ("قال سيرغي لافروف، وزير خارجية روسيا، ان ..."): the first person
 * after the speech verb that opens sentence s, before any أن/إن; undefined if it opens otherwise.
 */
export function openingSpeaker(f: Frame, s: number): Ment | undefined {
  const doc = f.doc, toks = doc.toks;
  const a = afterDateline(doc, s);
  if (doc.sentTok[s][1] <= a || speechVerbAt(f, a) === null) return undefined;
  return (doc.bySentence.get(s) ?? []).find((x) => x.ent.type === 'PERSON' && x.t0 > a && x.roleStart - a <= SPEAKER_WINDOW &&
    !toks.slice(a + 1, x.roleStart).some((tk) => tokIs(tk, f.rd.complementizers)));
}

/**
 * The meeting trigger is where a statement was made: after a speech verb or a quoted speaker's "قوله",
 * its speaker and a few words of the cue list speech_occasion between ("قال شويغو في اجتماع", "نقلت عن
 * شويغو قوله في اجتماع", "أوضح ذلك خلال اجتماع"). The speaker's own meeting with someone ("قال خلال
 * اجتماعه مع الأمين العام") is news of its own.
 */
export function statementOccasion(f: Frame, { k, hit }: Hit): boolean {
  const toks = f.doc.toks;
  if (hit.suffixed || tokIs(toks[k + 1], f.sets.recipientMarkers)) return false;
  let i = k - 1;
  let words = 0;
  while (i >= f.a && words < OCCASION_WORDS && tokIs(toks[i], f.sets.speechOccasion)) { i--; words++; }
  if (!words) return false;
  // the speaker, with his title, between
  const speaker = f.actors.find((m) => m.t1 - 1 === i);
  if (speaker) i = speaker.roleStart - 1;
  return i >= f.a && (speechVerbAt(f, i) !== null || tokIs(toks[i], f.sets.quotedSpeech));
}
