// events/roles/ownLosses.ts: a side reporting what was done to its own members is the one it was done to.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const killings = (text: string, entities: Parameters<typeof run>[1]['entities']): [string[], string[]][] =>
  run(text, { entities }).events.filter((e) => e.rule === 'assault.killing').map((e) => [names(e.source), names(e.recipient)]);

describe('own losses', () => {
  it('"أعلنت X مقتل 5 من عناصرها في هجوم لـ Y": Y killed, X lost its members', () => {
    expect(killings('وأعلنت طالبان مقتل 5 من عناصرها في هجوم لداعش.', { Taliban: ['طالبان'], ISISK: ['داعش'] }))
      .toEqual([[['Islamic State – Khorasan Province'], ['Taliban']]]);
  });

  it('the other side marked by a nisba ("بنيران أرمينية")', () => {
    expect(killings('وأعلنت أذربيجان مقتل جنديين من جنودها بنيران أرمينية.', { Azerbaijan: ['أذربيجان'], Armenia: [{ text: 'أرمينية', method: 'nisba' }] }))
      .toEqual([[['Armenia'], ['Azerbaijan']]]);
  });

  it('the members of another side ("مقتل 20 من مسلحي داعش") keep the reporter as the one who killed', () => {
    expect(killings('وأعلنت روسيا مقتل 20 من مسلحي داعش.', { Russia: ['روسيا'], ISISK: ['داعش'] })).toEqual([[['Russia'], ['Islamic State – Khorasan Province']]]);
  });
});
