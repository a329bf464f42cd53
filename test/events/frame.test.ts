// events/frame.ts: what the events of a sentence share; a date a few words after a period_bounds cue (منذ,
// حتى) bounds a period and is not the event's.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const dated = (text: string): [string, string[], string | null, string | null][] =>
  run(text, { entities: { Tajikistan: ['طاجيكستان'] }, dates: [['2014', '2014', 'year']] }).events.map((e) => [e.type, names(e.source), e.date?.value ?? null, e.date?.basis ?? null]);

describe('the dates of a sentence', () => {
  it('"عام 2014" dates the event', () => {
    expect(dated('تشارك طاجيكستان في المناورات عام 2014.')).toEqual([['MOBILIZE', ['Tajikistan'], '2014', 'sentence']]);
  });
  it('"منذ 2014" does not', () => {
    expect(dated('تشارك طاجيكستان في المناورات منذ 2014.')).toEqual([['MOBILIZE', ['Tajikistan'], null, null]]);
  });
  it('nor a date a participle gives the noun it describes ("الاتفاق الموقع في عام 2014", cue list dated_descriptions)', () => {
    expect(dated('ألغت طاجيكستان الاتفاق الموقع في عام 2014.').map(([, , date]) => date)).toEqual([null]);
  });
  it('nor "منذ" a few words before its date ("منذ استقلال باكستان في عام 1947"; heldout59), unless a comma or a trigger word stands between', () => {
    expect(dated('تشارك طاجيكستان في المناورات منذ استقلال البلاد في عام 2014.')).toEqual([['MOBILIZE', ['Tajikistan'], null, null]]);
    expect(dated('منذ أيام، تشارك طاجيكستان في المناورات عام 2014.')).toEqual([['MOBILIZE', ['Tajikistan'], '2014', 'sentence']]);
  });
});
