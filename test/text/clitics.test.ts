// The one clitic table, as each engine reads it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DataFileError } from '../../src/errors.js';
import { ABSORBED_ARTICLE, CLITICS_FILE, cliticClass, cliticProblems, ENCLITICS, hasArticle, hasConjunction, OBJECT_ENCLITICS, PROCLITICS, readCliticFile, THIRD_PERSON_ENCLITICS } from '../../src/text/clitics.js';
import { variantInSet, variants } from '../../src/entities/variants.js';
import { foldKey } from '../../src/text/normalize.js';

describe('clitics', () => {
  it('a character class of conjunctions and prepositions by name, in the order named', () => {
    expect(cliticClass('wa', 'fa', 'bi', 'li')).toBe('[وفبل]');
    expect(cliticClass('wa', 'bi', 'li')).toBe('[وبل]');
    expect(cliticClass('bi', 'ka')).toBe('[بك]');
    expect(new RegExp(`^${cliticClass('wa', 'fa')}?الاجتماع$`, 'u').test('فالاجتماع')).toBe(true);
  });
  it('every form is folded and listed once', () => {
    const forms = PROCLITICS.map((p) => p.form);
    expect(new Set(forms).size).toBe(forms.length);
    for (const f of [...forms, ...ENCLITICS]) expect(foldKey(f)).toBe(f);
  });

  it('names stand behind a conjunction or preposition, and لل gives the article back', () => {
    const stop = new Set<string>();
    expect(variants(foldKey('وبموسكو'), stop)).toEqual([{ key: 'وبموسكو', cut: 0 }, { key: 'بموسكو', cut: 1 }, { key: 'موسكو', cut: 2 }]);
    expect(variants(foldKey('للمنظمة'), stop)).toContainEqual({ key: 'المنظمه', cut: 2 });
    // a written article stays part of the name: "والروسية" is tried as "الروسيه", never "روسيه"
    expect(variants(foldKey('والروسية'), stop).map((v) => v.key)).toEqual(['والروسيه', 'الروسيه']);
    // the future prefix is a verb's, never a name's
    expect(variants(foldKey('سمرقند'), stop).map((v) => v.key)).toEqual(['سمرقند']);
  });

  it('the first variant in a set is the one variants() lists first, without making the others', () => {
    const words = ['وبموسكو', 'للمنظمة', 'والروسية', 'سمرقند', 'وزارة', 'بالعاصمة', 'ولل', 'في', 'والحكومة', 'فالمنظمة'].map(foldKey);
    const keys = new Set(words.flatMap((w) => [2, 3].flatMap((min) => variants(w, new Set(), min).map((v) => v.key))));
    // each set: every key, each key alone, and none; with and without the word as a stop word
    const sets = [keys, new Set<string>(), ...[...keys].map((k) => new Set([k]))];
    for (const w of words) for (const stop of [new Set<string>(), new Set([w])]) for (const min of [2, 3]) for (const set of sets) {
      expect(variantInSet(w, stop, min, set)).toEqual(variants(w, stop, min).find((v) => set.has(v.key)));
    }
  });

  it('a conjunction is و or ف at the start', () => {
    expect([hasConjunction('وقال'), hasConjunction('فقد'), hasConjunction('بموسكو')]).toEqual([true, true, false]);
  });

  it('pronoun suffixes: any word\'s, the third person\'s, a verb object\'s', () => {
    expect(ENCLITICS).toEqual(['هما', 'ها', 'هم', 'ه', 'نا']);
    expect(THIRD_PERSON_ENCLITICS).toEqual(['هما', 'ها', 'هم', 'ه']);
    expect(OBJECT_ENCLITICS).toEqual([...ENCLITICS, 'كم', 'ني']);
    expect(ABSORBED_ARTICLE).toBe('لل');
  });
});

describe('the clitic table file (src/data/text/clitics.json)', () => {
  const bundled = (): Record<string, unknown> => JSON.parse(readFileSync(CLITICS_FILE, 'utf8')) as Record<string, unknown>;

  it('the bundled file is valid', () => {
    expect(cliticProblems(bundled())).toEqual([]);
  });

  it('a malformed file is rejected, field by field', () => {
    const bad = bundled();
    bad.prepositions = { bi: 'بب', li: 'ل' };
    bad.extra = true;
    const problems = cliticProblems(bad);
    expect(problems).toContain('top level: must NOT have additional properties ("extra")');
    expect(problems).toContain('field prepositions: must have required property \'ka\'');
    expect(problems.some((p) => p.startsWith('field prepositions.bi: must match pattern'))).toBe(true);
    // the schema passed: what it cannot say
    const shape = bundled();
    shape.proclitics = [{ form: 'و' }, { form: 'وز' }, { form: 'و' }, { form: 'بال' }];
    shape.enclitics = [{ form: 'هة', person: 3 }];
    expect(cliticProblems(shape)).toEqual([
      'field enclitics.0.form: "هة" is not folded, write "هه"',
      'field proclitics.1: "وز" is not a conjunction, a preposition, the article (none) or the future prefix as the file names them',
      'field proclitics.2: "و" is listed twice',
      'field proclitics.3: "بال" is not a conjunction, a preposition, the article (none) or the future prefix as the file names them',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'csto-clitics-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'clitics.json');
    writeFileSync(file, JSON.stringify(shape));
    expect(() => readCliticFile(file)).toThrow(DataFileError);
    expect(() => readCliticFile(file)).toThrow(`${file}: 4 problems`);
    writeFileSync(file, '{"article": ');
    expect(() => readCliticFile(file)).toThrow(/cannot read: /);
  });
});

describe('hasArticle', () => {
  it('the article written or absorbed behind clitics', () => {
    expect(['الاجتماع', 'والقمة', 'للقمة', 'بالعاصمة'].map(hasArticle)).toEqual([true, true, true, true]);
    expect(['زيارة', 'لقمة', 'ال', 'اجتماع'].map(hasArticle)).toEqual([false, false, false, false]);
  });
});
