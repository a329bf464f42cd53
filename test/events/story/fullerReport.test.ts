// events/story/fullerReport.ts: a main record with fewer sides than a later record of its type gives way to it.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const fx = { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'], Armenia: [{ text: 'الأرمينية', method: 'nisba' as const }], Putin: ['بوتين'], Tokayev: ['توكاييف'] } };
const rows = (text: string) =>
  run(text, { entities: Object.fromEntries(Object.entries(fx.entities).filter(([, s]) => text.includes(typeof s[0] === 'string' ? s[0] : s[0].text))) }).events
    .map((e) => [e.type, names(e.source), names(e.recipient), e.main]);

describe('the fuller report of the main event', () => {
  it('a main record with one side gives way to a later report of its type that names it and another ("سحب" → "وانسحبت ... أمام روسيا")', () => {
    const text = 'روسيا تسحب قواتها\nوأدانت كازاخستان الهجوم على الحدود.\nودعت كازاخستان إلى الحوار.\nوانسحبت القوات الأرمينية من مواقعها أمام روسيا.';
    expect(rows(text).filter((r) => r[0] === 'RETREAT')).toEqual([
      ['RETREAT', ['Russia'], [], false],
      ['RETREAT', ['Armenia'], ['Russia'], true],
    ]);
  });
  it('not a meeting: a later meeting with more sides is another meeting', () => {
    expect(rows('بوتين يعقد اجتماعا لمجلس الأمن\nوكان بوتين قد التقى توكاييف في موسكو.').filter((r) => r[0] === 'CONSULT')[0][3]).toBe(true);
  });
});
