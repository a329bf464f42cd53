// events/roles/partakers.ts: who takes part in a joint act another side holds is one of its parties.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('partakers', () => {
  it('"ستشارك روسيا في مناورات منظمة معاهدة الأمن الجماعي": the CSTO holds the exercise, Russia takes part', () => {
    const { events } = run('ستشارك روسيا في مناورات منظمة معاهدة الأمن الجماعي في قرغيزستان.', {
      entities: { Russia: ['روسيا'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Kyrgyzstan: ['قرغيزستان'] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.participants)])).toEqual([['COOPERATE', ['Collective Security Treaty Organization'], ['Russia']]]);
  });
});
