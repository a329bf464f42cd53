// Speech verbs and their speakers, shared by the role that gives a statement its speaker
// (roles/source.ts) and the rule that reads a reported attack as an accusation (derived/).
import { loadClauseWords } from '../clause/data.js';
import { readVerb, type VerbInfo } from '../clause/verb.js';
import { tokIs } from '../cues.js';
import type { Ment } from '../doc.js';
import type { Frame } from '../frame.js';
import { inPP } from './subject.js';

/** The speaker stands this close after the speech verb, a title included ("اعتبر الرئيس البيلاروسي ألكسندر لوكاشينكو"). */
const SPEAKER_WINDOW = 8;

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
