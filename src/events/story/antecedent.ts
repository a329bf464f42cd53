// An anaphoric event ("خلال القمة") takes the actors, date and place of the meeting it recalls.
import type { EventRecord } from '../../types.js';
import { actorWithBasis, setLocation, takeDate } from '../record.js';

/** The actors, date and place of the meeting an anaphoric event recalls. */
export function fromAntecedent(e: EventRecord, ante: EventRecord, isMain: boolean, reportedIn: Set<number>): void {
  const where = isMain ? 'main event' : `sentence ${ante.sentence.index}`;
  // "خلال القمة، قال بوتين": who acts at the meeting took part in it; not so the arguments of
  // another event the sentence reports ("ووقع القادة في ختام القمة على وثائق بشأن قوات الرد السريع")
  if (e.type === 'CONSULT' && !reportedIn.has(e.sentence.index)) for (const a of e.source) if (!e.participants.some((p) => p.entity === a.entity)) e.participants.push(a);
  e.source = ante.source.map((a) => actorWithBasis(a, where));
  e.recipient = ante.recipient.map((a) => actorWithBasis(a, where));
  e.basis.push(`source: ${where}`);
  if (!e.date && ante.date) takeDate(e, ante, isMain ? 'main event' : where, where);
  if (!e.location && ante.location) setLocation(e, ante.location, `location: ${isMain ? 'lead' : where}`, isMain ? 'lead' : where);
}
