// entities/passes/orgPatterns.ts: organisations without a gazetteer entry.
import { describe, expect, it } from 'vitest';
import { byId, run } from '../helpers.js';

describe('organisation patterns', () => {
  it('finds organisations after حركة, شركة, منظمة, وكالة and جماعة', () => {
    const text = 'قالت شركة غازبروم وحركة "النهضة الإسلامية" إن جماعة أنصار الله ووكالة إنترفاكس';
    const ents = run(text);
    expect(byId(ents, 'unlinked:ORG:شركه غازبروم')!.mentions[0]).toMatchObject({ text: 'شركة غازبروم', method: 'pattern', confidence: 0.6 });
    expect(byId(ents, 'unlinked:ORG:حركه النهضه الاسلاميه')!.mentions[0].text).toBe('حركة "النهضة الإسلامية');
    expect(byId(ents, 'unlinked:ORG:جماعه انصار الله')).toBeDefined();
    expect(byId(ents, 'unlinked:ORG:وكاله انترفاكس')!.mentions[0].text).toBe('وكالة إنترفاكس');
  });
  it('does not take adjectives or known names as unknown organisations', () => {
    const ents = run('منظمة إرهابية وجبهة واسعة لمكافحة الإرهاب وحركة طالبان');
    expect(ents.map((e) => e.id)).toEqual(['org:taliban']);
    expect(byId(ents, 'org:taliban')!.mentions[0].text).toBe('حركة طالبان');
  });
});
