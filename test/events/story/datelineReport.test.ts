// events/story/datelineReport.ts: the report's statements take the dateline's place, as the main event does.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';

const extractor = createExtractor();
const places = (text: string) => extractor.extract(text).events.map((e) => [e.type, e.main, e.location?.name ?? null, e.location?.basis ?? null]);

describe('the dateline places the report', () => {
  it('every verbal event the report\'s first sentence tells with no place of its own, not only the main one; not the withdrawal asked for', () => {
    expect(places('روسيا تسأل متى تغادر قوات الولايات المتحدة\n\nآستانة «الأيام» رويترز :\nطلبت روسيا والصين من الولايات المتحدة تحديد موعد لانسحابها.')).toEqual([
      ['RETREAT', true, 'Astana', 'dateline'], ['REQUEST', false, 'Astana', 'dateline'], ['RETREAT', false, null, null],
    ]);
  });

  it('a statement further in the report too (heldout16, heldout37, heldout52); not an event placed by its own sentence or not reported as done', () => {
    expect(places('آستانة - رويترز - أعلنت روسيا تأييدها لكازاخستان، وستجري مناورات في الصين.\nوطلبت الصين من روسيا المساعدة.')).toEqual([
      ['SUPPORT', true, 'Astana', 'dateline'], ['MOBILIZE', false, 'China', 'sentence'], ['REQUEST', false, 'Astana', 'dateline'],
    ]);
  });
});
