// events/roles/between.ts: بين A و B after the trigger names both sides.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';
import { names, run } from '../helpers.js';

const sides = (text: string, entities: Parameters<typeof run>[1]['entities']): [string, string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);

describe('betweenSides', () => {
  it('the first side is the source, the others the recipient', () => {
    expect(sides('وقعت اشتباكات بين قيرغيزستان وطاجيكستان على الحدود.', { Kyrgyzstan: ['قيرغيزستان'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['ASSAULT', 'assault.clashes', ['Kyrgyzstan'], ['Tajikistan']]]);
  });

  it('"بين القوات الحدودية لدولة طاجيكستان وقوات طالبان": a head with the article and its adjective, and و on the next side\'s head', () => {
    expect(sides('وقع اشتباك مسلح بين القوات الحدودية لدولة طاجيكستان وقوات "طالبان" على الحدود.', { Tajikistan: ['طاجيكستان'], Taliban: ['طالبان'] }))
      .toEqual([['ASSAULT', 'assault.clashes', ['Tajikistan'], ['Taliban']]]);
  });
  it('a capital after بين, by an event\'s word, is a side: its state\'s (heldout52); the source\'s own capital is none', () => {
    const recipients = (text: string) => createExtractor().extract(text).events.map((e) => [e.trigger.text, e.source.map((a) => a.name), e.recipient.map((a) => a.name)]);
    expect(recipients('روسيا تأمل في توقيع اتفاقية السلام بين واشنطن وطالبان في أقرب وقت')).toEqual([['توقيع', ['Russia'], ['Washington', 'Taliban']]]);
    expect(recipients('وبحث الرئيس الروسي فلاديمير بوتين تعزيز العلاقات بين موسكو وطاجيكستان.').find(([t]) => t === 'تعزيز')?.[2]).toEqual(['Tajikistan']);
  });

  it('a ratified agreement "بين A و B و C": the other parties are the recipient, not the ratifying state itself', () => {
    const text = 'وصادق البرلمان الطاجيكي على اتفاقية ترسيم الحدود بين طاجيكستان وقيرغيزستان وأوزبكستان.';
    expect(sides(text, { Tajikistan: ['الطاجيكي', 'طاجيكستان'], Kyrgyzstan: ['قيرغيزستان'], Uzbekistan: ['أوزبكستان'] }))
      .toEqual([['AGREE', 'agree.ratification', ['Tajikistan'], ['Kyrgyzstan', 'Uzbekistan']]]);
  });
  it('"بين جيوش كل من A و B و C": the heads of the sides and "كل من" do not push the first side out of reach', () => {
    const text = 'وستجري مناورات مشتركة بين جيوش كل من روسيا وقيرغيزستان وطاجيكستان.';
    expect(sides(text, { Russia: ['روسيا'], Kyrgyzstan: ['قيرغيزستان'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Russia'], ['Kyrgyzstan', 'Tajikistan']]]);
  });

  it('a trigger word whose required context is absent does not end the phrase ("صادقوا على اتفاقية ترسيم الحدود بين A و B")', () => {
    const fx = { entities: { Tajikistan: ['طاجيكستان'], Kyrgyzstan: ['قيرغيزستان'], Uzbekistan: ['أوزبكستان'] } };
    const { events } = run('صادقت طاجيكستان على اتفاقية ترسيم الحدود بين طاجيكستان وقيرغيزستان وأوزبكستان.', fx);
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['AGREE', ['Tajikistan'], ['Kyrgyzstan', 'Uzbekistan']]]);
  });

  it('an adjective of the trigger before بين is no place ("تدريبات عسكرية بين A و B" is a joint exercise; "الحدود بين" is a place)', () => {
    expect(sides('بدأت تدريبات عسكرية بين روسيا وكازاخستان.', { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] }))
      .toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Russia'], ['Kazakhstan']]]);
    expect(sides('أجرت روسيا تدريبات على الحدود بين أفغانستان وطاجيكستان.', { Russia: ['روسيا'], Afghanistan: ['أفغانستان'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['MOBILIZE', 'mobilize.exercise', ['Russia'], ['Afghanistan', 'Tajikistan']]]);
  });

  it('"بمشاركة A و B" (the frame gives it the sides) past a place phrase: the exercise of several states is joint, and one named side does it', () => {
    const nisba = (text: string) => ({ text, method: 'nisba' as const });
    expect(sides('بدأت التدريبات العسكرية الدولية التي تجري في كازاخستان بمشاركة وحدات عسكرية كازاخية وأميركية وبريطانية.',
      { Kazakhstan: ['كازاخستان', nisba('كازاخية')], USA: [nisba('أميركية')], UK: [nisba('بريطانية')] }))
      .toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Kazakhstan'], ['United States', 'United Kingdom']]]);
    expect(sides('بدأت التدريبات العسكرية بمشاركة وحدات روسية.', { Russia: [nisba('روسية')] })).toEqual([['MOBILIZE', 'mobilize.exercise', ['Russia'], []]]);
    // the frame's marker word ends the noun's genitive: Kazakhstan is no source of Russia's exercise
    expect(sides('أجرت روسيا التدريبات العسكرية بمشاركة كازاخستان.', { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] }))
      .toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Russia'], ['Kazakhstan']]]);
  });
});
