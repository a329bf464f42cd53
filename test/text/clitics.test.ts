// The one clitic table, as each engine reads it.
import { describe, expect, it } from 'vitest';
import { ENCLITICS, hasConjunction, PROCLITICS } from '../../src/text/clitics.js';
import { variants } from '../../src/entities/variants.js';
import { foldKey } from '../../src/text/normalize.js';

describe('clitics', () => {
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

  it('a conjunction is و or ف at the start', () => {
    expect([hasConjunction('وقال'), hasConjunction('فقد'), hasConjunction('بموسكو')]).toEqual([true, true, false]);
  });
});
