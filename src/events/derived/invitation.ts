// "وصل بوتين إلى بيشكك بدعوة من نظيره القرغيزي", "سيسافر إلى روسيا لعقد قمة ... بناء على دعوة من الكرملين": a visit
// or a meeting at someone's invitation (cue list invitation) reports the invitation too, which PLOVER codes as a
// REQUEST: from the one who invites to the one who comes. Its date and place are the invitation's, which the
// sentence does not give.
import { actorOf } from '../actors.js';
import type { Frame } from '../frame.js';
import { QUAD_CLASS } from '../lexicon/types.js';
import type { Raw } from '../record.js';
import { inviterAfter } from '../roles/invitation.js';
import type { Derived } from './reportedAccusation.js';

export const invitation: Derived = (f: Frame, raws: Raw[]) => {
  const out: Raw[] = [];
  const doc = f.doc;
  for (const c of f.invitationCues) {
    const inviter = inviterAfter(f, c);
    if (!inviter) continue;
    // the visit or meeting before the phrase that someone other than the inviter comes to
    const comes = raws.filter((r) => r.rec.type === 'CONSULT' && r.tok.i < c.at && r.rec.status !== 'negated' &&
      r.rec.source.length > 0 && !r.rec.source.some((a) => a.entity === inviter.ent.id)).at(-1);
    if (!comes) continue;
    const e = comes.rec;
    out.push({
      ...comes,
      // the invitation is the visit's background: never the article's news, nor dated or placed by it
      background: true,
      rec: {
        ...e,
        id: '', // setEventId
        type: 'REQUEST', quad_class: QUAD_CLASS.REQUEST, subtype: 'invitation', rule: 'request.invitation',
        trigger: doc.t.span(doc.toks[c.at].start, doc.toks[c.end - 1].end),
        date: null, date_precision: null, date_basis: null, location: null, mode: null, status: 'reported',
        source: [actorOf(doc, inviter)], recipient: e.source.map((a) => ({ ...a })), participants: [], chair: [], invited: [],
        basis: ['source: the one who invites', 'recipient: the one who comes'],
      },
    });
  }
  return out;
};
