// roles/apposition.ts: a name set off by commas right after the subject names the subject again.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const Kremlin = ['الكرملين'];
const Tokayev = [{ text: 'قاسم جومارت توكاييف', role: 'الرئيس' }];

describe('apposition', () => {
  it('"وشكر الكرملين، يوري أوشاكوف، الرئيس ...": the name between the commas is a source, the object comes after it', () => {
    const { events } = run('وشكر الكرملين، يوري أوشاكوف، الرئيس قاسم جومارت توكاييف.', {
      entities: { Kremlin, Ushakov: ['يوري أوشاكوف'], Tokayev },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['SUPPORT', ['Kremlin', 'Yuri Ushakov'], ['Kassym-Jomart Tokayev']]]);
  });

  it('a name with no comma after it is the object', () => {
    const { events } = run('وشكر الكرملين، الرئيس قاسم جومارت توكاييف.', { entities: { Kremlin, Tokayev } });
    expect(events.map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Kremlin'], ['Kassym-Jomart Tokayev']]]);
  });
});
