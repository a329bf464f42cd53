// entities/names.ts: which words can be part of a name.
import { describe, expect, it } from 'vitest';
import { byId, run } from './helpers.js';

const persons = (text: string): string[] => run(text).filter((e) => e.type === 'PERSON').map((e) => e.mentions[0].text);

describe('words of a name', () => {
  it('a hamza or madda on the alef (article_lookalikes: أل, إل, آل) starts a given name', () => {
    expect(persons('وقال الخبير العسكري الروسي إلدار حسنوف إن')).toEqual(['إلدار حسنوف']);
    expect(persons('وقال الخبير العسكري الروسي آلان دزاغوييف إن')).toEqual(['آلان دزاغوييف']);
    expect(byId(run('وقال الخبير العسكري الروسي ألكسندر حسنوف إن'), 'unlinked:PERSON:الكسندر حسنوف')).toBeDefined();
  });
  it('the same letters with a bare alef are the article: no name starts there', () => {
    expect(persons('وقال الخبير العسكري الروسي الدار حسنوف إن')).toEqual([]);
  });
  it('but a foreign given name the press writes with a bare alef does (article_lookalikes: الكسندر, اليكسي)', () => {
    expect(persons('وتوجه الجنرال الكسندر ماركين قائد حرس الحدود')).toEqual(['الكسندر ماركين']);
    expect(persons('وقال الخبير العسكري الروسي اليكسي حسنوف إن')).toEqual(['اليكسي حسنوف']);
  });
});
