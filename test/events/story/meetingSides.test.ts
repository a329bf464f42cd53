// events/story/meetingSides.ts: a bilateral meeting needs two sides, neither an organisation.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('meeting sides', () => {
  it('two people: a bilateral meeting', () => {
    const { events } = run('التقى رحمون مع تاسماغامبيتوف في دوشنبه.', { entities: { Rahmon: ['رحمون'], Tasmagambetov: ['تاسماغامبيتوف'], Dushanbe: ['دوشنبه'] } });
    expect(events.map((e) => [e.subtype, names(e.source), names(e.recipient)])).toEqual([['bilateral meeting', ['Emomali Rahmon'], ['Imangali Tasmagambetov']]]);
  });

  it('a side left unnamed: a meeting', () => {
    const { events } = run('والتقى رحمون في دوشنبه.', { entities: { Rahmon: ['رحمون'], Dushanbe: ['دوشنبه'] } });
    expect(events.map((e) => [e.rule, e.subtype, names(e.source)])).toEqual([['consult.meet', 'meeting', ['Emomali Rahmon']]]);
  });

  it('an organisation as a side: a meeting', () => {
    const { events } = run('وعقد مجلس وزراء خارجية المنظمة اجتماعا في موسكو.', { entities: { CSTO: ['المنظمة'], Moscow: ['موسكو'] } });
    expect(events.map((e) => [e.subtype, names(e.source)])).toEqual([['meeting', ['Collective Security Treaty Organization']]]);
  });
});
