// events/roles/coordinatedSides.ts: the sides of a two-sided act named together as its subject.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const sides = (text: string, entities: Parameters<typeof run>[1]['entities']): [string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);

describe('coordinatedSides', () => {
  it('two states that sign: the first is the source, the other the recipient', () => {
    expect(sides('وقعت روسيا وطاجيكستان اتفاقية لتمديد وجود القاعدة العسكرية.', { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['SUPPORT', ['Russia'], ['Tajikistan']]]);
  });

  it('a president and his counterpart sign a memorandum', () => {
    const text = 'وقع الرئيس الروسي فلاديمير بوتين ونظيره القيرغيزي صدير جاباروف مذكرة تفاهم.';
    expect(sides(text, { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Japarov: [{ text: 'صدير جاباروف', role: 'ونظيره القيرغيزي' }] }))
      .toEqual([['SUPPORT', ['Vladimir Putin'], ['Sadyr Japarov']]]);
  });

  it('two presidents under one dual title, the second after و and his nisba ("الرئيسان الروسي X والأوزبكي Y")', () => {
    const text = 'وقع الرئيسان الروسي فلاديمير بوتين والأوزبكي شوكت ميرضيائيف مذكرة تفاهم.';
    expect(sides(text, { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيسان الروسي' }], Mirziyoyev: ['شوكت ميرضيائيف'] }))
      .toEqual([['SUPPORT', ['Vladimir Putin'], ['Shavkat Mirziyoyev']]]);
  });

  it('a counterpart named by his state alone: "ونظيره القيرغيزي"', () => {
    const text = 'وقع وزير الدفاع الروسي سيرغي شويغو ونظيره القيرغيزي مذكرة تفاهم.';
    expect(sides(text, { Shoigu: [{ text: 'سيرغي شويغو', role: 'وزير الدفاع الروسي' }], Kyrgyzstan: ['القيرغيزي'] }))
      .toEqual([['SUPPORT', ['Sergei Shoigu'], ['Kyrgyzstan']]]);
  });

  it('two states that clash', () => {
    expect(sides('اشتبكت قوات طاجيكستان وقيرغيزستان على الحدود.', { Tajikistan: ['طاجيكستان'], Kyrgyzstan: ['قيرغيزستان'] }))
      .toEqual([['ASSAULT', ['Tajikistan'], ['Kyrgyzstan']]]);
  });

  it('a dual verb after a meeting of two subjects takes both ("التقى X وY ... واتفقا على")', () => {
    const text = 'التقى الرئيسان الروسي فلاديمير بوتين والأوزبكي شوكت ميرضيائيف في موسكو، واتفقا على وقف إطلاق النار.';
    expect(sides(text, { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيسان الروسي' }], Mirziyoyev: ['شوكت ميرضيائيف'], Moscow: ['موسكو'] }))
      .toEqual([['CONSULT', ['Vladimir Putin', 'Shavkat Mirziyoyev'], []], ['AGREE', ['Vladimir Putin', 'Shavkat Mirziyoyev'], []]]);
  });

  it('a meeting keeps its sides together (symmetric)', () => {
    expect(sides('التقى الرئيس فلاديمير بوتين ونظيره قاسم جومارت توكاييف.', { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }], Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'ونظيره' }] }))
      .toEqual([['CONSULT', ['Vladimir Putin', 'Kassym-Jomart Tokayev'], []]]);
  });

  it('two people of one state are one side', () => {
    const text = 'وقع الرئيس الروسي فلاديمير بوتين ووزير الدفاع سيرغي شويغو المرسوم واتفاقية.';
    expect(sides(text, { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Shoigu: [{ text: 'سيرغي شويغو', role: 'ووزير الدفاع' }] }).map(([t, s, r]) => [t, r]))
      .toEqual([['AGREE', []]]); // signing a decree approves it (agree.law-signing)
  });
});
