// events/story/city.ts: a main record placed in a country takes the city of it the lead names.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('cityOfCountry', () => {
  it('an arrest "in Tajikistan" that the next sentence places in a suburb of Dushanbe is in Dushanbe', () => {
    const text = 'اعتقلت الشرطة الروسية تسعة أشخاص في طاجيكستان.\nوجرى الاعتقال في ضاحية دوشنبه.';
    const { events } = run(text, { entities: { Russia: [{ text: 'الروسية', method: 'nisba' }], Tajikistan: ['طاجيكستان'], Dushanbe: ['دوشنبه'] } });
    const main = events.find((e) => e.main)!;
    expect([main.type, main.location?.name, main.location?.basis]).toEqual(['COERCE', 'Dushanbe', 'sentence 1']);
    expect(main.basis).toContain('location: sentence 1 (a city of Tajikistan)');
  });

  it('a city of another country leaves the country', () => {
    const text = 'اعتقلت الشرطة الروسية تسعة أشخاص في طاجيكستان.\nويحتجز المشتبه بهم في موسكو.';
    const { events } = run(text, { entities: { Russia: [{ text: 'الروسية', method: 'nisba' }], Tajikistan: ['طاجيكستان'], Moscow: ['موسكو'] } });
    expect(events.find((e) => e.main)!.location?.name).toBe('Tajikistan');
  });

  it('where aid goes, the country stays: it is the side that receives it', () => {
    const text = 'أعلنت منظمة معاهدة الأمن الجماعي أنها ستقدم مساعدات إلى قيرغيزستان.\nوستصل المساعدات في بيشكيك.';
    const { events } = run(text, { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Kyrgyzstan: ['قيرغيزستان'], Bishkek: ['بيشكيك'] } });
    expect(events.find((e) => e.main)!.location?.name).toBe('Kyrgyzstan');
  });
});
