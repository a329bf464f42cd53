// events/roles/reciprocal.ts: what the sides do to each other has the side named first as its source.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('reciprocal acts', () => {
  it('"وتبادلت أرمينيا وأذربيجان الاتهامات": Armenia accuses Azerbaijan', () => {
    const { events } = run('وتبادلت أرمينيا وأذربيجان الاتهامات بخرق الهدنة.', { entities: { Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', ['Armenia'], ['Azerbaijan']]]);
  });

  it('without a reciprocal verb two accusers stay two sources', () => {
    const { events } = run('ووجهت أرمينيا وأذربيجان اتهامات إلى روسيا.', { entities: { Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'], Russia: ['روسيا'] } });
    expect(events.map((e) => [e.type, names(e.source)])[0]).toEqual(['ACCUSE', ['Armenia', 'Azerbaijan']]);
  });
});
