// A bilateral meeting needs two sides.
import type { EventRecord } from '../../types.js';
import type { Story } from './story.js';

/**
 * "اجتماع"/"التقى" name a meeting of two sides only when two sides are named and neither is an
 * organisation: a meeting of a council of ministers, or one with a side left unnamed, is a meeting.
 */
export function meetingSides(st: Story): void {
  for (const e of st.events) {
    if (e.subtype === 'bilateral meeting' && (sides(e) !== 2 || e.source.some((a) => a.type === 'ORG'))) e.subtype = 'meeting';
  }
}

/** Distinct sides of a meeting: source and recipient, or with no recipient, source and those present. */
function sides(e: EventRecord): number {
  const present = e.recipient.length ? e.recipient : [...e.participants, ...e.chair];
  return new Set([...e.source, ...present].map((a) => a.entity)).size;
}
