// events/story/mentionedMeetings.ts: talks, an arrival or a session with one actor in all are mentioned, not reported.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('mentioned meetings', () => {
  it('talks with one actor in all, outside the main event, are mentioned, not reported (triggers.json two_sides_rules)', () => {
    const entities = { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'], Lavrov: ['سيرغي لافروف'] };
    const talks = (text: string, more: Record<string, string[]> = {}): string[][] => run(text, { entities: { ...entities, ...more } }).events
      .filter((e) => e.rule.startsWith('consult.talks')).map((e) => [...names(e.source), ...names(e.recipient)]);
    expect(talks('التقى بوتين مع توكاييف في موسكو. وقال سيرغي لافروف إن موسكو مستعدة لتوفير منصة للمحادثات.')).toEqual([]);
    expect(talks('التقى بوتين مع توكاييف في موسكو. وأجرى سيرغي لافروف محادثات مع طالبان.', { Taliban: ['طالبان'] })).toEqual([['Sergey Lavrov', 'Taliban']]);
  });
});
