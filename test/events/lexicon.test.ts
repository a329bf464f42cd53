// The trigger lexicon: schema and semantic validation, user lexicons.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFileError } from '../../src/errors.js';
import { loadEventEngine } from '../../src/events/index.js';
import { withAgreement } from '../../src/events/lexicon/agreement.js';
import { lexiconEntries } from '../../src/events/lexicon/compile.js';
import { BUILTIN_TRIGGERS, loadLexicon } from '../../src/events/lexicon/load.js';
import { lexiconProblems, readLexiconFile } from '../../src/events/lexicon/validate.js';
import { names, run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'csto-triggers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
  return p;
};
const problemsOf = (path: string): string[] => {
  try {
    readLexiconFile(path);
  } catch (err) {
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as DataFileError).file).toBe(path);
    return (err as DataFileError).problems;
  }
  throw new Error('expected a DataFileError');
};

describe('validator', () => {
  it('the built-in lexicon is valid and compiles into a map keyed by folded token', () => {
    expect(() => readLexiconFile(BUILTIN_TRIGGERS)).not.toThrow();
    const lex = loadLexicon();
    expect(lex.triggers.get('عقدت')?.map((h) => h.entry.rule)).toContain('consult.hold');
    expect(lex.triggers.get('ستعقد')?.[0].future).toBe(true);
    expect(lex.triggers.get('وللجلسه')?.[0].entry.rule).toBe('consult.session');
    expect(lex.triggers.get('اجتماعه')?.[0].suffixed).toBe(true);
    expect(lex.triggers.get('نويد')?.[0].firstPerson).toBe(true);
    // ن is "we" only before the stem of a third-person present the entry lists (نويد: يويد); a past whose root
    // begins with ن is no first person ("ونشرت موسكو", "فيما نفت موسكو", "نددت"), nor a فاعل past ("ناقش")
    expect(['ناقش', 'نشرت', 'ونشرت', 'نفت', 'نددت'].map((w) => lex.triggers.get(w)?.some((h) => h.firstPerson))).toEqual([false, false, false, false, false]);
    // a form ending in alef takes no pronoun suffix as written (stem.final_alef): ناقشه, not ناقشاه
    expect(lex.triggers.get('ناقشه')?.map((h) => [h.entry.rule, h.suffixed])).toEqual([['consult.discuss', true]]);
    expect([lex.triggers.get('ناقشاه'), lex.triggers.get('دعاه')]).toEqual([undefined, undefined]);
    // a final hamza sits on ي or و before a pronoun suffix (stem.final_hamza, stem.hamza_seats): لقائه, لقاؤه, لقاءه
    expect(['لقايه', 'لقاوه', 'لقاءه'].map((w) => lex.triggers.get(w)?.map((h) => [h.entry.rule, h.suffixed]))).toEqual([
      [['consult.meeting', true]], [['consult.meeting', true]], [['consult.meeting', true]],
    ]);
    // a verbal noun of a verb entry is inflected as a noun, under the verb's rule
    expect(lex.triggers.get('لمناشده')?.map((h) => [h.entry.rule, h.entry.pos])).toEqual([['request.appeal', 'noun']]);
    expect(lex.triggers.get('ناشدت')?.map((h) => [h.entry.rule, h.entry.pos])).toEqual([['request.appeal', 'verb']]);
    // same lexicon list, same compiled object
    expect(loadLexicon()).toBe(lex);
  });

  it('names the entry, the rule and the field of each problem', () => {
    const p = write('bad.json', {
      triggers: [
        { rule: 'x.ok', type: 'CONSULT', subtype: 'meeting', pos: 'noun', forms: ['لقاء'] },
        { rule: 'x.type', type: 'INVESTIGATE', subtype: 'inquiry', pos: 'verb', forms: ['حقق'] },
        { rule: 'x.missing', type: 'AGREE', pos: 'verb', forms: ['وافق'] },
        { rule: 'x.extra', type: 'AGREE', subtype: 'approval', pos: 'verb', forms: ['وافق'], colour: 'red' },
        { rule: 'x.empty', type: 'AGREE', subtype: 'approval', pos: 'verb', forms: [] },
      ],
    });
    expect(problemsOf(p)).toEqual([
      'entry 1 (rule x.type): field type: must be equal to one of the allowed values: "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "DISAPPROVE", "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"',
      'entry 2 (rule x.missing): entry: missing required field "subtype"',
      'entry 3 (rule x.extra): entry: unknown field "colour"',
      'entry 4 (rule x.empty): field forms: must NOT have fewer than 1 items',
    ]);
  });

  it('checks what the schema cannot: folding, one-word forms, known inflection, unique rules', () => {
    const p = write('semantic.json', {
      triggers: [
        { rule: 'y.a', type: 'CONSULT', subtype: 'meeting', pos: 'noun', forms: ['اجتماع', 'جلسة'] },
        { rule: 'y.a', type: 'CONSULT', subtype: 'meeting', pos: 'adverb', forms: ['اتصال هاتفي'] },
        { rule: 'y.c', type: 'ACCUSE', subtype: 'concern', pos: 'noun', forms: ['قلق'], requires: [{ any: ['=أعرب'] }], unless: [{ any: ['هدوء', 'تفاؤل'], side: 'before' }] },
      ],
    });
    expect(problemsOf(p)).toEqual([
      'entry 0 (rule y.a): field forms[1]: "جلسة" is not folded, write "جلسه"',
      'entry 1 (rule y.a): field rule: duplicate rule name, also entry 0',
      'entry 1 (rule y.a): field pos: unknown inflection "adverb" (known: noun, verb, none)',
      'entry 1 (rule y.a): field forms[0]: "اتصال هاتفي" contains a space; a form is one word (use "requires" for context words)',
      'entry 2 (rule y.c): field requires[0].any[0]: "=أعرب" is not folded, write "=اعرب"',
      'entry 2 (rule y.c): field unless[0].any[1]: "تفاؤل" is not folded, write "تفاول"',
    ]);
  });

  it('a context needs its words or actor: true', () => {
    const ok = write('actor.json', { triggers: [{ rule: 'w.a', type: 'SUPPORT', subtype: 's', pos: 'noun', forms: ['دعم'], requires: [{ actor: true, window: 1 }] }] });
    expect(readLexiconFile(ok).triggers).toHaveLength(1);
    const bad = write('no-context.json', { triggers: [{ rule: 'w.b', type: 'SUPPORT', subtype: 's', pos: 'noun', forms: ['دعم'], requires: [{ window: 1 }] }] });
    expect(problemsOf(bad).length).toBeGreaterThan(0);
  });

  it('a context may name a cue list; an unknown name is reported', () => {
    const ok = write('cue.json', { cues: { relative: ['الذي'] }, triggers: [{ rule: 'w.c', type: 'AGREE', subtype: 's', pos: 'verb', forms: ['وافق'], unless: [{ cue: 'relative', side: 'before', window: 1 }] }] });
    expect(readLexiconFile(ok).triggers).toHaveLength(1);
    const bad = write('no-cue.json', { triggers: [{ rule: 'w.d', type: 'AGREE', subtype: 's', pos: 'verb', forms: ['وافق'], unless: [{ cue: 'relatives' }] }] });
    expect(problemsOf(bad)).toEqual(['entry 0 (rule w.d): field unless[0].cue: no cue list "relatives" in this file or the built-in lexicon']);
    // a user file may name the built-in file's lists
    expect(readLexiconFile(bad, undefined, ['relatives']).triggers).toHaveLength(1);
  });

  it('a context may name a word group, its words read as any\'s; an unknown name or an unfolded word is reported', () => {
    const ok = write('group.json', {
      word_groups: { troops: ['قوات', '=جنود'] },
      triggers: [{ rule: 'w.g', type: 'MOBILIZE', subtype: 's', pos: 'verb', forms: ['عبر'], requires: [{ group: 'troops', any: ['كتيبه'], side: 'before', window: 2 }] }],
    });
    expect(readLexiconFile(ok).triggers).toHaveLength(1);
    const entry = lexiconEntries([readLexiconFile(ok)])[0];
    expect(entry.requires?.map((r) => [r.any, r.group])).toEqual([[['قوات', '=جنود', 'كتيبه'], undefined]]);
    const bad = write('no-group.json', { word_groups: { x: ['قوّات'] }, triggers: [{ rule: 'w.h', type: 'AGREE', subtype: 's', pos: 'verb', forms: ['وافق'], unless: [{ group: 'forces' }] }] });
    expect(problemsOf(bad)).toEqual([
      'entry 0 (rule w.h): field unless[0].group: no word group "forces" in this file or the built-in lexicon',
      'word_groups.x[0]: "قوّات" is not folded, write "قوات"',
    ]);
    // a user file may name the built-in file's groups
    expect(lexiconProblems({ triggers: [{ rule: 'w.i', type: 'AGREE', subtype: 's', pos: 'verb', forms: ['وافق'], unless: [{ group: 'arriving_forces' }] }] }, undefined, [], ['arriving_forces'])).toEqual([]);
  });

  it('a context may name several word groups, their words read as any\'s in turn; an unknown one among them is reported', () => {
    const ok = write('groups.json', {
      word_groups: { troops: ['قوات'], weapons: ['دبابات'] },
      triggers: [{ rule: 'w.j', type: 'MOBILIZE', subtype: 's', pos: 'verb', forms: ['ارسل'], requires: [{ group: ['troops', 'weapons'], any: ['تعزيزات'], side: 'after', window: 3 }] }],
    });
    expect(lexiconEntries([readLexiconFile(ok)])[0].requires?.map((r) => r.any)).toEqual([['قوات', 'دبابات', 'تعزيزات']]);
    const bad = write('no-groups.json', { word_groups: { troops: ['قوات'] }, triggers: [{ rule: 'w.k', type: 'AGREE', subtype: 's', pos: 'verb', forms: ['وافق'], unless: [{ group: ['troops', 'arms'] }] }] });
    expect(problemsOf(bad)).toEqual(['entry 0 (rule w.k): field unless[0].group: no word group "arms" in this file or the built-in lexicon']);
  });

  it('a context may name an event type, one of whose trigger words stands there; an unknown type is reported', () => {
    const ok = write('type.json', { triggers: [{ rule: 'w.e', type: 'RETREAT', subtype: 's', pos: 'noun', forms: ['استقاله'], unless: [{ type: 'REQUEST', side: 'before', window: 3 }] }] });
    expect(readLexiconFile(ok).triggers[0].unless).toEqual([{ type: 'REQUEST', side: 'before', window: 3 }]);
    const bad = write('bad-type.json', { triggers: [{ rule: 'w.f', type: 'RETREAT', subtype: 's', pos: 'noun', forms: ['استقاله'], unless: [{ type: 'DEMAND' }] }] });
    expect(problemsOf(bad).length).toBeGreaterThan(0);
  });

  it('reports unreadable and non-JSON files', () => {
    const p = write('broken.json', '{ "triggers": [');
    expect(problemsOf(p)[0]).toMatch(/^not valid JSON: /);
    expect(problemsOf(join(dir, 'absent.json'))[0]).toMatch(/^cannot read: /);
    expect(lexiconProblems({})).toEqual(['top level: missing required field "triggers"']);
  });

  it('loadEventEngine throws the DataFileError of a bad user lexicon', () => {
    const p = write('bad-user.json', { triggers: [{ rule: 'z', type: 'FOO', subtype: 's', pos: 'noun', forms: ['س'] }] });
    expect(() => loadEventEngine({ lexicons: [p] })).toThrow(DataFileError);
  });
});

describe('user lexicons', () => {
  it('add triggers and cues; records name the user rule', () => {
    const p = write('user.json', {
      cues: { virtual: ['عبر سكايب'] },
      triggers: [
        { rule: 'user.inspection', type: 'CONSULT', subtype: 'inspection visit', pos: 'noun', forms: ['جوله', 'جولات'], mode: 'in person', context: ['military'] },
      ],
    });
    const engine = loadEventEngine({ lexicons: [p] });
    const text = 'بدأ وزير الدفاع الروسي سيرغي شويغو جولة تفقدية في طاجيكستان عبر سكايب.';
    const { events } = run(text, { engine, entities: { Shoigu: [{ text: 'سيرغي شويغو', role: 'وزير الدفاع الروسي' }], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, e.subtype, e.rule, e.trigger.text, e.mode, e.context])).toEqual([['CONSULT', 'inspection visit', 'user.inspection', 'جولة', 'virtual', ['military']]]);
    expect(names(events[0].source)).toEqual(['Sergei Shoigu']);
    // the built-in engine does not know the word
    expect(run(text, { entities: { Shoigu: [{ text: 'سيرغي شويغو', role: 'وزير الدفاع الروسي' }], Tajikistan: ['طاجيكستان'] } }).events).toEqual([]);
  });
});

describe('subject-agreement endings (data/text/morphology.json)', () => {
  it('a listed form also makes its dual and plural', () => {
    expect(withAgreement('توصلت')).toEqual(['توصلت', 'توصلتا']);
    expect(withAgreement('يتفق')).toEqual(['يتفق', 'يتفقان', 'يتفقون']);
    expect(withAgreement('تتفق')).toEqual(['تتفق', 'تتفقان']);
    expect(withAgreement('استقبل')).toEqual(['استقبل', 'استقبلوا']);
    expect(withAgreement('دعا')).toEqual(['دعا']);
    // يبدأ → يبدآن: the hamza's alif and the dual's are one madda, folded to one alif
    expect(withAgreement('تبدا')).toEqual(['تبدا', 'تبداان', 'تبدان']);
  });

  it('"روسيا وبيلاروسيا ستبدآن مناورات": a dual support verb in madda carries the noun\'s subject', () => {
    const { events } = run('أعلنت وزارة الدفاع أن روسيا وبيلاروسيا ستبدآن مناورات عسكرية واسعة.', {
      entities: { Russia: ['روسيا'], Belarus: ['بيلاروسيا'] },
    });
    expect(events.map((e) => [e.type, names(e.source)])).toEqual([['COOPERATE', ['Russia', 'Belarus']]]);
  });

  it('two countries agreeing with a dual verb: both are the sides', () => {
    const { events } = run('أعلنت قيرغيزستان وطاجيكستان صباح الجمعة أنهما توصلتا إلى وقف لإطلاق النار.', {
      entities: { Kyrgyzstan: ['قيرغيزستان'], Tajikistan: ['طاجيكستان'] },
    });
    expect(events.map((e) => [e.type, e.trigger.text, names(e.source).sort()])).toEqual([['AGREE', 'توصلتا', ['Kyrgyzstan', 'Tajikistan']]]);
  });
});

describe('triggers: readiness', () => {
  it('raising combat readiness ("تعزيز الاستعداد القتالي") is MOBILIZE', () => {
    const { events } = run('روسيا تقوم بتعزيز الاستعداد القتالي لقواعدها العسكرية.', { entities: { Russia: ['روسيا'] } });
    expect(events.map((e) => [e.type, e.rule])).toEqual([['MOBILIZE', 'mobilize.readiness']]);
  });
});

describe('triggers: seizure, joint action, unacceptable', () => {
  it('seizing territory ("سيطرت طالبان على ... إقليم") is ASSAULT; control of a situation is not', () => {
    const seized = run('وسيطرت حركة طالبان على معظم أجزاء إقليم قندوز.', { entities: { Taliban: ['حركة طالبان'], Kunduz: ['قندوز'] } });
    expect(seized.events.map((e) => [e.type, e.rule, names(e.source)])).toEqual([['ASSAULT', 'assault.seizure', ['Taliban']]]);
    expect(run('وسيطرت حركة طالبان على الوضع.', { entities: { Taliban: ['حركة طالبان'] } }).events).toEqual([]);
    // the noun folds like "سيطره" (he controlled it): only the verb forms that cannot be read so are listed
    expect(run('وفر الجنود مع سيطرة حركة طالبان على مزيد من الأراضي.', { entities: { Taliban: ['حركة طالبان'] } }).events).toEqual([]);
  });

  it('joint investigations ("تحقيقات مشتركة") are COOPERATE', () => {
    const { events } = run('وتجري طاجيكستان وأفغانستان تحقيقات مشتركة.', { entities: { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] } });
    expect(events.map((e) => [e.type, e.rule])).toEqual([['COOPERATE', 'cooperate.joint-action']]);
  });

  it('a joint operation ("عملية مشتركة ضد المخدرات") is COOPERATE of both sides; an operation alone is none (heldout64)', () => {
    const { events } = run('نفذت روسيا والولايات المتحدة أول عملية مشتركة ضد المخدرات.', { entities: { Russia: ['روسيا'], USA: ['الولايات المتحدة'] } });
    expect(events.map((e) => [e.type, e.rule, names(e.source)])).toEqual([['COOPERATE', 'cooperate.joint-action', ['Russia', 'United States']]]);
    expect(run('نفذت روسيا أول عملية ضد المخدرات.', { entities: { Russia: ['روسيا'] } }).events).toEqual([]);
  });

  it('"غير مقبول" said of an act is DISAPPROVE by the speaker', () => {
    const { events } = run('وقال شويغو إن التأخير غير مقبول.', { entities: { Shoigu: ['شويغو'] } });
    expect(events.map((e) => [e.type, e.rule, names(e.source)])).toEqual([['DISAPPROVE', 'disapprove.unacceptable', ['Sergei Shoigu']]]);
  });
});
