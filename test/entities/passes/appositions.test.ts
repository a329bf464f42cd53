// entities/passes/appositions.ts: a speaker the reader does not know, his title after his name.
import { describe, expect, it } from 'vitest';
import { at, namesIn, run } from '../helpers.js';

describe('a speaker named before his title', () => {
  it('after a speech verb, with or without a comma, with the title as his role', () => {
    const text = 'ورداً على سؤال عن التقرير قال جلين فلود المتحدث باسم البنتاغون إن';
    const p = run(text).find((e) => e.type === 'PERSON')!;
    expect(p.name).toBe('جلين فلود');
    expect(p.mentions).toEqual([{ text: 'جلين فلود', start: at(text, 'جلين')[0], end: at(text, 'فلود')[1], sentence: 0, method: 'pattern', confidence: 0.6, role: 'المتحدث باسم' }]);
    expect(namesIn('وقال سيريك شالباييف، رئيس النيابة العامة، إن', 'PERSON')).toEqual(['سيريك شالباييف']);
    expect(namesIn('قالت سفيتلانا بايتيكوفا المتحدثة باسم وزارة الصحة في قرغيزستان إن', 'PERSON')).toEqual(['سفيتلانا بايتيكوفا']);
  });
  it('not the noun a title is the genitive of ("مراسم تشييع الرئيس", "شغل منصب رئيس"), nor one word', () => {
    expect(namesIn('وجرت مراسم تشييع الرئيس في العاصمة', 'PERSON')).toEqual([]);
    expect(namesIn('الذي شغل منصب رئيس الوزراء', 'PERSON')).toEqual([]);
    expect(namesIn('وقال فلود المتحدث باسم الوزارة إن', 'PERSON')).toEqual([]);
  });
});
