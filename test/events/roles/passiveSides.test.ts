// events/roles/passiveSides.ts: a passive verbal noun with a pronoun takes the sides named before it.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const sides = (text: string, third = true): [string, string, string[], string[]][] =>
  run(text, { entities: { Uzbekistan: ['أوزبكستان'], Afghanistan: ['أفغانستان'], ...(third ? { Tajikistan: ['طاجيكستان'] } : {}) } }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);

describe('passiveSides', () => {
  it('"الاتفاقية بين A و B، تم توقيعها": the agreement\'s parties sign it', () => {
    expect(sides('وقال إن الاتفاقية بين أوزبكستان وأفغانستان وطاجيكستان، تم توقيعها في العام الماضي.'))
      .toEqual([['SUPPORT', 'support.signing-noun', ['Uzbekistan'], ['Afghanistan', 'Tajikistan']]]);
  });

  it('not without the passive auxiliary, nor without the pronoun', () => {
    expect(sides('وقال إن الاتفاقية بين أوزبكستان وأفغانستان، وتوقيعها مهم.', false).map((e) => e[2])).not.toEqual([['Uzbekistan']]);
    // (the speaker fallback of roles/source.ts may still name them; this rule does not)
    expect(run('الاتفاقية بين أوزبكستان وأفغانستان، تم توقيع ملحق لها.', { entities: { Uzbekistan: ['أوزبكستان'], Afghanistan: ['أفغانستان'] } }).events
      .some((e) => e.basis.includes('sides: بين A و B before the passive'))).toBe(false);
  });
});
