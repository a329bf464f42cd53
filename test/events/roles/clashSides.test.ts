// events/roles/clashSides.ts: a side reporting its losses in clashes with another was attacked by it.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const sides = (text: string, entities: Parameters<typeof run>[1]['entities']): [string, string[], string[]][] =>
  run(text, { entities }).events.filter((e) => e.type === 'ASSAULT').map((e) => [e.subtype, names(e.source), names(e.recipient)]);

describe('clash sides', () => {
  it('the reporting country was attacked by the one the clashes were with', () => {
    expect(sides('أكدت طاجيكستان أن اثنين من مواطنيها قتلا خلال اشتباكات عند الحدود مع قرغيزستان.', { Tajikistan: ['طاجيكستان'], Kyrgyzstan: ['قرغيزستان'] }))
      .toEqual([['clashes', ['Kyrgyzstan'], ['Tajikistan']]]);
  });

  it('a reporting person stands for the country the sentence names with him; the force after مع for its country', () => {
    expect(sides('أعلن نيكول باشينيان مقتل 105 جنود من القوات الأرمينية خلال اشتباكات مع الجيش الأذربيجاني.', {
      Pashinyan: ['نيكول باشينيان'], Armenia: [{ text: 'الأرمينية', method: 'nisba' }], Azerbaijan: [{ text: 'الأذربيجاني', method: 'nisba' }],
    })).toEqual([['killing', ['Azerbaijan'], ['Armenia']]]);
  });

  it('no reporter, or the two of one country: the sides stay as the sentence gives them', () => {
    expect(sides('وقعت اشتباكات عند الحدود مع قرغيزستان.', { Kyrgyzstan: ['قرغيزستان'] })).toEqual([['clashes', [], ['Kyrgyzstan']]]);
  });

  it('the forces of the other side ("مع قوات طاجيكستان") are the one the clashes were with', () => {
    expect(sides('أعلنت قيرغيزستان مقتل أحد حراس حدودها في تبادل لإطلاق النار مع قوات طاجيكستان.', { Kyrgyzstan: ['قيرغيزستان'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['killing', ['Tajikistan'], ['Kyrgyzstan']]]);
  });
});
