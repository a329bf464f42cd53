// Putting off what one was to do or host is RETREAT ("أرجأت قرغيزستان المناورات", "قررت روسيا تأجيل القمة"): the
// entry retreat.postponement of data/events/triggers.json, each test failing without it. أجلت and أجلوا are left
// out: unvowelled they are also أجلَت/أجلَوا, evacuated.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.filter((e) => e.type === 'RETREAT').map((e) => [e.rule, names(e.source)]);

describe('a postponement', () => {
  it('"أرجأت قرغيزستان مناورات المنظمة": the one who puts it off', () => {
    expect(rows('أرجأت قرغيزستان مناورات منظمة معاهدة الأمن الجماعي إلى موعد لاحق.', { Kyrgyzstan: ['قرغيزستان'], CSTO: ['منظمة معاهدة الأمن الجماعي'] }))
      .toEqual([['retreat.postponement', ['Kyrgyzstan']]]);
  });
  it('"قررت روسيا تأجيل القمة": the verbal noun after the deciding verb', () => {
    expect(rows('قررت روسيا تأجيل القمة.', { Russia: ['روسيا'] })).toEqual([['retreat.postponement', ['Russia']]]);
  });
  it('"من أجل", "إلى أجل غير مسمى", and "أجلت" (evacuated) are no postponement', () => {
    expect(rows('دعت روسيا إلى الحوار من أجل تعزيز الأمن.', { Russia: ['روسيا'] })).toEqual([]);
    expect(rows('علقت روسيا الرحلات إلى أجل غير مسمى.', { Russia: ['روسيا'] }).map(([rule]) => rule)).not.toContain('retreat.postponement');
    expect(rows('أجلت روسيا مواطنيها من أفغانستان.', { Russia: ['روسيا'], Afghanistan: ['أفغانستان'] })).toEqual([]);
  });
});
