// events/clause/remark.ts: a remark between dashes or in parentheses after a trigger is passed over when
// the words the trigger needs are looked for ("ووقعت دول المنظمة -التي تضم ...- أكثر من 20 وثيقة").
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const signed = (text: string) =>
  run(text, { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Belarus: ['بيلاروسيا'], Kazakhstan: ['كازاخستان'], Armenia: ['أرمينيا'] } })
    .events.map((e) => [e.type, names(e.source)]);

describe('remarks', () => {
  it('a remark between dashes does not push the signed documents out of the signing verb\'s reach', () => {
    expect(signed('ووقعت دول منظمة معاهدة الأمن الجماعي -التي تضم كلا من بيلاروسيا وكازاخستان وأرمينيا- أكثر من 20 وثيقة مشتركة.'))
      .toEqual([['SUPPORT', ['Collective Security Treaty Organization']]]);
  });
  it('... nor one in parentheses', () => {
    expect(signed('ووقعت دول منظمة معاهدة الأمن الجماعي (وهي بيلاروسيا وكازاخستان وأرمينيا) أكثر من 20 وثيقة مشتركة.'))
      .toEqual([['SUPPORT', ['Collective Security Treaty Organization']]]);
  });
  it('without the documents the verb is "وقعت" (happened), no signing', () => {
    const { events } = run('ووقعت في كازاخستان -التي تضم أقليات كثيرة- اشتباكات عنيفة.', { entities: { Kazakhstan: ['كازاخستان'] } });
    expect(events.filter((e) => e.type === 'SUPPORT')).toEqual([]);
  });
});
