// events/derived/invitation.ts: a visit or a meeting at someone's invitation reports the invitation, a REQUEST.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const rows = (text: string, entities: Parameters<typeof run>[1]['entities']) =>
  run(text, { entities }).events.map((e) => [e.type, e.trigger.text, names(e.source), names(e.recipient), e.main]);

describe('invitation', () => {
  it('"وصل باشينيان إلى موسكو تلبية لدعوة من الرئيس بوتين": the visit, and Putin inviting Pashinyan', () => {
    expect(rows('وصل باشينيان إلى موسكو تلبية لدعوة من الرئيس فلاديمير بوتين.', {
      Pashinyan: ['باشينيان'], Moscow: ['موسكو'], Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }],
    })).toEqual([
      ['CONSULT', 'وصل', ['Nikol Pashinyan'], ['Vladimir Putin'], true],
      ['REQUEST', 'تلبية لدعوة', ['Vladimir Putin'], ['Nikol Pashinyan'], false],
    ]);
  });

  it('a planned summit "بناء على دعوة من الكرملين" stays the news: the invitation is its background', () => {
    const text = 'أعلن رئيس الوزراء نيكول باشينيان أنه سيسافر إلى روسيا الأسبوع المقبل لعقد قمة مع الرئيس فلاديمير بوتين بناء على دعوة من الكرملين.';
    expect(rows(text, { Pashinyan: [{ text: 'نيكول باشينيان', role: 'رئيس الوزراء' }], Russia: ['روسيا'], Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }], Kremlin: ['الكرملين'] })
      .map(([type, , source, recipient, main]) => [type, source, recipient, main])).toEqual([
      ['CONSULT', ['Nikol Pashinyan'], ['Vladimir Putin'], true],
      ['REQUEST', ['Kremlin'], ['Nikol Pashinyan'], false],
    ]);
  });
});
