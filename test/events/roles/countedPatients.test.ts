// events/roles/countedPatients.ts: a count right after an arrest verb counts those arrested, members of the group named.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';

const extractor = createExtractor();
const arrests = (text: string): [string[], string[]][] =>
  extractor.extract(text).events.filter((e) => e.type === 'COERCE').map((e) => [e.source.map((a) => a.name), e.recipient.map((a) => a.name)]);

describe('countedPatients', () => {
  it('"اوقف 70 ناشطاً في حزب التحرير": the party\'s activists were detained; the party is no subject', () => {
    expect(arrests('اوقف 70 ناشطاً في حزب التحرير الإسلامي المحظور في شمال طاجيكستان.').map((x) => x[1])).toEqual([['Hizb ut-Tahrir']]);
  });
  it('a state named right after the verb is its subject, the count after it those it arrests ("واعتقلت طاجيكستان 70 ناشطا في حزب التحرير")', () => {
    expect(arrests('واعتقلت طاجيكستان 70 ناشطا في حزب التحرير.')).toEqual([[['Tajikistan'], ['Hizb ut-Tahrir']]]);
  });
});
