// events/roles/requestedOfPlace.ts: a request that names no one asked, for an act to be done in a country, is addressed to that country.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const NAMES: Record<string, string> = { Uzbekistan: 'أوزبكستان', Tajikistan: 'طاجيكستان', Russia: 'روسيا' };
const rows = (text: string): [string, string[], string[]][] =>
  run(text, { entities: Object.fromEntries(Object.entries(NAMES).filter(([, ar]) => text.includes(ar)).map(([k, ar]) => [k, [ar]])) })
    .events.map((e) => [e.type, names(e.source), names(e.recipient)]);

describe('the country a request bears on', () => {
  it('"طالبت أوزبكستان بإجراء دراسة مستقلة في طاجيكستان": Tajikistan', () => {
    expect(rows('طالبت أوزبكستان بإجراء دراسة مستقلة في طاجيكستان.')).toEqual([['REQUEST', ['Uzbekistan'], ['Tajikistan']]]);
  });
  it('not past a comma or a that-clause, nor the one asking, nor one already asked', () => {
    expect(rows('طالبت أوزبكستان بإجراء دراسة مستقلة، وذلك في طاجيكستان.')).toEqual([['REQUEST', ['Uzbekistan'], []]]);
    expect(rows('طالبت أوزبكستان بإجراء دراسة مستقلة في أوزبكستان.')).toEqual([['REQUEST', ['Uzbekistan'], []]]);
    expect(rows('طالبت أوزبكستان روسيا بإجراء دراسة مستقلة في طاجيكستان.')).toEqual([['REQUEST', ['Uzbekistan'], ['Russia']]]);
  });
});
