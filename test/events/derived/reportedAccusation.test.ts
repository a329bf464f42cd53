// events/derived/reportedAccusation.ts: a side that reports another side's attack accuses it.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const entities = { Tajikistan: ['طاجيكستان'], Kyrgyzstan: ['قرغيزستان'] };
const sides = (text: string): [string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);

describe('reportedAccusation', () => {
  it('"قالت X إن Y فتحوا النار": the attack, and X accusing Y', () => {
    expect(sides('وقالت طاجيكستان إن حرس حدود قرغيزستان فتحوا النار على موقعهم.')).toEqual([
      ['ASSAULT', ['Kyrgyzstan'], []],
      ['ACCUSE', ['Tajikistan'], ['Kyrgyzstan']],
    ]);
  });

  it('the clauses of one sentence set apart with ؛ are one sentence: the report still accuses ("وقالت طاجيكستان، في بيان؛ إن ...؛ فتحوا")', () => {
    expect(sides('وقالت طاجيكستان، في بيان؛ إن حرس حدود قرغيزستان؛ فتحوا النار على موقعهم.')).toEqual([
      ['ASSAULT', ['Kyrgyzstan'], []],
      ['ACCUSE', ['Tajikistan'], ['Kyrgyzstan']],
    ]);
  });

  it('no accusation when the speaker is the attacker, or only relays the report ("نقلت عن")', () => {
    expect(sides('وقالت طاجيكستان إنها هاجمت مواقع المسلحين قرب قرغيزستان.').filter(([t]) => t === 'ACCUSE')).toEqual([]);
    expect(run('ونقلت وكالة عن مسؤولين أن حرس حدود قرغيزستان فتحوا النار على طاجيكستان.', { entities }).events.filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
});
