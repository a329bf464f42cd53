// story/authorities.ts: authorities of no named state act for the state where a coercive act takes place.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const entities = { Tajikistan: ['طاجيكستان'], Rahmon: ['رحمان'] };
const sides = (text: string) => run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);

describe('unnamed authorities', () => {
  it('"حاولت قوات خاصة اعتقال رحمان في طاجيكستان": the special forces act for the state of the place', () => {
    expect(sides('حاولت قوات خاصة اعتقال رحمان في طاجيكستان.')).toEqual([['COERCE', ['Tajikistan'], ['Emomali Rahmon']]]);
  });

  it('no authorities named: an attack\'s source stays unknown; an arrest only a state makes is the state\'s (roles/stateActs.ts)', () => {
    expect(sides('جرت محاولة اغتيال رحمان في طاجيكستان.')).toEqual([['ASSAULT', [], ['Emomali Rahmon']]]);
    expect(sides('جرت محاولة اعتقال رحمان في طاجيكستان.')).toEqual([['COERCE', ['Tajikistan'], ['Emomali Rahmon']]]);
  });
  it('an arrest no one is named making, where the story places it, is that state\'s; with no place it is dropped', () => {
    expect(sides('اعتقلت الشرطة المعارض رحمان في طاجيكستان. وتم توقيف العشرات من أنصاره.')).toEqual([
      ['COERCE', ['Tajikistan'], ['Emomali Rahmon']], ['COERCE', ['Tajikistan'], []]]);
    expect(sides('أعلنت طاجيكستان دعمها لرحمان. وتم توقيف العشرات من أنصاره.').map(([type]) => type)).toEqual(['SUPPORT']);
  });
  it('a dateline is where the report was filed: its state is not the authorities\' ("موسكو - اعتقلت الشرطة رحمان")', () => {
    const { events } = run('موسكو -\nاعتقلت الشرطة رحمان. وانتقدت روسيا ذلك.', { entities: { Moscow: ['موسكو'], Rahmon: ['رحمان'], Russia: ['روسيا'] } });
    expect(events.filter((e) => e.type === 'COERCE').map((e) => [names(e.source), names(e.recipient), e.location?.basis ?? null])).toEqual([[[], ['Emomali Rahmon'], 'dateline']]);
  });
});
