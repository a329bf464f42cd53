// roles/unnamedSubject.ts: people a report does not name, right after the verb, are its subject; the actor
// named after them is no source.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';

const extractor = createExtractor();
const attacks = (text: string): [string[], string[]][] =>
  extractor.extract(text).events.filter((e) => e.type === 'ASSAULT').map((e) => [e.source.map((a) => a.name), e.recipient.map((a) => a.name)]);

describe('unnamedSubject', () => {
  it('"واقتحم متظاهرون مقر الحكومة الأرمينية": the protesters storm the government\'s seat, the government does not', () => {
    expect(attacks('واقتحم متظاهرون مقر الحكومة الأرمينية في العاصمة يريفان.')).toEqual([[[], ['Government of Armenia']]]);
  });
  it('a count before them ("اقتحم مئات من الشبان")', () => {
    expect(attacks('واقتحم مئات من الشبان مقر وزارة الداخلية القرغيزية في بشكيك.').map((x) => x[0])).toEqual([[]]);
  });
  it('members of a group or of a state are theirs ("مسلحون من حركة طالبان", "مسلحين أفغان")', () => {
    expect(attacks('وهاجم مسلحون من حركة طالبان مركزا للشرطة.').map((x) => x[0])).toEqual([['Taliban']]);
  });
  it('the authorities of no state named ("اعتقلت الشرطة 70 عضوا في حزب التحرير"): not the group they arrest; the police of a state named are that state\'s', () => {
    const arrests = (text: string) => extractor.extract(text).events.filter((e) => e.type === 'COERCE').map((e) => [e.source.map((a) => a.name), e.recipient.map((a) => a.name)]);
    expect(arrests('اعتقلت الشرطة 70 عضوا في حزب التحرير الإسلامي.')).toEqual([[[], ['Hizb ut-Tahrir']]]);
    expect(arrests('اعتقلت شرطة طاجيكستان 70 عضوا في حزب التحرير.')).toEqual([[['Police of Tajikistan'], ['Hizb ut-Tahrir']]]);
  });
  it('supporters act for the one named right after them ("استولى أنصار للرئيس المخلوع باكاييف", "اقتحم مؤيدون لـ...")', () => {
    expect(attacks('استولى أنصار للرئيس القرغيزي المخلوع كرمان بك باكاييف على مقر الحكومة الإقليمية في مدينة أوش.')).toEqual([[['Kurmanbek Bakiyev'], []]]);
    expect(attacks('واشتبك أنصار باكاييف مع حراس المقر في أوش.').map((x) => x[0])).toEqual([['Kurmanbek Bakiyev']]);
    expect(attacks('واقتحم مؤيدون للرئيس السابق ألمظ بك أتامباييف مقر الحكومة.').map((x) => x[0])).toEqual([['Almazbek Atambayev']]);
  });
  it('a named subject after the verb is as before', () => {
    expect(attacks('وهاجمت القوات الأذربيجانية مواقع أرمينية.').map((x) => x[0])).toEqual([['Azerbaijan']]);
  });
});
