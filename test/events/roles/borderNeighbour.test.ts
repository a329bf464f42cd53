// events/roles/borderNeighbour.ts: forces sent to, or raised for, the border with a country face it (recipient).
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);

describe('borderNeighbour', () => {
  it('"نشرت طاجيكستان قوات إضافية على الحدود مع أفغانستان": Afghanistan is across the border', () => {
    expect(rows('نشرت طاجيكستان قوات إضافية على الحدود مع أفغانستان.', { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] }))
      .toEqual([['MOBILIZE', 'mobilize.troop-deployment', ['Tajikistan'], ['Afghanistan']]]);
  });
  it('reservists called up "لتعزيز الحدود مع أفغانستان"', () => {
    expect(rows('أصدر الرئيس الطاجيكي إمام علي رحمن أمراً بتجنيد 20 ألف جندي احتياطي لتعزيز الحدود مع أفغانستان.', { Rahmon: ['إمام علي رحمن'], Afghanistan: ['أفغانستان'] }))
      .toEqual([['MOBILIZE', 'mobilize.call-up', ['Emomali Rahmon'], ['Afghanistan']]]);
  });
  it('a border far from the trigger, or another kind of event, gives no recipient', () => {
    expect(rows('نشرت طاجيكستان قوات إضافية في منطقة بدخشان الجبلية النائية التي تقع في شرق البلاد على الحدود مع أفغانستان.', { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] }))
      .toEqual([['MOBILIZE', 'mobilize.troop-deployment', ['Tajikistan'], []]]);
    expect(rows('أجرت طاجيكستان مناورات عسكرية على الحدود مع أفغانستان.', { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] }).map((r) => r[3]))
      .toEqual([[]]);
  });
});
