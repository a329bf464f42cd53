// events/roles/fromSource.ts: after a verbal noun, the preposition its frame marks as the source's
// (consult.visit: من) names the visitor; the rest of the frame still applies past his name.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const sides = (text: string, entities: Parameters<typeof run>[1]['entities']) =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient), e.location?.name ?? null]);

describe('the source after the preposition its frame gives it', () => {
  it('"زيارة من رئيس كازاخستان إلى روسيا": Kazakhstan visits Russia', () => {
    expect(sides('زيارة من رئيس كازاخستان إلى روسيا لتطوير الشراكة الثنائية', { Kazakhstan: ['كازاخستان'], Russia: ['روسيا'] }))
      .toEqual([['CONSULT', ['Kazakhstan'], ['Russia'], 'Russia']]);
  });
  it('a long name after من: the destination past it is still the place visited', () => {
    const text = 'زيارة من الرئيس الكازاخستاني قاسم جومارت توكاييف إلى روسيا';
    expect(sides(text, { Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'الرئيس الكازاخستاني' }], Russia: ['روسيا'] }))
      .toEqual([['CONSULT', ['Kassym-Jomart Tokayev'], ['Russia'], 'Russia']]);
  });
  it('من further on is where the visitor comes from, not who visits ("قادما من أوزبكستان")', () => {
    expect(sides('زيارة شويغو إلى طاجيكستان قادما من أوزبكستان', { Shoigu: ['شويغو'], Tajikistan: ['طاجيكستان'], Uzbekistan: ['أوزبكستان'] }))
      .toEqual([['CONSULT', ['Sergei Shoigu'], ['Tajikistan'], 'Tajikistan']]);
  });
});
