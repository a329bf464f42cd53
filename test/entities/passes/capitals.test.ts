// entities/passes/capitals.ts: a capital named by its country's nisba or name.
import { describe, expect, it } from 'vitest';
import { at, byId, run, spans } from '../helpers.js';

describe('capitals', () => {
  it('"the Tajik capital" is Dushanbe, and no mention of Tajikistan', () => {
    const text = 'عقدت القمة في العاصمة الطاجيكية أمس';
    const ents = run(text);
    expect([spans(ents, 'place:dushanbe'), byId(ents, 'place:tajikistan')]).toEqual([[['العاصمة الطاجيكية', ...at(text, 'العاصمة الطاجيكية'), 'nisba']], undefined]);
  });
  it('"the Kazakh capital Astana" is one place', () => {
    const text = 'في العاصمة الكازاخستانية أستانا اليوم';
    const phrase = 'العاصمة الكازاخستانية أستانا';
    expect(run(text).map((e) => [e.id, e.mentions.map((m) => [m.text, m.start, m.end, m.method])])).toEqual([['place:astana', [[phrase, ...at(text, phrase), 'exact']]]]);
  });
  it('"عاصمة جمهورية كازاخستان - أستانا": the country stays, Astana is found once', () => {
    const text = 'في عاصمة جمهورية كازاخستان - أستانا.';
    const ents = run(text);
    expect(spans(ents, 'place:astana')).toEqual([['أستانا', ...at(text, 'أستانا'), 'exact']]);
    expect(spans(ents, 'place:kazakhstan')).toEqual([['جمهورية كازاخستان', ...at(text, 'جمهورية كازاخستان'), 'exact']]);
  });
  it('"عاصمة كازاخستان" without its name: the capital over the phrase, the country kept', () => {
    const text = 'وصل إلى عاصمة كازاخستان مساء';
    const ents = run(text);
    expect(spans(ents, 'place:astana')).toEqual([['عاصمة كازاخستان', ...at(text, 'عاصمة كازاخستان'), 'pattern']]);
    expect(spans(ents, 'place:kazakhstan').map((s) => s[0])).toEqual(['كازاخستان']);
  });
});
