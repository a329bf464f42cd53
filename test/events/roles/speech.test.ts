// events/roles/speech.ts: speech verbs and their speakers, read by the statement role and the reported-attack rule.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('speech verbs and speakers', () => {
  it('the speaker stands after the verb, before أن/إن: the subject of the that-clause is not the speaker', () => {
    const { events } = run('وقال بوتين إن طاجيكستان أكدت على ضرورة تعزيز الحدود، وهاجمت حركة طالبان المواقع.', {
      entities: { Putin: ['بوتين'], Tajikistan: ['طاجيكستان'], Taliban: ['حركة طالبان'] },
    });
    expect(events.filter((e) => e.type === 'ACCUSE').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Vladimir Putin'], ['Taliban']]]);
  });
});
