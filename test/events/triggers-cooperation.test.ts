// Cooperation strengthened ("ستعزز التعاون مع"), and a road map signed ("وقع ... خارطة طريق"): entries of
// data/events/triggers.json, each test failing without its data change.
import { describe, expect, it } from 'vitest';
import { ruleRows as rows } from './helpers.js';

describe('strengthening cooperation', () => {
  it('a verb: "إن المنظمة ستعزز التعاون مع X" (the side after مع, past "كل من", is the recipient)', () => {
    expect(rows('قال زاس إن منظمة معاهدة الأمن الجماعي ستعزز التعاون مع كل من منظمة شنغهاي للتعاون.', { Zas: ['زاس'], CSTO: ['منظمة معاهدة الأمن الجماعي'], SCO: ['منظمة شنغهاي للتعاون'] }))
      .toEqual([['COOPERATE', 'cooperate.strengthening-verb', ['Collective Security Treaty Organization'], ['Shanghai Cooperation Organisation']]]);
  });
  it('a verbal noun: "توسيع التعاون الأمني" agreed by two presidents', () => {
    expect(rows('وبحث بوتين ورحمان توسيع التعاون الأمني بين روسيا وطاجيكستان.', { Putin: ['بوتين'], Rahmon: ['رحمان'], Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] }).map((r) => r[1]))
      .toContain('cooperate.strengthening');
  });
  it('a topic of talks or the name of an agreement is no act ("سبل تعزيز التعاون", "اتفاقية تطوير التعاون")', () => {
    const entities = { CSTO: ['منظمة معاهدة الأمن الجماعي'], SCO: ['منظمة شنغهاي للتعاون'] };
    expect(rows('وسيناقش المشاركون سبل تعزيز التعاون بين منظمة معاهدة الأمن الجماعي ومنظمة شنغهاي للتعاون.', entities).map((r) => r[1])).not.toContain('cooperate.strengthening');
    expect(rows('وتم توقيع اتفاقية تطوير التعاون بين منظمة معاهدة الأمن الجماعي ومنظمة شنغهاي للتعاون.', entities).map((r) => r[1])).not.toContain('cooperate.strengthening');
  });
});

describe('strengthening cooperation as the content of another act', () => {
  it('agreed on, called for or declared ready for, it is that act\'s theme, no record of its own', () => {
    const entities = { Putin: ['بوتين'], Tokayev: ['توكاييف'] };
    for (const text of ['واتفق بوتين وتوكاييف على تعزيز التعاون.', 'ودعا بوتين إلى تعزيز التعاون مع توكاييف.', 'وأكد بوتين استعداد بلاده لتعزيز التعاون مع توكاييف.']) {
      expect(rows(text, entities).map((r) => r[1])).not.toContain('cooperate.strengthening');
    }
  });
});

describe('a road map signed', () => {
  it('"وقع الأمناء العامون ... خارطة طريق" is a signing', () => {
    expect(rows('ووقع الأمناء العامون لمنظمة معاهدة الأمن الجماعي ومنظمة شنغهاي للتعاون خارطة طريق للتعاون.', { CSTO: ['منظمة معاهدة الأمن الجماعي'], SCO: ['منظمة شنغهاي للتعاون'] }).map((r) => r[1]))
      .toContain('support.signing');
  });
});
