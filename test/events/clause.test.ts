// The shallow clause analysis (src/events/clause) on sentences of the kinds issue 17 lists.
import { describe, expect, it } from 'vitest';
import { analyzeSentence, subjectOf, withConjoined, type SentenceAnalysis, type SentenceInput } from '../../src/events/clause/index.js';
import { objectOnVerb, readVerb } from '../../src/events/clause/verb.js';
import { CLAUSE_WORDS, clauseWordsProblems, loadClauseWords, NOT_A_VERB_RE } from '../../src/events/clause/data.js';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/text/analyze.js';

/** One sentence with its mentions: [surface, type, entity, title before it?]; a surface is found after the previous one. */
function input(text: string, mentions: [string, string, string, string?][]): SentenceInput {
  const t = analyze(text);
  let from = 0;
  return {
    folded: t.folded,
    tokens: Array.from({ length: t.tokens.length }, (_, k) => k).filter((k) => t.tokens.sentence[k] === 0).map((k) => ({ start: t.tokens.start[k], end: t.tokens.end[k] })),
    mentions: mentions.map(([surface, type, entity, title]) => {
      const start = t.text.indexOf(surface, from);
      if (start < 0) throw new Error(`no ${surface}`);
      from = start + surface.length;
      const m = { start, end: start + surface.length, type, entity };
      return title ? { ...m, titleStart: t.text.lastIndexOf(title, start) } : m;
    }),
  };
}
const run = (text: string, mentions: [string, string, string, string?][]): { a: SentenceAnalysis; i: SentenceInput } => {
  const i = input(text, mentions);
  return { a: analyzeSentence(i), i };
};
/** The entity a phrase stands for. */
const who = (r: { a: SentenceAnalysis; i: SentenceInput }, np: number | null): string | null => (np === null ? null : r.i.mentions[r.a.nps[np].head].entity);
const word = (r: { a: SentenceAnalysis; i: SentenceInput }, tok: number | null): string | null => (tok === null ? null : r.i.folded.slice(r.i.tokens[tok].start, r.i.tokens[tok].end));

describe('verbs: person, gender, number from the affixes', () => {
  const w = loadClauseWords();
  const v = (s: string) => { const x = readVerb(w, s, 0); return x && `${x.tense} ${x.person}${x.gender ?? ''} ${x.number}${x.conjoined ? ' و' : ''}${x.object ? ' +obj' : ''}`; };
  it('present prefixes ي ت ن with ون / ان', () => {
    expect(v('تطلب')).toBe('present 3f sg');
    expect(v('يعقدون')).toBe('present 3m pl');
    expect(v('ندعو')).toBe('present 1 pl');
    expect(v('وتنتقد')).toBe('present 3f sg و');
    expect(v('سترسل')).toBe('future 3f sg');
    expect(v('تقوده')).toBe('present 3f sg +obj');
  });
  it('past suffixes ت وا ا', () => {
    expect(v('ايدت')).toBe('past 3f sg');
    expect(v('اتفقوا')).toBe('past 3m pl');
    expect(v('اتفقا')).toBe('past 3m du');
    expect(v('دعا')).toBe('past 3m sg'); // its ا is the root's
    expect(v('تعهد')).toBe('past 3m sg'); // ت of the form تفعّل, not the present prefix
  });
  it('no verb reading for nouns', () => {
    expect(v('تدريبات')).toBeNull();
    expect(v('منظمه')).toBeNull();
    expect(v('انسحاب')).toBeNull();
  });
});

describe('a verb with an object pronoun that no noun shares its form with', () => {
  it('a present, a future, a derived past in ا; not a form that is a noun as well', () => {
    for (const w of ['يتهمها', 'سيزورها', 'ستزوره', 'اتهمها', 'استقبله', 'انتقدها']) expect(objectOnVerb(w), w).toBe(true);
    for (const w of ['تعاونها', 'دعمها', 'رفضهم', 'اتهامها', 'استقباله', 'انسحابها', 'اتهم']) expect(objectOnVerb(w), w).toBe(false);
    // "استقالته": the rule's noun استقالة with its possessor, not the feminine past "استقالت" + ه
    expect(objectOnVerb('استقالته')).toBe(true);
    expect(objectOnVerb('استقالته', ['استقاله'])).toBe(false);
    expect(objectOnVerb('استقبلته', ['استقبال'])).toBe(true);
  });
});

describe('clauses, subjects and objects', () => {
  it('headline SVO with a shared subject: منظمة ... تدعم أرمينيا وتنتقد أذربيجان', () => {
    const r = run('منظمة معاهدة الأمن الجماعي تدعم أرمينيا وتنتقد أذربيجان', [
      ['منظمة معاهدة الأمن الجماعي', 'ORG', 'CSTO'], ['أرمينيا', 'PLACE', 'Armenia'], ['أذربيجان', 'PLACE', 'Azerbaijan']]);
    expect(r.a.clauses.map((c) => [c.kind, c.order, word(r, c.verb?.tok ?? null)])).toEqual([['main', 'SVO', 'تدعم'], ['coordinate', 'SVO', 'وتنتقد']]);
    expect(who(r, subjectOf(r.a, 0))).toBe('CSTO');
    expect(who(r, r.a.clauses[0].object)).toBe('Armenia');
    expect(who(r, subjectOf(r.a, 1))).toBe('CSTO');
    expect(who(r, r.a.clauses[1].object)).toBe('Azerbaijan');
  });

  it('a non-human plural head agrees as feminine singular; the SCO is in a clause of its own: دول الأمن الجماعي توقع اتفاقية تربطها بمنظمة شنغهاي', () => {
    const r = run('دول الأمن الجماعي توقع اتفاقية تربطها بمنظمة شنغهاي للتعاون', [
      ['الأمن الجماعي', 'ORG', 'CSTO'], ['منظمة شنغهاي للتعاون', 'ORG', 'SCO']]);
    expect(r.a.nps[0]).toMatchObject({ t0: 0, gender: 'f', number: 'sg' }); // دول الأمن الجماعي
    expect(who(r, subjectOf(r.a, 0))).toBe('CSTO');
    expect(r.a.clauses[1]).toMatchObject({ kind: 'relative', subject: null, object: null });
    expect(word(r, r.a.clauses[1].antecedentTok)).toBe('اتفاقيه');
    expect(r.a.nps[1]).toMatchObject({ marker: 'ب', clause: 1 });
  });

  it('VSO body sentence; a genitive of a verbal noun is no object: أعلنت دول المنظمة تلبية مناشدة الرئيس الكازاخستاني ...', () => {
    const r = run('أعلنت دول المنظمة تلبية مناشدة الرئيس الكازاخستاني قاسم جومارت توكاييف إرسال قوات لحفظ السلام', [
      ['المنظمة', 'ORG', 'CSTO'], ['الكازاخستاني', 'PLACE', 'Kazakhstan'], ['قاسم جومارت توكاييف', 'PERSON', 'Kassym-Jomart Tokayev']]);
    const c = r.a.clauses[0];
    expect(c.order).toBe('VSO');
    expect(who(r, c.subject)).toBe('CSTO');
    expect(c.object).toBeNull();
    const tokayev = r.a.nps.findIndex((np) => r.i.mentions[np.head].entity === 'Kassym-Jomart Tokayev');
    expect(r.a.nps[tokayev].mentions).toHaveLength(2); // the nisba is part of his phrase
    expect(word(r, r.a.nps[tokayev].titleT0)).toBe('الرييس');
    expect(word(r, r.a.nps[tokayev].governor)).toBe('مناشده');
  });

  it('a relative clause on an actor description: طاجيكستان تطلب من التكتل الذي تقوده موسكو إرسال مراقبين', () => {
    const r = run('طاجيكستان تطلب من التكتل الذي تقوده موسكو إرسال مراقبين', [['طاجيكستان', 'PLACE', 'Tajikistan'], ['موسكو', 'PLACE', 'Moscow']]);
    expect(who(r, subjectOf(r.a, 0))).toBe('Tajikistan');
    expect(r.a.clauses[1]).toMatchObject({ kind: 'relative', order: 'VSO' });
    expect(word(r, r.a.clauses[1].antecedentTok)).toBe('التكتل');
    expect(word(r, r.a.clauses[1].antecedentTok! - 1)).toBe('من');
    expect(who(r, r.a.clauses[1].subject)).toBe('Moscow');
  });

  it('reported speech with a pronoun subject: وقال وزير الدفاع الطاجيكي إنه طلب من منظمة ...', () => {
    const r = run('وقال وزير الدفاع الطاجيكي إنه طلب من منظمة معاهدة الأمن الجماعي إرسال مراقبين', [
      ['الطاجيكي', 'PLACE', 'Tajikistan'], ['منظمة معاهدة الأمن الجماعي', 'ORG', 'CSTO']]);
    expect(r.a.nps[0]).toMatchObject({ t0: 1, gender: 'm' }); // وزير الدفاع الطاجيكي: he
    expect(r.a.reports).toEqual([{ speech: 0, speaker: 0, content: 1 }]);
    expect(r.a.clauses[1]).toMatchObject({ kind: 'complement', subjectFrom: 0 });
    expect(subjectOf(r.a, 1)).toBe(0);
    expect(r.a.clauses[1].obliques.map((k) => [who(r, k), r.a.nps[k].marker])).toEqual([['CSTO', 'من']]);
  });

  it('a title from the entity module, a prepositional partner, a mediator, بين A و B', () => {
    const r = run('التقى رئيس وزراء أرمينيا نيكول باشينيان مع الرئيس الروسي فلاديمير بوتين بوساطة كازاخستان', [
      ['أرمينيا', 'PLACE', 'Armenia'], ['نيكول باشينيان', 'PERSON', 'Nikol Pashinyan', 'رئيس وزراء'], ['الروسي', 'PLACE', 'Russia'],
      ['فلاديمير بوتين', 'PERSON', 'Vladimir Putin'], ['كازاخستان', 'PLACE', 'Kazakhstan']]);
    expect(r.a.nps.map((np) => [r.i.mentions[np.head].entity, np.marker])).toEqual([['Nikol Pashinyan', null], ['Vladimir Putin', 'مع'], ['Kazakhstan', 'بوساطه']]);
    expect(r.a.nps[0].mentions).toHaveLength(2);
    expect(who(r, r.a.clauses[0].subject)).toBe('Nikol Pashinyan');
    const b = run('محادثات بين بوتين وتوكاييف', [['بوتين', 'PERSON', 'Vladimir Putin'], ['توكاييف', 'PERSON', 'Kassym-Jomart Tokayev']]);
    expect(b.a.nps.map((np) => [np.marker, np.conj])).toEqual([['بين', null], ['بين', 0]]);
    expect(withConjoined(b.a, 0)).toEqual([0, 1]);
  });

  it('"قوات حفظ السلام التابعة للمنظمة" is one phrase standing for the organisation', () => {
    const r = run('بدأت قوات حفظ السلام التابعة للمنظمة الانسحاب من كازاخستان', [['منظمة', 'ORG', 'CSTO'], ['كازاخستان', 'PLACE', 'Kazakhstan']]);
    expect(r.a.nps[0]).toMatchObject({ t0: 1, marker: null, gender: 'f' });
    expect(who(r, r.a.clauses[0].subject)).toBe('CSTO');
    expect(r.a.nps[1].marker).toBe('من');
  });

  it('a verb that does not agree is not the subject\'s: أيدت (she) skips a man before it', () => {
    const r = run('بوتين قال إن روسيا أيدت القرار', [['بوتين', 'PERSON', 'Vladimir Putin'], ['روسيا', 'PLACE', 'Russia']]);
    expect(who(r, subjectOf(r.a, 0))).toBe('Vladimir Putin');
    expect(r.a.clauses[1]).toMatchObject({ kind: 'complement', order: 'SVO' });
    expect(who(r, r.a.clauses[1].subject)).toBe('Russia');
    expect(r.a.reports).toHaveLength(1);
  });
});

describe('clause words (src/data/events/clause.json)', () => {
  it('a verb entry\'s forms that are nouns or participles are no verbs: article, م, ه, ات, يه, a verbal noun\'s shape', () => {
    const words = ['الاجتماع', 'مشارك', 'زياره', 'مباحثات', 'العسكريه', 'اجتماع', 'انسحاب', 'استقبال', 'تعزيز', 'اجتمع', 'بحث', 'يستقبل', 'انسحب', 'عزز'];
    expect(words.filter((w) => NOT_A_VERB_RE.test(w))).toEqual(['الاجتماع', 'مشارك', 'زياره', 'مباحثات', 'العسكريه', 'اجتماع', 'انسحاب', 'استقبال', 'تعزيز']);
  });
  it('validate against their schema, with precise problems', () => {
    const data = JSON.parse(readFileSync(CLAUSE_WORDS, 'utf8'));
    expect(clauseWordsProblems(data)).toEqual([]);
    data.relatives[0].gender = 'n';
    data.speechVerbs.push({ past: 'قال' });
    expect(clauseWordsProblems(data)).toEqual(['field relatives.0.gender: must be equal to one of the allowed values', `field speechVerbs.${data.speechVerbs.length - 1}: must have required property 'present'`]);
  });
  it('take their clitics from the one clitic table', () => {
    const data = JSON.parse(readFileSync(CLAUSE_WORDS, 'utf8'));
    data.clitics.push('بال', 'زل');
    const n = data.clitics.length;
    expect(clauseWordsProblems(data)).toEqual([
      `field clitics.${n - 2}: "بال" is not a proclitic of the clitic table (data/text/clitics.json) without an article of its own`,
      `field clitics.${n - 1}: "زل" is not a proclitic of the clitic table (data/text/clitics.json) without an article of its own`,
    ]);
  });
});
