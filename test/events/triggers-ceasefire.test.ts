// A ceasefire or truce declared, agreed or signed is an agreement (agree.ceasefire, agree.truce; the development
// sets annotate it AGREE); not one called for, nor one violated.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const FX: Record<string, string[]> = { Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'], Russia: ['روسيا'], Kyrgyzstan: ['قيرغيزستان'], Tajikistan: ['طاجيكستان'] };
/** The fixture entities the text names. */
const named = (text: string): Record<string, string[]> => Object.fromEntries(Object.entries(FX).filter(([, [ar]]) => text.includes(ar)));
const rows = (text: string): [string, string, string[]][] =>
  run(text, { entities: named(text) }).events.map((e) => [e.type, e.rule, [...names(e.source), ...names(e.participants)]]);

describe('ceasefires', () => {
  it('declared ("أعلنت أذربيجان وقف إطلاق النار", "وقفا كاملا لإطلاق النار") or a truce signed', () => {
    expect(rows('أعلنت أذربيجان وقف إطلاق النار في قره باغ.')).toEqual([['AGREE', 'agree.ceasefire', ['Azerbaijan']]]);
    expect(rows('أعلنت أذربيجان وقفا كاملا لإطلاق النار.').map((r) => r[1])).toEqual(['agree.ceasefire']);
    expect(rows('وقعت قيرغيزستان وطاجيكستان هدنة لإنهاء العنف.').map((r) => r[0])).toContain('AGREE');
  });

  it('not one called for, nor one violated', () => {
    expect(rows('دعت روسيا إلى وقف إطلاق النار بين أرمينيا وأذربيجان.').map((r) => r[1])).not.toContain('agree.ceasefire');
    expect(rows('اتهمت أرمينيا أذربيجان بانتهاك وقف إطلاق النار.').map((r) => r[1])).not.toContain('agree.ceasefire');
    expect(rows('وقالت أرمينيا إن أذربيجان خرقت الهدنة.').map((r) => r[1])).not.toContain('agree.truce');
  });
});
