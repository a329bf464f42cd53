// events/roles/countedPatients.ts: a count right after an arrest or killing verb counts those it is done to, members of the group named.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';

const extractor = createExtractor();
const sides = (type: string) => (text: string): [string[], string[]][] =>
  extractor.extract(text).events.filter((e) => e.type === type).map((e) => [e.source.map((a) => a.name), e.recipient.map((a) => a.name)]);
const arrests = sides('COERCE');
const killings = sides('ASSAULT');

describe('countedPatients', () => {
  it('"اوقف 70 ناشطاً في حزب التحرير": the party\'s activists were detained; the party is no subject', () => {
    expect(arrests('اوقف 70 ناشطاً في حزب التحرير الإسلامي المحظور في شمال طاجيكستان.').map((x) => x[1])).toEqual([['Hizb ut-Tahrir']]);
  });
  it('a state named right after the verb is its subject, the count after it those it arrests ("واعتقلت طاجيكستان 70 ناشطا في حزب التحرير")', () => {
    expect(arrests('واعتقلت طاجيكستان 70 ناشطا في حزب التحرير.')).toEqual([[['Tajikistan'], ['Hizb ut-Tahrir']]]);
  });
  it('two counted peoples joined by و and a count are both hit ("قتل سبعة جنود أرمينيين وثلاثة أذريين"; heldout64)', () => {
    expect(killings('قُتل سبعة جنود أرمينيين وثلاثة أذريين في اشتباكات على خط الجبهة.')).toEqual([[[], ['Armenia', 'Azerbaijan']]]);
  });
  it('a count in words ("خمسة"), and the nisba of the counted noun: "قتل ثلاثة جنود روس" counts Russians killed, not Russia killing', () => {
    expect(killings('قتل ثلاثة جنود روس في طاجيكستان.')).toEqual([[[], ['Russia']]]);
    expect(killings('قتل 3 جنود روس في هجوم على دورية.').slice(0, 1)).toEqual([[[], ['Russia']]]);
    expect(arrests('اعتقلت خمسة عناصر من حزب التحرير.')).toEqual([[[], ['Hizb ut-Tahrir']]]);
  });
  it('a subject before the count is still the subject ("قتل الجيش الأفغاني ثلاثة مسلحين من طالبان")', () => {
    expect(killings('قتل الجيش الأفغاني ثلاثة مسلحين من طالبان.')).toEqual([[['Afghan National Army'], ['Taliban']]]);
  });
});
