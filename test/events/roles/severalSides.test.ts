// events/roles/severalSides.ts: an exercise of several states or of an alliance is a joint exercise.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const typed = (text: string, entities: Parameters<typeof run>[1]['entities']): [string, string, string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source)]);

describe('several sides', () => {
  it('two states hold the drills: COOPERATE (joint exercise)', () => {
    expect(typed('أجرت روسيا وبيلاروسيا مناورات عسكرية.', { Russia: ['روسيا'], Belarus: ['بيلاروسيا'] }))
      .toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Russia', 'Belarus']]]);
  });

  it('a dual support verb after أن carries the noun: the two states hold the drills, not the ministry that announces them', () => {
    expect(typed('أعلنت وزارة الدفاع الروسية أن روسيا وبيلاروسيا ستجريان مناورات عسكرية واسعة.', { Russia: ['روسيا'], Belarus: ['بيلاروسيا'] }))
      .toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Russia', 'Belarus']]]);
  });

  it('a partner after مع makes the drills joint ("أجرت روسيا مناورات مع طاجيكستان")', () => {
    expect(typed('وأجرت روسيا بعدها بأسبوع مناورات مماثلة مع طاجيكستان.', { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Russia']]]);
  });

  it('heads of two states stand for their states', () => {
    expect(typed('أجرى الرئيس فلاديمير بوتين والرئيس ألكسندر لوكاشينكو مناورات عسكرية.', {
      Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }], Lukashenko: [{ text: 'ألكسندر لوكاشينكو', role: 'الرئيس' }],
    })).toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Vladimir Putin', 'Alexander Lukashenko']]]);
  });

  it('"مناورات بين روسيا وأوزبكستان" are joint; drills to secure "الحدود بين A و B" are not, for that names a border', () => {
    const fx = { Russia: ['روسيا'], Uzbekistan: ['أوزبكستان'], Afghanistan: ['أفغانستان'], Tajikistan: ['طاجيكستان'] };
    expect(typed('وتجري مناورات عسكرية أخرى بين روسيا وأوزبكستان.', { Russia: fx.Russia, Uzbekistan: fx.Uzbekistan }).map((e) => e[0])).toEqual(['COOPERATE']);
    expect(typed('روسيا تجري تدريبات عسكرية لتأمين الحدود بين أفغانستان وطاجيكستان.', { Russia: fx.Russia, Afghanistan: fx.Afghanistan, Tajikistan: fx.Tajikistan }).map((e) => e[0]))
      .toEqual(['MOBILIZE']);
  });

  it('the alliance holds them: COOPERATE', () => {
    expect(typed('تدريبات قوات منظمة معاهدة الأمن الجماعي تجري في طاجيكستان', { CSTO: ['منظمة معاهدة الأمن الجماعي'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Collective Security Treaty Organization']]]);
  });

  it('one state\'s own drills stay MOBILIZE, whatever border they guard ("بين أفغانستان وطاجيكستان")', () => {
    expect(typed('روسيا تجري تدريبات عسكرية لتأمين الحدود بين أفغانستان وطاجيكستان', { Russia: ['روسيا'], Afghanistan: ['أفغانستان'], Tajikistan: ['طاجيكستان'] })
      .map((x) => x.slice(0, 2))).toEqual([['MOBILIZE', 'mobilize.exercise']]);
  });
});
