// events/derived/stayedAway.ts: one a negation keeps from taking part in a meeting stays away from it, a REJECT.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const rows = (text: string, entities: Parameters<typeof run>[1]['entities']) =>
  run(text, { entities }).events.map((e) => [e.type, e.trigger.text, names(e.source), names(e.recipient), e.main]);

describe('stayedAway', () => {
  it('"لن يتمكن من المشاركة في اجتماع ... المنظمة": the one who stays away rejects the body that meets, the news; the meeting its occasion', () => {
    const text = 'وذكرت وكالة تاس أن رئيس الوزراء نيكول باشينيان لن يتمكن من المشاركة في اجتماع رؤساء دول منظمة معاهدة الأمن الجماعي.';
    expect(rows(text, { Pashinyan: [{ text: 'نيكول باشينيان', role: 'رئيس الوزراء' }], CSTO: ['منظمة معاهدة الأمن الجماعي'] })).toEqual([
      ['CONSULT', 'اجتماع', ['Collective Security Treaty Organization'], [], false],
      ['REJECT', 'المشاركة', ['Nikol Pashinyan'], ['Collective Security Treaty Organization'], true],
    ]);
  });

  it('the one named right after the participation word ("عدم مشاركة ميرزويان في قمة"), not the one who announces it', () => {
    const text = 'أعلن الكرملين عدم مشاركة ميرزويان في قمة منظمة معاهدة الأمن الجماعي.';
    expect(rows(text, { Kremlin: ['الكرملين'], Mirzoyan: ['ميرزويان'], CSTO: ['منظمة معاهدة الأمن الجماعي'] }).filter(([type]) => type === 'REJECT'))
      .toEqual([['REJECT', 'مشاركة', ['Ararat Mirzoyan'], ['Collective Security Treaty Organization'], true]]);
  });

  it('no meeting after the participation word, no refusal ("لن تشارك في الجهود الجماعية"); nor without a negation', () => {
    expect(rows('وقال إن أوزبكستان لن تشارك في الجهود الجماعية.', { Uzbekistan: ['أوزبكستان'] }).map((r) => r[0])).not.toContain('REJECT');
    expect(rows('سيشارك ميرزويان في قمة منظمة معاهدة الأمن الجماعي.', { Mirzoyan: ['ميرزويان'], CSTO: ['منظمة معاهدة الأمن الجماعي'] }).map((r) => r[0]))
      .not.toContain('REJECT');
  });
});
