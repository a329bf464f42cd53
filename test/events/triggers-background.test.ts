// Trigger words that name something already there, not a new act: an approval inside a relative
// clause, "تعتمد على" (to rely on), an operation nobody launches in the sentence. Entries of
// data/events/triggers.json (agree.approval, agree.adoption, mobilize.operation), each test failing
// without its data change.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source)]);

describe('approval and adoption', () => {
  it('an approval in a relative clause describes its noun ("والتي وافق عليها الرئيس", "التي اعتمدتها طالبان"): no record', () => {
    expect(rows('وتعتبر الاستراتيجية العسكرية الروسية والتى وافق عليها مؤخرا الرئيس فلاديمير بوتين آلية رئيسية.', { Putin: ['فلاديمير بوتين'] })).toEqual([]);
    expect(rows('مستخدماً التسمية التي اعتمدتها طالبان لأفغانستان.', { Taliban: ['طالبان'], Afghanistan: ['لأفغانستان'] })).toEqual([]);
  });
  it('"ووافقت طاجيكستان على الاتفاقية" still is an approval', () => {
    expect(rows('ووافقت طاجيكستان على الاتفاقية.', { Tajikistan: ['طاجيكستان'] })).toEqual([['AGREE', 'agree.approval', ['Tajikistan']]]);
  });
  it('"تعتمد على روسيا" is reliance, no adoption', () => {
    expect(rows('وتعتمد بيلاروسيا على روسيا اقتصاديا.', { Belarus: ['بيلاروسيا'], Russia: ['روسيا'] })).toEqual([]);
    expect(rows('وقال بوتين إن أوزبكستان يمكنها أن تعتمد على روسيا كصديق.', { Putin: ['بوتين'], Uzbekistan: ['أوزبكستان'], Russia: ['روسيا'] }).filter((r) => r[0] === 'AGREE'))
      .toEqual([]);
  });
  it('"اعتمد قادة المنظمة استراتيجية": adopting a document', () => {
    expect(rows('واعتمد قادة منظمة معاهدة الأمن الجماعي استراتيجية الأمن الجماعي حتى عام 2025.', { CSTO: ['منظمة معاهدة الأمن الجماعي'] }))
      .toEqual([['AGREE', 'agree.adoption', ['Collective Security Treaty Organization']]]);
  });
});

describe('military operations', () => {
  it('an operation named, not launched, is no mobilisation ("في ضوء العملية العسكرية الروسية في أوكرانيا")', () => {
    expect(rows('وشددت الوزارة على أن التدريبات لا تشكل تهديدا في ضوء العملية العسكرية الروسية في أوكرانيا.', { Ukraine: ['أوكرانيا'] }).filter((r) => r[1] === 'mobilize.operation'))
      .toEqual([]);
    expect(rows('كانت واشنطن تستخدم القاعدة لدعم عملياتها العسكرية في أفغانستان.', { USA: ['واشنطن'], Afghanistan: ['أفغانستان'] }).filter((r) => r[1] === 'mobilize.operation'))
      .toEqual([]);
  });
  it('the process of a withdrawal started ("ببدء عملية سحب العسكريين الأمريكان") is the withdrawal, no operation', () => {
    expect(rows('وأخطر الوزير نظيره الروسي ببدء عملية سحب العسكريين الامريكان من مطار ماناس.', { USA: ['الامريكان'] }).map((r) => r[1])).toEqual(['retreat.withdrawal']);
  });
  it('one launched or waged is ("أطلقت طاجيكستان عملية عسكرية", "العمليات الأمنية التي تشنها السلطات")', () => {
    expect(rows('أطلقت طاجيكستان عملية عسكرية في منطقة بدخشان.', { Tajikistan: ['طاجيكستان'] }))
      .toEqual([['MOBILIZE', 'mobilize.operation', ['Tajikistan']]]);
    expect(rows('وذلك ضمن العمليات الأمنية التي تشنها السلطات الطاجيكية ضد المسلحين.', { Tajikistan: ['الطاجيكية'] }).map((r) => r[1])).toEqual(['mobilize.operation']);
  });
});
