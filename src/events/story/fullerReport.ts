// The main record names one side or none while a later record of its type names more, one of them the main
// record's (a headline's "روسيا تسحب قواتها", the body's "وبدأت روسيا سحب قواتها من كازاخستان"): the later one
// reports the same happening in full and is the main one. Not for a meeting: an article reports several, and a
// later one with more sides is another meeting.
import type { EventRecord } from '../../types.js';
import { actorIds, actorsOf } from '../record.js';
import type { Story } from './story.js';

/** Types an article reports several different happenings of. */
const SEVERAL_A_STORY: ReadonlySet<string> = new Set(['CONSULT']);

/** How many sides a record names: who acts, and whom or with whom. */
const sides = (e: EventRecord): number => (e.source.length ? 1 : 0) + (e.recipient.length || e.participants.length || e.invited.length ? 1 : 0);

export function fullerReport(st: Story): void {
  const main = st.events.find((e) => e.main);
  if (!main || SEVERAL_A_STORY.has(main.type) || sides(main) === 2) return;
  // the same happening: a side the main record names, if it names any
  const named = actorIds(main);
  const fuller = st.events.find((e) => e !== main && e.type === main.type && e.status !== 'negated' && sides(e) > sides(main) &&
    (!named.size || actorsOf(e).some((a) => named.has(a.entity))));
  if (!fuller) return;
  main.main = false;
  fuller.main = true;
}
