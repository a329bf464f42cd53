// Cancelling an agreement or a treaty is RETREAT ("ألغت روسيا معاهدة ...", "أمر حكومته بإلغاء اتفاقية للتعاون"):
// the entry retreat.cancellation of data/events/triggers.json, each test failing without it; cancelling debts
// stays AID (aid.debt-relief).
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);

describe('a cancellation', () => {
  it('"ألغت روسيا معاهدة ... مع الولايات المتحدة": the one who cancels, the other party after مع', () => {
    expect(rows('ألغت روسيا معاهدة الحد من الأسلحة مع الولايات المتحدة.', { Russia: ['روسيا'], USA: ['الولايات المتحدة'] }))
      .toEqual([['RETREAT', 'retreat.cancellation', ['Russia'], ['United States']]]);
  });
  it('the verbal noun after ب ("أمر حكومته بإلغاء اتفاقية للتعاون", heldout60)', () => {
    expect(rows('وأمر الرئيس صدير جاباروف حكومته بإلغاء اتفاقية للتعاون الثنائي.', { Japarov: ['صدير جاباروف'] }))
      .toEqual([['RETREAT', 'retreat.cancellation', ['Sadyr Japarov'], []]]);
  });
  it('cancelling what is no agreement is none ("ألغت روسيا الرحلات")', () => {
    expect(rows('ألغت روسيا الرحلات إلى تركيا.', { Russia: ['روسيا'] })).toEqual([]);
  });
});
