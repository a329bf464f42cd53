// entities/passes/credits.ts: a nisba alone in parentheses credits a news agency, it names no state.
import { describe, expect, it } from 'vitest';
import { at, byId, run, spans } from '../helpers.js';

describe('agency credits', () => {
  it('"(الروسية)" after a caption is no mention of Russia; the caption\'s subject still is', () => {
    const text = 'فلاديمير بوتين وعد بتقديم أسلحة لشركائه في طاجيكستان (الروسية)';
    const ents = run(text);
    expect(byId(ents, 'place:russia')).toBeUndefined();
    expect(spans(ents, 'place:tajikistan').map((s) => s[0])).toEqual(['طاجيكستان']);
  });
  it('spaces inside the parentheses change nothing', () => {
    expect(byId(run('قادة المنظمة في القمة ( الروسية )'), 'place:russia')).toBeUndefined();
  });
  it('a nisba with other words in the parentheses still names its state', () => {
    const text = 'وصل الوفد (الروسي برئاسة الوزير) إلى دوشنبه';
    expect(spans(run(text), 'place:russia')).toEqual([['الروسي', ...at(text, 'الروسي'), 'nisba']]);
  });
});
