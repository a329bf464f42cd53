// events/story/laterReport.ts: the main record with one side missing takes it from a later report of the
// same act by the same side.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';
import { names, run } from '../helpers.js';

const main = (text: string, entities: Parameters<typeof run>[1]['entities']) => {
  const e = run(text, { entities }).events.find((x) => x.main)!;
  return [e.type, names(e.source), names(e.recipient), e.recipient.map((a) => a.basis)];
};

/** Sentences that report events and so put the later report past the lead (story/lead.ts: LEAD_SENTENCES sentences with an event). */
const FILLER = 'قال باشينيان إن الحكومة ناقشت الوضع. وأضاف أن الوزراء بحثوا القرار. وأشار إلى أن البرلمان ناقش الأمر.';

describe('sidesFromLaterReport', () => {
  const entities = { Armenia: ['أرمينيا'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Pashinyan: ['باشينيان'] };
  it('the headline\'s suspension with no recipient takes the organisation of the later report', () => {
    expect(main(`أرمينيا تجمد عضويتها\n${FILLER} وجمدت أرمينيا عضويتها في منظمة معاهدة الأمن الجماعي.`, entities))
      .toEqual(['RETREAT', ['Armenia'], ['Collective Security Treaty Organization'], ['sentence 4']]);
  });
  it('a later report by the same word that names no source gives its recipient ("إنها اعتقلت قائد الأمن السابق" ... "أعلن جهاز الأمن اعتقال كريم ماسيموف"; heldout49)', () => {
    const e = createExtractor().extract('قالت السلطات في كازاخستان يوم السبت إنها اعتقلت قائد جهاز الأمن الوطني السابق للاشتباه في الخيانة.\nوأعلن جهاز الأمن الوطني اعتقال كريم ماسيموف.').events.find((x) => x.main)!;
    expect([e.type, e.source.map((a) => a.name), e.recipient.map((a) => a.name), e.recipient.map((a) => a.basis)])
      .toEqual(['COERCE', ['Kazakhstan'], ['Karim Massimov'], ['sentence 1']]);
  });
  it('in the lead, another word of the same type tells the same act: the meeting takes the one met (heldout37)', () => {
    const met = (text: string) => {
      const e = createExtractor().extract(text).events.find((x) => x.main)!;
      return [e.type, e.source.map((a) => a.name), e.recipient.map((a) => a.name), e.recipient.map((a) => a.basis)];
    };
    const meeting = 'التقى الرئيس الصيني شي جين بينغ، اليوم السبت في مدينة تيانجين.';
    const statement = 'وقال الرئيس شي خلال اجتماعه بالرئيس الكازاخي قاسم جومارت توكاييف إن على البلدين تعزيز التعاون.';
    expect(met(`${meeting}\n${statement}`)).toEqual(['CONSULT', ['Xi Jinping'], ['Kassym-Jomart Tokayev'], ['sentence 1']]);
    // past the lead, another word of the type is another happening
    expect(met(`${meeting}\n${FILLER} ${statement}`)).toEqual(['CONSULT', ['Xi Jinping'], [], []]);
  });
  it('a later report by another side gives nothing', () => {
    expect(main(`أرمينيا تجمد عضويتها\n${FILLER} وجمدت أذربيجان عضويتها في منظمة معاهدة الأمن الجماعي.`, { ...entities, Azerbaijan: ['أذربيجان'] }))
      .toEqual(['RETREAT', ['Armenia'], [], []]);
  });

  it('an arrest the next sentence tells in the passive gives the one arrested (heldout12)', () => {
    const e = createExtractor().extract('أعلنت وزارة الداخلية في طاجيكستان، أمس، أنه تم اعتقال ثلاثة إسلاميين مفترضين.\nوقال متحدث: «تم اعتقال ثلاثة عناصر في الحركة الإسلامية في أوزبكستان».')
      .events.find((x) => x.main)!;
    expect([e.source.map((a) => a.name), e.recipient.map((a) => a.name), e.recipient.map((a) => a.basis)])
      .toEqual([['Ministry of Internal Affairs of Tajikistan'], ['Islamic Movement of Uzbekistan'], ['sentence 1']]);
  });
});
