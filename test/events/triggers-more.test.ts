// Trigger words added after a review against PLOVER and Arabic news style: one test per rule.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

describe('trigger additions', () => {
  it('support.backing-verb: يدعم needs no context word (the verb, not the noun دعم)', () => {
    const { events } = run('وقال الوزير إن روسيا تدعم كازاخستان في جهودها.', { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] } });
    expect(events.map((e) => [e.type, e.rule, e.trigger.text])).toEqual([['SUPPORT', 'support.backing-verb', 'تدعم']]);
  });

  it('support.backing: the bare دعم, often the noun, still needs its context word', () => {
    const { events } = run('وتحدث الوزير عن دعم روسيا.', { entities: { Russia: ['روسيا'] } });
    expect(events).toEqual([]);
  });

  it('support.appreciation: ثمن', () => {
    const { events } = run('وثمن الرئيس الطاجيكي إمام علي رحمان دور منظمة معاهدة الأمن الجماعي.', {
      entities: { Rahmon: [{ text: 'إمام علي رحمان', role: 'الرئيس الطاجيكي' }], CSTO: ['منظمة معاهدة الأمن الجماعي'] },
    });
    expect(events.map((e) => [e.type, e.rule, names(e.source)])).toEqual([['SUPPORT', 'support.appreciation', ['Emomali Rahmon']]]);
  });

  it('accuse.denunciation: نددت', () => {
    const { events } = run('ونددت كازاخستان بالهجوم على حرس الحدود.', { entities: { Kazakhstan: ['كازاخستان'] } });
    expect(events.map((e) => [e.type, e.subtype, e.rule, names(e.source)])).toEqual([['ACCUSE', 'condemnation', 'accuse.denunciation', ['Kazakhstan']]]);
  });

  it('mobilize.arrival: وصلت قوات ... إلى — the place is where they arrive', () => {
    const { events } = run('ووصلت قوات روسية إلى كازاخستان.', { entities: { Russia: [{ text: 'روسية', method: 'nisba' }], Kazakhstan: ['كازاخستان'] } });
    expect(events.map((e) => [e.type, e.rule, e.location?.name])).toEqual([['MOBILIZE', 'mobilize.arrival', 'Kazakhstan']]);
  });

  it('mobilize.arrival: a minister arriving is a visit, not a deployment', () => {
    const { events } = run('ووصل وزير الخارجية الروسي إلى دوشنبه.', { entities: { Dushanbe: ['دوشنبه'] } });
    expect(events.filter((e) => e.type === 'MOBILIZE')).toEqual([]);
  });

  it('aid.delivery: سلمت ... معدات', () => {
    const { events } = run('وسلمت روسيا معدات عسكرية إلى طاجيكستان.', { entities: { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, e.rule, names(e.source)])).toEqual([['AID', 'aid.delivery', ['Russia']]]);
  });
});
