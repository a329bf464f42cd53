// events/story/oneAStory.ts: PETRARCH's one-a-story filter.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('one-a-story filter', () => {
  it('keeps one record per (date, source, recipient, type) and lists the other sentences', () => {
    const text = 'أدانت روسيا الهجوم على السفارة. وأدانت روسيا بشدة ما حدث. وأدانت كازاخستان الهجوم.';
    const { events } = run(text, { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] }, published: '2023-05-02' });
    expect(events.map((e) => [e.type, names(e.source), e.sentence.index, e.main])).toEqual([
      ['DISAPPROVE', ['Russia'], 0, true],
      ['DISAPPROVE', ['Kazakhstan'], 2, false],
    ]);
    expect(events[0].basis).toEqual(['date: article date', 'also: sentence 1']);
    expect(events[1].basis).toEqual(['date: main event']);
  });

  it('a compound source is one record with a list, not one record per actor', () => {
    const { events } = run('واتفقت روسيا وبيلاروسيا وكازاخستان على تعزيز التعاون العسكري.', { entities: { Russia: ['روسيا'], Belarus: ['بيلاروسيا'], Kazakhstan: ['كازاخستان'] } });
    expect(events).toHaveLength(1);
    expect(names(events[0].source)).toEqual(['Russia', 'Belarus', 'Kazakhstan']);
  });

  it('an earlier meeting of the kind ("الاجتماع السابق ... في موسكو") is kept apart and gives the story\'s meeting nothing', () => {
    const text = 'وتنعقد قمة منظمة معاهدة الأمن الجماعي اليوم. وقد نوقشت هذه المواضيع خلال الاجتماع السابق لمنظمة معاهدة الأمن الجماعي في موسكو.';
    const { events } = run(text, { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Moscow: ['موسكو'] }, published: '2023-05-02' });
    expect(events.map((e) => [e.type, e.sentence.index, e.location?.name ?? null])).toEqual([['CONSULT', 0, null], ['CONSULT', 1, 'Moscow']]);
  });
});
