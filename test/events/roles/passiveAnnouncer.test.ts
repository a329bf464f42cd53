// roles/passiveAnnouncer.ts: a state body that announces an arrest told in the passive is who made it.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';

const extractor = createExtractor();
const arrests = (text: string): [string[], string[]][] =>
  extractor.extract(text).events.filter((e) => e.type === 'COERCE').map((e) => [e.source.map((a) => a.name), e.recipient.map((a) => a.name)]);

describe('passiveAnnouncer', () => {
  it('"أعلنت وزارة الداخلية في طاجيكستان أنه تم اعتقال ...": the ministry arrests (heldout12)', () => {
    expect(arrests('أعلنت وزارة الداخلية في طاجيكستان، أمس، أنه تم اعتقال ثلاثة عناصر من الحركة الإسلامية في أوزبكستان.'))
      .toEqual([[['Ministry of Internal Affairs of Tajikistan'], ['Islamic Movement of Uzbekistan']]]);
  });
  it('not a speaker who is no state body, nor an act in the active voice', () => {
    expect(arrests('أعلنت حركة طالبان أنه تم اعتقال ثلاثة عناصر من الحركة الإسلامية في أوزبكستان.').map((x) => x[0])).not.toContainEqual(['Taliban']);
    expect(arrests('أعلنت وزارة الداخلية في طاجيكستان أن الشرطة الأفغانية اعتقلت ثلاثة عناصر من الحركة الإسلامية في أوزبكستان.').map((x) => x[0]))
      .not.toContainEqual(['Ministry of Internal Affairs of Tajikistan']);
  });
});
