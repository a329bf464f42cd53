// events/story/gatheringHost.ts: the state a summit, session, conference or talks are held in is one of its sides.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('gathering host', () => {
  it('a summit held in a capital has the capital\'s state among its sides, named in the article', () => {
    const text = 'عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك. وتقع بيلاروسيا في شرق أوروبا.';
    const { events } = run(text, { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Minsk: ['مينسك'], Belarus: ['بيلاروسيا'] } });
    const summit = events.find((e) => e.subtype === 'summit')!;
    expect([names(summit.source), names(summit.participants), summit.participants[0].basis]).toEqual([
      ['Collective Security Treaty Organization'], ['Belarus'], 'host: the country of its place',
    ]);
  });

  it('talks held in a country have that state among their sides (heldout67)', () => {
    const { events } = run('انطلقت محادثات السلام الأفغانية في روسيا بمشاركة حركة طالبان.', {
      entities: { Afghanistan: [{ text: 'الأفغانية', method: 'nisba' }], Russia: ['روسيا'], Taliban: ['حركة طالبان'] },
    });
    const talks = events.find((e) => e.subtype === 'talks')!;
    expect(names(talks.participants)).toEqual(['Taliban', 'Russia']);
  });

  it('no host when a side is of that state already, or the state is not named, or the event is no gathering', () => {
    const fx = { entities: { Lukashenko: ['لوكاشينكو'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Minsk: ['مينسك'], Belarus: ['بيلاروسيا'] } };
    const own = run('افتتح لوكاشينكو قمة منظمة معاهدة الأمن الجماعي في مينسك. وتقع بيلاروسيا في شرق أوروبا.', fx).events;
    expect(own.filter((e) => e.type === 'CONSULT').flatMap((e) => names(e.participants))).not.toContain('Belarus');
    const unnamed = run('عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك.', { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Minsk: ['مينسك'] } }).events;
    expect(unnamed.flatMap((e) => names(e.participants))).toEqual([]);
  });
});
