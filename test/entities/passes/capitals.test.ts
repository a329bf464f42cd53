// entities/passes/capitals.ts: a capital named by its country's nisba or name.
import { describe, expect, it } from 'vitest';
import { at, byId, run, spans } from '../helpers.js';

describe('capitals', () => {
  it('turns "the Tajik capital" into Dushanbe', () => {
    const text = 'عقدت القمة في العاصمة الطاجيكية أمس';
    const ents = run(text);
    expect(spans(ents, 'place:dushanbe')).toEqual([['العاصمة الطاجيكية', ...at(text, 'العاصمة الطاجيكية'), 'nisba']]);
    expect(byId(ents, 'place:tajikistan')).toBeUndefined();
  });
  it('makes "the Kazakh capital Astana" one place', () => {
    const text = 'في العاصمة الكازاخستانية أستانا اليوم';
    const ents = run(text);
    expect(ents.map((e) => e.id)).toEqual(['place:astana']);
    expect(spans(ents, 'place:astana')).toEqual([['العاصمة الكازاخستانية أستانا', ...at(text, 'العاصمة الكازاخستانية أستانا'), 'exact']]);
  });
  it('keeps the country in "عاصمة جمهورية كازاخستان - أستانا" and finds Astana once', () => {
    const text = 'في عاصمة جمهورية كازاخستان - أستانا.';
    const ents = run(text);
    expect(spans(ents, 'place:astana')).toEqual([['أستانا', ...at(text, 'أستانا'), 'exact']]);
    expect(spans(ents, 'place:kazakhstan')).toEqual([['جمهورية كازاخستان', ...at(text, 'جمهورية كازاخستان'), 'exact']]);
  });
  it('gives the capital for "عاصمة كازاخستان" without its name', () => {
    const text = 'وصل إلى عاصمة كازاخستان مساء';
    const ents = run(text);
    expect(spans(ents, 'place:astana')).toEqual([['عاصمة كازاخستان', ...at(text, 'عاصمة كازاخستان'), 'pattern']]);
    expect(byId(ents, 'place:kazakhstan')).toBeDefined();
  });
});
