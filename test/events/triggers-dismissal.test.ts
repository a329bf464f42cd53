// Dismissing an official or a government is COERCE, the dismissed its target ("أقال توكاييف الحكومة", "بإقالة",
// "أعفى ... من منصبه"): the entries coerce.dismissal and coerce.relief-from-office of data/events/triggers.json,
// each test failing without them; exempting goods from duties is none.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);

describe('a dismissal', () => {
  it('"أقال X Y": the one who dismisses, the dismissed (heldout17)', () => {
    expect(rows('أقال الرئيس إمام علي رحمن رئيس الوزراء مراد علي عليموردون.', { Rahmon: ['إمام علي رحمن'] }))
      .toEqual([['COERCE', 'coerce.dismissal', ['Emomali Rahmon'], []]]);
    expect(rows('أقال الرئيس نور سلطان نزارباييف الحكومة الكازاخستانية.', { Nazarbayev: ['نور سلطان نزارباييف'], Kazakhstan: [{ text: 'الكازاخستانية', method: 'nisba' }] }))
      .toEqual([['COERCE', 'coerce.dismissal', ['Nursultan Nazarbayev'], ['Kazakhstan']]]);
  });
  it('the verbal noun ("قرر لوكاشينكو إقالة ...", heldout27)', () => {
    expect(rows('وقرر ألكسندر لوكاشينكو إقالة وزير خارجية أرمينيا.', { Lukashenko: ['ألكسندر لوكاشينكو'], Armenia: ['أرمينيا'] }))
      .toEqual([['COERCE', 'coerce.dismissal', ['Alexander Lukashenko'], ['Armenia']]]);
  });
  it('"أعفى ... من منصبه", and no relief from anything else ("إعفاء السلع من الرسوم")', () => {
    expect(rows('أعفى نيكول باشينيان وزير الدفاع الأرميني من منصبه.', { Pashinyan: ['نيكول باشينيان'], Armenia: [{ text: 'الأرميني', method: 'nisba' }] }))
      .toEqual([['COERCE', 'coerce.relief-from-office', ['Nikol Pashinyan'], []]]);
    expect(rows('قررت الحكومة الأرمينية إعفاء السلع من الرسوم الجمركية.', { Armenia: ['الأرمينية'] })).toEqual([]);
  });
});
