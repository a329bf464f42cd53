// events/roles/source.ts: who acts.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('source', () => {
  it('an agent cue: the actor after "من قبل" acts', () => {
    const { events } = run('ونفذ الهجوم من قبل حركة طالبان في ولاية قندوز.', { entities: { Taliban: ['حركة طالبان'], Kunduz: ['قندوز'] } });
    expect(events.map((e) => [e.type, e.trigger.text, names(e.source)])).toEqual([['ASSAULT', 'الهجوم', ['Taliban']]]);
  });

  it('a support verb: its subject is the source of the noun it carries ("شنت X هجوما")', () => {
    const { events } = run('شنت حركة طالبان هجوما على مواقع في قندوز.', { entities: { Taliban: ['حركة طالبان'], Kunduz: ['قندوز'] } });
    expect(events.map((e) => [e.type, e.trigger.text, names(e.source)])).toEqual([['ASSAULT', 'هجوما', ['Taliban']]]);
  });

  it('a noun trigger: the body it is of ("جلسة لمجلس ...")', () => {
    const { events } = run('وعقدت جلسة لمجلس الأمن الجماعي في موسكو.', { entities: { CSC: ['مجلس الأمن الجماعي'], Moscow: ['موسكو'] } });
    expect(events.map((e) => [e.subtype, e.trigger.text, names(e.source)])).toEqual([['session', 'جلسة', ['Collective Security Council']]]);
  });

  it('a circumstantial participle: the subject of the main clause ("منتقدا")', () => {
    const { events } = run('وقال لوكاشينكو إن المنظمة تواجه تحديات جديدة، منتقدا حلف شمال الأطلسي.', { entities: { Lukashenko: ['لوكاشينكو'], NATO: ['حلف شمال الأطلسي'] } });
    expect(events.map((e) => [e.type, e.trigger.text, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', 'منتقدا', ['Alexander Lukashenko'], ['NATO']]]);
  });

  it('a verb: its subject, with the actors coordinated with it', () => {
    const { events } = run('وقعت روسيا وكازاخستان وقيرغيزستان اتفاقا للتعاون العسكري.', { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'], Kyrgyzstan: ['قيرغيزستان'] } });
    expect(events.map((e) => [e.type, e.trigger.text, names(e.source)])).toEqual([
      ['SUPPORT', 'وقعت', ['Russia', 'Kazakhstan', 'Kyrgyzstan']],
      ['AGREE', 'اتفاقا', ['Russia', 'Kazakhstan', 'Kyrgyzstan']],
    ]);
  });
});
