// A state of emergency or a curfew declared is COERCE ("أعلن ... حالة الطوارئ", "فرضت ... حظر التجول"),
// lifting one is not; reservists called up and armoured carriers deployed are MOBILIZE: entries of
// data/events/triggers.json, each test failing without its data change.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source), e.location?.name ?? null]);

describe('emergency measures', () => {
  it('"أعلن توكاييف حالة الطوارئ في ألماتي": Tokayev declares it there', () => {
    expect(rows('أعلن توكاييف حالة الطوارئ في ألماتي.', { Tokayev: ['توكاييف'], Almaty: ['ألماتي'] }))
      .toEqual([['COERCE', 'coerce.emergency', ['Kassym-Jomart Tokayev'], 'Almaty']]);
  });
  it('"وفرضت طاجيكستان حظر التجول في دوشنبه"', () => {
    expect(rows('وفرضت طاجيكستان حظر التجول في دوشنبه.', { Tajikistan: ['طاجيكستان'], Dushanbe: ['دوشنبه'] }))
      .toEqual([['COERCE', 'coerce.curfew', ['Tajikistan'], 'Dushanbe']]);
  });
  it('"اعلن توكاييف حال الطوارىء في ألماتي": حال without ta marbuta, الطوارىء with its hamza', () => {
    expect(rows('اعلن توكاييف الجمعة حال الطوارىء في ألماتي.', { Tokayev: ['توكاييف'], Almaty: ['ألماتي'] }))
      .toEqual([['COERCE', 'coerce.emergency', ['Kassym-Jomart Tokayev'], 'Almaty']]);
  });
  it('an extension is the measure again, its source the subject of "مدد" ("مددت سلطات كازاخستان ... حالة الطوارىء")', () => {
    expect(rows('مددت سلطات كازاخستان حالة الطوارىء في ألماتي.', { Kazakhstan: ['كازاخستان'], Almaty: ['ألماتي'] }))
      .toEqual([['COERCE', 'coerce.emergency', ['Kazakhstan'], 'Almaty']]);
    expect(rows('وقال توكاييف "قررت تمديد حالة الطوارىء في ألماتي".', { Tokayev: ['توكاييف'], Almaty: ['ألماتي'] }))
      .toEqual([['COERCE', 'coerce.emergency', ['Kassym-Jomart Tokayev'], 'Almaty']]);
  });
  it('lifting a state of emergency is no coercion', () => {
    expect(rows('ورفع توكاييف حالة الطوارئ في ألماتي.', { Tokayev: ['توكاييف'], Almaty: ['ألماتي'] }).filter((r) => r[0] === 'COERCE')).toEqual([]);
  });
});

describe('call-ups and deployments', () => {
  it('reservists called up ("أمراً بتجنيد 20 ألف جندي احتياطي") are a mobilisation; an ambassador summoned is not', () => {
    expect(rows('أصدر الرئيس الطاجيكي إمام علي رحمن أمراً بتجنيد 20 ألف جندي احتياطي.', { Rahmon: ['إمام علي رحمن'] }))
      .toEqual([['MOBILIZE', 'mobilize.call-up', ['Emomali Rahmon'], null]]);
    expect(rows('أعلنت طاجيكستان استدعاء الاحتياط.', { Tajikistan: ['طاجيكستان'] }).map((r) => r[1])).toEqual(['mobilize.call-up']);
    expect(rows('قررت طاجيكستان استدعاء السفير الروسي.', { Tajikistan: ['طاجيكستان'] }).filter((r) => r[0] === 'MOBILIZE')).toEqual([]);
  });
  it('armoured carriers and "جند" deployed ("نشرت أوزبكستان حاملتي جند وحوالى 40 جندياً")', () => {
    expect(rows('ونشرت أوزبكستان حاملتي جند وحوالى 40 جندياً في المنطقة.', { Uzbekistan: ['أوزبكستان'] }))
      .toEqual([['MOBILIZE', 'mobilize.troop-deployment', ['Uzbekistan'], null]]);
  });
});
