// events/story/main.ts: the main event, and its date and place when its sentence gives none.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('main event', () => {
  it('the first sentence with an event that has actors; the article date and the dateline fill in', () => {
    const { events } = run('موسكو - سبوتنيك\nأعلنت روسيا تأييدها لكازاخستان.', {
      entities: { Moscow: ['موسكو'], Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] }, published: '2023-05-05',
    });
    expect(events).toHaveLength(1);
    const e = events[0];
    expect([e.main, e.sentence.index, names(e.source), names(e.recipient)]).toEqual([true, 1, ['Russia'], ['Kazakhstan']]);
    expect(e.date).toEqual({ value: '2023-05-05', granularity: 'day', basis: 'article date' });
    expect(e.location).toEqual({ entity: 'place:moscow', name: 'Moscow', country: 'RU', iso3: 'RUS', text: 'موسكو', basis: 'dateline' });
    expect(e.basis).toEqual(['recipient: after the preposition its frame gives that role', 'date: article date', 'location: dateline']);
  });
});
