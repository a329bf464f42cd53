// events/roles/hostVenue.ts: a place that hosts a meeting is where it is held; what a side does there, the state the
// hosting capital stands for included, takes that place (story/meetingPlace.ts). The whole pipeline, for the
// capital's state.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../src/pipeline.js';

describe('hostVenue', () => {
  it('"استضافت يريفان اجتماع قمة ..." is held in Yerevan; "وخلال القمة رفضت أرمينيا ..." is done there too', () => {
    // heldout/held_011, a regression case, after a headline of its own
    const text = 'انتقد باشينيان منظمة معاهدة الأمن الجماعي.\nيٌشار إلى أن العاصمة الأرمينية يريفان استضافت أمس الأربعاء اجتماع قمة منظمة معاهدة الأمن الجماعي برئاسة نيكول باشينيان، وخلال القمة رفضت أرمينيا التوقيع على إعلان منظمة معاهدة الأمن الجماعي.';
    const doc = createPipeline().process({ id: 'doc', source: 'test', text, encoding: 'utf-8' }, 'ar');
    expect(doc.events.filter((e) => e.type === 'CONSULT' || e.type === 'REJECT').map((e) => [e.type, e.source.map((a) => a.name), e.location?.name ?? null]))
      .toEqual([['CONSULT', ['Yerevan'], 'Yerevan'], ['REJECT', ['Armenia'], 'Yerevan']]);
  });
});
