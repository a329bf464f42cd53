// entities/passes/partyNames.ts: a party named by its adjectives after the definite head.
import { describe, expect, it } from 'vitest';
import { namesIn } from '../helpers.js';

describe('a party named by its adjectives', () => {
  it('"الحزب الشيوعي", "الحزب الليبرالي الديمقراطي": an organisation of that name', () => {
    expect(namesIn('وحصل مرشح الحزب الشيوعي على حوالي 3.2% من الأصوات', 'ORG')).toEqual(['الحزب الشيوعي']);
    expect(namesIn('ويليه زعيم الحزب الليبرالي الديمقراطي بنحو 2% من الأصوات', 'ORG')).toEqual(['الحزب الليبرالي الديمقراطي']);
  });
  it('not a generic adjective (generic_org_adjectives), nor the head alone', () => {
    expect(namesIn('وأصبح الحزب السياسي الوحيد في البلاد', 'ORG')).toEqual([]);
    expect(namesIn('وقال الحزب في بيان', 'ORG')).toEqual([]);
  });
  it('a known party the article has named with the head and those adjectives is that party', () => {
    const ents = namesIn('أعلن حزب النهضة الإسلامي أن الحزب الإسلامي سيشارك في الانتخابات', 'ORG');
    expect(ents).toEqual(['Islamic Renaissance Party of Tajikistan']);
  });
});
