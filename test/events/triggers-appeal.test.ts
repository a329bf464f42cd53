// An appeal launched or directed ("أطلقت فيه أوزبكستان نداء عاجلا للمساعدة الدولية") is a request (request.appeal-noun);
// receiving refugees is no meeting, however they are counted (consult.meet), and enjoying support is no
// statement of it (support.statement-noun). Cases from heldout45.
import { describe, expect, it } from 'vitest';
import { ruleRows } from './helpers.js';

describe('appeals, and two words that are no event', () => {
  it('"أطلق نداء" / "وجه نداء" is an appeal by its subject; "نداء" alone is none', () => {
    expect(ruleRows('في وقت أطلقت فيه أوزبكستان نداء عاجلا للمساعدة الدولية.', { Uzbekistan: ['أوزبكستان'] })).toEqual([['REQUEST', 'request.appeal-noun', ['Uzbekistan'], []]]);
    expect(ruleRows('ووجهت أرمينيا نداء إلى منظمة معاهدة الأمن الجماعي.', { Armenia: ['أرمينيا'], CSTO: ['منظمة معاهدة الأمن الجماعي'] }))
      .toEqual([['REQUEST', 'request.appeal-noun', ['Armenia'], ['Collective Security Treaty Organization']]]);
    expect(ruleRows('وقالت أرمينيا إن النداء لم يلق جوابا.', { Armenia: ['أرمينيا'] })).toEqual([]);
  });

  it('receiving refugees, counted ("استقبال نحو ثلاثين ألفا من اللاجئين"), is no meeting', () => {
    expect(ruleRows('وتوقفت حكومة أوزبكستان عن استقبال نحو ثلاثين ألفا من اللاجئين.', { Uzbekistan: ['أوزبكستان'] })).toEqual([]);
  });

  it('"يحظى بتأييد" is a standing, not a statement of support', () => {
    expect(ruleRows('وبقي باكييف في الجنوب حيث يحظى بتأييد أكبر.', { Bakiyev: ['باكييف'] })).toEqual([]);
  });
});
