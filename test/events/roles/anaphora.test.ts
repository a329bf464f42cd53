// events/roles/anaphora.ts and events/story/antecedent.ts: "خلال القمة" recalls the meeting reported.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('anaphora', () => {
  it('who speaks during the summit took part in it; the recalled meeting merges into the main one', () => {
    const { events } = run('عقدت قمة منظمة معاهدة الأمن الجماعي في أستانا يوم 10 نوفمبر 2024. وخلال القمة، أكد بوتين أهمية التعاون.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Astana: ['أستانا'], Putin: ['بوتين'] }, dates: [['10 نوفمبر 2024', '2024-11-10', 'day']],
    });
    expect(events.map((e) => [e.subtype, e.main, names(e.source), names(e.participants), e.location?.name, e.date?.value, e.basis])).toEqual([
      ['summit', true, ['Collective Security Treaty Organization'], ['Vladimir Putin'], 'Astana', '2024-11-10', ['also: sentence 1']],
    ]);
  });
});
