// The one table of inflectional endings, as the entity, event and date rules read it.
import { describe, expect, it } from 'vitest';
import { compileClauseWords } from '../../src/events/clause/data.js';
import { readVerb } from '../../src/events/clause/verb.js';
import { nisbaForms } from '../../src/entities/compile.js';
import { readCheckedJson } from '../../src/errors.js';
import { MORPHOLOGY_FILE, morphologyProblems, NISBA, NOUN, PARTICIPLE, STEM, VERB_PAST, VERB_PRESENT, VERBAL_NOUN_SHAPES } from '../../src/text/morphology.js';
import { foldKey } from '../../src/text/normalize.js';

const words = compileClauseWords({
  complementizers: ['أن'], relatives: [], coordinators: ['و'], prepositions: ['في'], clitics: ['ب'],
  speechVerbs: [{ past: 'قال', present: 'قول' }], verbs: [{ past: 'دعم', present: 'دعم' }], genitiveHeads: ['قوات'], attributives: ['التابعة'], nonHumanPlurals: ['دول'],
}, []);
const verb = (w: string): string => {
  const v = readVerb(words, foldKey(w), 0);
  return v ? `${v.tense} ${v.person} ${v.gender ?? '-'} ${v.number}` : 'none';
};

describe('morphology', () => {
  it('names each ending, folded', () => {
    expect(VERB_PAST).toEqual({ feminine: 'ت', plural: 'وا', dual: 'ا', feminine_dual: 'تا', feminine_plural: 'ن', first_plural: 'نا' });
    expect(VERB_PRESENT).toEqual({ plural: 'ون', plural_subjunctive: 'وا', dual: 'ان' });
    expect(NOUN.feminine).toBe('ه');
    expect(NISBA).toEqual({ masculine: 'ي', feminine: 'يه', plural: 'يون', oblique_plural: 'يين', feminine_plural: 'يات' });
  });

  it('a verb\'s person, gender and number come from its endings', () => {
    expect(['دعمت', 'دعموا', 'دعما', 'دعمتا', 'دعم'].map(verb)).toEqual(['past 3 f sg', 'past 3 m pl', 'past 3 m du', 'past 3 f du', 'past 3 m sg']);
    // نا is "us" on a listed verb ("he supported us"), "we" only on a form the lexicon lists (first_plural)
    expect(verb('دعمنا')).toBe('past 3 m sg');
    expect(['تدعم', 'يدعمون', 'يدعمان', 'ندعم', 'سيدعم'].map(verb)).toEqual(['present 3 f sg', 'present 3 m pl', 'present 3 m du', 'present 1 - pl', 'future 3 m sg']);
  });

  it('a country\'s nisba forms are made from the endings', () => {
    expect(nisbaForms(foldKey('روسي'))).toEqual([
      'روسي', 'الروسي', 'روسيه', 'الروسيه', 'روسيين', 'الروسيين', 'روسيون', 'الروسيون', 'روسيات', 'الروسيات', 'روسيان', 'الروسيان', 'روسيتان', 'الروسيتان', 'روسيتين', 'الروسيتين',
    ]);
  });

  it('the built-in file passes its checks; a letter not folded or a missing ending is named', () => {
    const data = readCheckedJson<Record<string, Record<string, string>>>(MORPHOLOGY_FILE, () => []);
    expect(morphologyProblems(data)).toEqual([]);
    expect(morphologyProblems({ ...data, noun: { ...data.noun, feminine: 'ة' } })).toEqual(['field noun.feminine: "ة" is not folded, write "ه"']);
    const { dual: _, ...noDual } = data.verb_past;
    expect(morphologyProblems({ ...data, verb_past: noDual })).toEqual(['field verb_past: must have required property \'dual\'']);
  });
  it('a verbal noun\'s shapes put any letter for the root\'s (ف ع ل); a shape without them once each, in order, is named', () => {
    expect(VERBAL_NOUN_SHAPES).toEqual(['ا\\p{L}ت\\p{L}ا\\p{L}', 'ان\\p{L}\\p{L}ا\\p{L}', 'است\\p{L}\\p{L}ا\\p{L}', 'ت\\p{L}\\p{L}ي\\p{L}']);
    const shape = new RegExp(`^(?:${VERBAL_NOUN_SHAPES.join('|')})$`, 'u');
    expect(['اجتماع', 'انسحاب', 'استقبال', 'تعزيز', 'اجتمع', 'يستقبل'].map((w) => shape.test(w))).toEqual([true, true, true, true, false, false]);
    const data = readCheckedJson<Record<string, unknown>>(MORPHOLOGY_FILE, () => []);
    expect(morphologyProblems({ ...data, verbal_noun: { root: 'فعل', patterns: ['افتعال', 'تفعلة', 'فعلل'] } }))
      .toEqual(['field verbal_noun.patterns.1: "تفعلة" is not folded, write "تفعله"', 'field verbal_noun.patterns.2: "فعلل" must hold the letters of root (فعل) once each, in order']);
    expect(morphologyProblems({ ...data, verbal_noun: { root: 'فعل', patterns: ['لعف'] } })).toEqual(['field verbal_noun.patterns.0: "لعف" must hold the letters of root (فعل) once each, in order']);
  });
  it('the stem letters: a final alef, the long a after ن, the final weak letters of a defective verb; a participle\'s prefix and accusative', () => {
    expect(STEM).toEqual({ final_alef: 'ا', final_weak: 'يا', final_hamza: 'ء', hamza_seats: 'يو' });
    expect(PARTICIPLE).toEqual({ prefix: 'م', accusative: 'ا' });
  });
});
