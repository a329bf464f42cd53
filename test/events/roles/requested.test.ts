// events/roles/requested.ts: who answers a request ("تلبية مناشدة X") is the one asked, and the act asked
// for ("إرسال قوات") is done by the one asked, not by the one who asks.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

type Entities = NonNullable<Parameters<typeof run>[1]>['entities'];
const sides = (text: string, entities: Entities): [string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);
const CSTO = 'Collective Security Treaty Organization';

describe('requests and the act asked for', () => {
  const fx = {
    CSTO: [{ text: 'منظمة معاهدة الأمن الجماعي', nth: 0 }],
    Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'الرئيس الكازاخستاني' }],
    Kazakhstan: [{ text: 'الكازاخستاني', method: 'nisba' as const }],
  };
  it('who answers an appeal is the one asked, and sends the forces asked for', () => {
    expect(sides('قمة منظمة معاهدة الأمن الجماعي. أعلنت دول المنظمة تلبية مناشدة الرئيس الكازاخستاني قاسم جومارت توكاييف إرسال قوات لحفظ السلام', fx)
      .filter(([t]) => t !== 'CONSULT')).toEqual([
      ['REQUEST', ['Kassym-Jomart Tokayev'], [CSTO]],
      ['MOBILIZE', [CSTO], []],
    ]);
  });

  it('an answering noun with no verb ("استجابة لمناشدة") names no one who answers: the appeal keeps its object', () => {
    expect(sides('وقال باشينيان: استجابة لمناشدة الرئيس الكازاخستاني قاسم جومارت توكاييف قادة منظمة معاهدة الأمن الجماعي المساعدة', { ...fx, Pashinyan: ['باشينيان'] })
      .filter(([t]) => t === 'REQUEST')).toEqual([['REQUEST', ['Kassym-Jomart Tokayev'], [CSTO]]]);
  });

  it('طلب من X إرسال: X sends', () => {
    expect(sides('وطلبت طاجيكستان من روسيا إرسال قوات إلى الحدود', { Tajikistan: ['طاجيكستان'], Russia: ['روسيا'] }))
      .toEqual([['REQUEST', ['Tajikistan'], ['Russia']], ['MOBILIZE', ['Russia'], []]]);
  });

  it('an act with its own actor is not the one asked for', () => {
    expect(sides('وطالبت أرمينيا من المنظمة بانسحاب القوات الأذربيجانية', {
      Armenia: ['أرمينيا'], CSTO: [{ text: 'المنظمة' }], Azerbaijan: [{ text: 'الأذربيجانية', method: 'nisba' }],
    }).filter(([t]) => t === 'RETREAT').map((x) => x[1])).toEqual([['Azerbaijan']]);
  });
});

describe('the act a request asks for has not happened', () => {
  const status = (text: string, entities: Entities) => run(text, { entities }).events.map((e) => [e.type, e.status, e.main]);
  it('a noun right after the request in its clause is planned, and the request is the main event ("دعا بوتين إلى إجراء محادثات مع أوكرانيا")', () => {
    expect(status('دعا بوتين إلى إجراء محادثات مع أوكرانيا.', { Putin: ['بوتين'], Ukraine: ['أوكرانيا'] }))
      .toEqual([['REQUEST', 'reported', true], ['CONSULT', 'planned', false]]);
  });
  it('not a verb, nor an act past a comma: another clause\'s ("طالبت روسيا بالهدوء، وأجرت محادثات مع أوكرانيا")', () => {
    expect(status('طالبت روسيا بالهدوء، وبدأت محادثات مع أوكرانيا.', { Russia: ['روسيا'], Ukraine: ['أوكرانيا'] }).map((r) => r[1]))
      .not.toContain('planned');
  });
});
