// "وقالت طاجيكستان إن حرس حدود قرغيزستان فتحوا النار على موقعهم": a side that reports an attack by
// another side in a that-clause accuses it. PLOVER codes the report itself as ACCUSE (speaker →
// attacker) beside the attack; the two are kept apart when the speaker is the attacker or of its country.
import { tokIs } from '../cues.js';
import { actorOf } from '../actors.js';
import type { Ment } from '../doc.js';
import type { Frame } from '../frame.js';
import { QUAD_CLASS } from '../lexicon/types.js';
import type { Raw } from '../record.js';
import { speakerAfter, speechVerbAt } from '../roles/speech.js';
import { inPP } from '../roles/subject.js';

/** A rule that derives events from the events of a sentence; DERIVED in events/index.ts lists them. */
export type Derived = (f: Frame, raws: Raw[]) => Raw[];

export const reportedAccusation: Derived = (f, raws) => {
  const out: Raw[] = [];
  for (const r of raws) {
    const e = r.rec;
    if (e.type !== 'ASSAULT' || e.status !== 'reported' || !e.source.length) continue;
    const report = speakerOfReport(f, r.tok.i);
    if (!report) continue;
    const { speaker, verb } = report;
    const attackers = new Set(e.source.flatMap((a) => [a.entity, a.country ?? a.entity]));
    if (attackers.has(speaker.ent.id) || (speaker.ent.country && attackers.has(speaker.ent.country))) continue;
    const doc = f.doc;
    const trigger = doc.t.span(doc.toks[verb].start, doc.toks[verb].end);
    out.push({
      ...r,
      rec: {
        ...e,
        id: '', // setEventId
        type: 'ACCUSE', quad_class: QUAD_CLASS.ACCUSE, subtype: 'accusation', rule: 'accuse.reported-attack', trigger,
        location: null, mode: null,
        source: [actorOf(doc, speaker)], recipient: e.source.map((a) => ({ ...a })), participants: [], chair: [], invited: [],
        basis: ['source: the speaker who reports the attack', 'recipient: the attacker'],
      },
    });
  }
  return out;
};

/** The speech verb before a trigger with أن/إن between them, and its speaker; null if none. */
function speakerOfReport(f: Frame, k: number): { speaker: Ment; verb: number } | null {
  const toks = f.doc.toks;
  let comp = -1;
  for (let i = k - 1; i >= f.a; i--) {
    if (comp < 0 && tokIs(toks[i], f.rd.complementizers)) comp = i;
    if (comp < 0 || !speechVerbAt(f, i)) continue;
    // "نقلت الوكالة عن مسؤولين أن ...": who relays a report accuses no one
    if (tokIs(toks[i], f.rd.relaying)) return null;
    // VSO: the actor after the verb, before أن; SVO: the actor right before the verb
    const speaker = speakerAfter(f, i, comp) ?? f.actors.find((x) => x.t1 === i && !inPP(f, x));
    return speaker ? { speaker, verb: i } : null;
  }
  return null;
}
