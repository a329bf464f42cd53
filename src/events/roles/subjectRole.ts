// Frames whose subject is not the doer ("تسلمت طاجيكستان من روسيا أسلحة": the subject receives): the
// subject found as the source goes to the field of the role the frame gives it, and the actor after a
// preposition the frame marks `source` ("من روسيا") is the source; of a statement, its speaker
// ("منظمة الأمن الجماعي: واشنطن تتحمل مسؤولية").
import { fieldFor, loadFrames } from '../frames.js';
import { pick, type Slots } from '../slots.js';
import { OBJECT_WINDOW, PREP_WINDOW } from './addressee.js';
import { QUAD_CLASS } from '../lexicon/types.js';
import { judges } from './evaluated.js';
import { nearestBefore, withCoordinated } from './subject.js';

export function subjectRole(ev: Slots): void {
  const frames = loadFrames();
  const frame = frames.byRule.get(ev.entry.rule);
  if (!frame || frame.subject.role === 'source' || fieldFor(frames, frame.subject.role, false) !== 'recipient') return;
  // an evaluation judges what stands before or after it (roles/evaluated.ts), not whom the source rule found
  if (!ev.source.length || ev.recipient.length || judges(ev)) return;
  ev.recipient.push(...ev.source);
  ev.source.length = 0;
  ev.basis.push(`recipient: the subject, which its frame makes the ${frame.subject.role}`);
  const { f, k } = ev;
  // a statement ("... إن واشنطن تتحمل مسؤولية"): who says it is its source, named before
  if (QUAD_CLASS[ev.entry.type].startsWith('verbal')) {
    const speaker = nearestBefore(ev, Math.min(...ev.recipient.map((m) => m.roleStart)));
    for (const x of speaker) ev.source.push(pick(ev, x));
    if (speaker.length) ev.basis.push('source: the speaker before the statement');
    return;
  }
  const toks = f.doc.toks;
  for (let p = k + 1; p <= Math.min(k + PREP_WINDOW, f.b - 1); p++) {
    if (frame.preps.get(toks[p].w.c) !== 'source') continue;
    const m = f.actors.find((x) => !ev.used.has(x) && x.roleStart > p && x.roleStart - p <= OBJECT_WINDOW);
    if (!m) return;
    for (const x of withCoordinated(ev, m)) ev.source.push(pick(ev, x));
    ev.basis.push('source: after the preposition its frame gives that role');
    return;
  }
}
