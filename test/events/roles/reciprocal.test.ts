// events/roles/reciprocal.ts: what the sides do to each other has the side named first as its source.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('reciprocal acts', () => {
  it('"وتبادلت أرمينيا وأذربيجان الاتهامات": Armenia accuses Azerbaijan', () => {
    const { events } = run('وتبادلت أرمينيا وأذربيجان الاتهامات بخرق الهدنة.', { entities: { Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', ['Armenia'], ['Azerbaijan']]]);
  });

  it('a dual past ("تبادلتا"); capitals for their governments, after the verb or joined by و before it ("يريفان وباكو تتبادلان الاتهامات", a headline)', () => {
    const rows = (text: string, entities: Record<string, string[]>) => run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);
    expect(rows('وكانت أرمينيا وأذربيجان قد تبادلتا الاتهامات.', { Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'] })).toEqual([['ACCUSE', ['Armenia'], ['Azerbaijan']]]);
    const capitals = { Moscow: ['موسكو'], Minsk: ['مينسك'] };
    expect(rows('تبادلت موسكو ومينسك الاتهامات بخرق الاتفاق.', capitals)).toEqual([['ACCUSE', ['Moscow'], ['Minsk']]]);
    expect(rows('موسكو ومينسك تتبادلان الاتهامات بخرق الاتفاق', capitals)).toEqual([['ACCUSE', ['Moscow'], ['Minsk']]]);
  });

  it('"التهم" is "الاتهامات" ("تبادلت قرغيزستان وطاجيكستان التهم بانتهاكات جديدة لوقف إطلاق النار"), no exchange of fire', () => {
    const { events } = run('تبادلت قرغيزستان وطاجيكستان التهم بانتهاكات جديدة لوقف إطلاق النار.', { entities: { Kyrgyzstan: ['قرغيزستان'], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', ['Kyrgyzstan'], ['Tajikistan']]]);
  });

  it('without a reciprocal verb two accusers stay two sources', () => {
    const { events } = run('ووجهت أرمينيا وأذربيجان اتهامات إلى روسيا.', { entities: { Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'], Russia: ['روسيا'] } });
    expect(events.map((e) => [e.type, names(e.source)])[0]).toEqual(['ACCUSE', ['Armenia', 'Azerbaijan']]);
  });
});
