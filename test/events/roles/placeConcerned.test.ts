// events/roles/placeConcerned.ts: a request or a disapproval that names its source but no one asked or criticised bears on the
// country where what it asks for is to be done, or what it is about happens (triggers.json place_concerned).
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const NAMES: Record<string, string> = { Uzbekistan: 'أوزبكستان', Tajikistan: 'طاجيكستان', Russia: 'روسيا', Rahmon: 'إمام علي رحمان' };
const rows = (text: string): [string, string[], string[]][] =>
  run(text, { entities: Object.fromEntries(Object.entries(NAMES).filter(([, ar]) => text.includes(ar)).map(([k, ar]) => [k, [ar]])) })
    .events.map((e) => [e.type, names(e.source), names(e.recipient)]);

describe('the country a request bears on', () => {
  it('"طالبت أوزبكستان بإجراء دراسة مستقلة في طاجيكستان": Tajikistan', () => {
    expect(rows('طالبت أوزبكستان بإجراء دراسة مستقلة في طاجيكستان.')).toEqual([['REQUEST', ['Uzbekistan'], ['Tajikistan']]]);
  });
  it('"أعربت روسيا عن قلقها من تدهور الوضع الأمني في طاجيكستان": Tajikistan; not with no source named', () => {
    expect(rows('أعربت روسيا عن قلقها من تدهور الوضع الأمني في طاجيكستان.')).toEqual([['DISAPPROVE', ['Russia'], ['Tajikistan']]]);
    expect(rows('وتزايد القلق من تدهور الوضع الأمني في طاجيكستان.').map((r) => r[2])).not.toContainEqual(['Tajikistan']);
  });
  it('not past a comma or a that-clause, nor the one asking, nor one already asked', () => {
    expect(rows('طالبت أوزبكستان بإجراء دراسة مستقلة، وذلك في طاجيكستان.')).toEqual([['REQUEST', ['Uzbekistan'], []]]);
    expect(rows('طالبت أوزبكستان بإجراء دراسة مستقلة في أوزبكستان.')).toEqual([['REQUEST', ['Uzbekistan'], []]]);
    expect(rows('طالبت أوزبكستان روسيا بإجراء دراسة مستقلة في طاجيكستان.')).toEqual([['REQUEST', ['Uzbekistan'], ['Russia']]]);
    // the asking side's own country, or where something is sent
    expect(rows('طالب إمام علي رحمان بإجراء دراسة مستقلة في طاجيكستان.')).toEqual([['REQUEST', ['Emomali Rahmon'], []]]);
    expect(rows('طالبت أوزبكستان بإرسال قوات إلى طاجيكستان.').map((r) => r[2])).not.toContainEqual(['Tajikistan']);
  });
});
