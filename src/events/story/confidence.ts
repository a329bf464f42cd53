// The confidence of each record: the trigger's, less for missing or borrowed actors, more for a
// date and place of its own sentence.
import type { EventRecord } from '../../types.js';
import type { Story } from './story.js';

export function scoreConfidences(st: Story): void {
  for (const e of st.events) e.confidence = scoreConfidence(e);
}

function scoreConfidence(e: EventRecord): number {
  let c = e.confidence;
  if (!e.source.length) c -= 0.15;
  if (e.source.some((a) => a.basis !== 'sentence')) c -= 0.1;
  if (e.date && e.date.basis === 'sentence') c += 0.05;
  if (e.location && e.location.basis === 'sentence') c += 0.05;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}
