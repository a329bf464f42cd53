// "قال أتامباييف إن الولايات المتحدة يتعين أن تترك قاعدتها", "أكد بوتين أنه يجب على المنظمة اتخاذ تدابير": a
// word of obligation (a trigger rule of the cue list obligation_rules) in a that-clause asks something of
// someone: the speaker asks, the one named between أن/إن and the word is asked (على after it: the frame's).
import { pick, type Slots } from '../slots.js';
import { opensThatClause } from '../triggers.js';
import { speakerAfter, speechVerbBefore } from './speech.js';
import { inPP, previousSubject, withCoordinated } from './subject.js';

/** The word of obligation stands this close after its أن/إن ("إنه يجب", "إن الولايات المتحدة يتعين"), in tokens. */
const OPENER_WINDOW = 6;

export function obligation(ev: Slots): void {
  const { f, k } = ev;
  if (!f.sets.obligationRules?.has(ev.entry.rule) || ev.source.length) return;
  let c = k - 1;
  while (c >= f.a && c >= k - OPENER_WINDOW && !opensThatClause(f.doc.toks[c])) c--;
  if (c < f.a || c < k - OPENER_WINDOW) return;
  const asked = f.actors.find((x) => x.t0 > c && x.t1 <= k && !ev.used.has(x) && !inPP(f, x));
  if (asked) {
    for (const x of withCoordinated(ev, asked)) ev.recipient.push(pick(ev, x));
    ev.basis.push('recipient: the one named between أن/إن and the word of obligation');
  }
  // a speech verb with no name after it ("وأكد بأنه يتوجب"): its subject goes on from the sentence before
  const v = speechVerbBefore(f, c);
  const speaker = v < 0 ? undefined : speakerAfter(f, v, c, ev.used);
  const speakers = speaker ? withCoordinated(ev, speaker) : v >= 0 ? previousSubject(ev) : [];
  for (const x of speakers) ev.source.push(pick(ev, x));
  if (speakers.length) ev.basis.push('source: the speaker of the that-clause');
}

