// "وقال لافروف إن موسكو مستعدة لتوفير منصة للمحادثات", "مفاوضات الكرملين": talks, an arrival, a session or a
// conference with one actor in all are mentioned, not reported (triggers.json two_sides_rules). A step after the
// one-a-story filter, so that a mention of the story's own meeting has given it its sentence first; the main
// event is kept whatever it names.
import { entryRule } from '../record.js';
import type { EventRecord } from '../../types.js';
import type { Story } from './story.js';

export function dropMentionedMeetings(st: Story): void {
  const rules = st.doc.sets.twoSidesRules;
  if (!rules) return;
  st.events = st.events.filter((e) => e.main || !rules.has(entryRule(e)) || actorCount(e) !== 1);
}

/** The distinct actors of every field of a record. */
function actorCount(e: EventRecord): number {
  return new Set([...e.source, ...e.recipient, ...e.participants, ...e.chair, ...e.invited].map((a) => a.entity)).size;
}
