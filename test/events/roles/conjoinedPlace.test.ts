// events/roles/conjoinedPlace.ts: a verb joined by و to the event before, with its subject and no place of its own, took place there too.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const LEAD = 'أبرم الرئيس الروسي فلاديمير بوتين الخميس في بشكيك اتفاقات مع نظيره القرغيزي الماظ بك اتامباييف';
const FX = { Putin: ['فلاديمير بوتين'], Bishkek: ['بشكيك'], Kyrgyzstan: ['القرغيزي'] };
const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), e.location?.name ?? null]);

describe('conjoinedPlace', () => {
  it('"أبرم بوتين في بشكيك اتفاقات ... وتلغي ديونها": the debts were written off in Bishkek', () => {
    const text = `${LEAD} اتفاقات تمدد للوجود العسكري الروسي في الجمهورية السوفياتية السابقة وتلغي ديونها التي تبلغ حوالى 500 مليون دولار.`;
    expect(rows(text, FX)).toEqual([['AGREE', ['Vladimir Putin'], 'Bishkek'], ['AID', ['Vladimir Putin'], 'Bishkek']]);
  });
  it('a verb with another subject takes no place from the event before ("، وتقدم أوزبكستان مساعدات لقرغيزستان")', () => {
    const text = `${LEAD}، وتقدم أوزبكستان مساعدات لقرغيزستان.`;
    const out = rows(text, { ...FX, Kyrgyzstan: ['القرغيزي', 'قرغيزستان'], Uzbekistan: ['أوزبكستان'] });
    expect(out).toEqual([['AGREE', ['Vladimir Putin'], 'Bishkek'], ['AID', ['Uzbekistan'], null]]);
  });
});
