// events/story/city.ts: a main record placed in a country takes the city of it the lead names.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

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

  it('a visit to a country whose talks the lead places in its capital is there ("زار الرئيس الروسي فلاديمير بوتين كازاخستان" ... "محادثات بوتين في أستانا")', () => {
    const text = 'زار الرئيس الروسي فلاديمير بوتين كازاخستان، الخميس، في إطار جهوده لتعزيز العلاقات.\nو تأتي محادثات بوتين في أستانا عاصمة كازاخستان في أعقاب رحلته.';
    const { events } = run(text, {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }, { text: 'بوتين', nth: 1 }], Kazakhstan: ['كازاخستان', { text: 'كازاخستان', nth: 1 }], Astana: ['أستانا'] },
    });
    const main = events.find((e) => e.main)!;
    expect([main.type, names(main.recipient), main.location?.name]).toEqual(['CONSULT', ['Kazakhstan'], 'Astana']);
  });
});

describe('cityOfLead', () => {
  it('what took the main record\'s country as its place takes the city of it the main record ends up in', () => {
    const text = 'يبدأ الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، زيارة إلى طاجيكستان بمستوى زيارة دولة.\n' +
      'ويبدأ برنامج الرئيس مساء 8 أكتوبر، يلي ذلك مأدبة عشاء غير رسمية بحضور الرئيسين فلاديمير بوتين وإمام علي رحمون.\n' +
      'وفي صباح اليوم التالي، ستعقد مراسم الاستقبال الرسمي في قصر الأمم في دوشنبه، مع تقديم وفدي البلدين والتقاط صورة جماعية.\n' +
      'بعد ذلك، يتضمن الجدول محادثة بين بوتين ورحمون وجها لوجه ومفاوضات ثنائية بمشاركة وفود موسعة.';
    const { events } = run(text, {
      entities: {
        Putin: [{ text: 'فلاديمير بوتين', nth: 0, role: 'الرئيس الروسي' }, { text: 'فلاديمير بوتين', nth: 1 }, { text: 'بوتين', nth: 2 }],
        Rahmon: [{ text: 'إمام علي رحمون' }, { text: 'رحمون', nth: 1 }], Tajikistan: ['طاجيكستان'], Dushanbe: ['دوشنبه'],
      },
    });
    expect(events.map((e) => [e.type, names(e.source), e.location?.name, e.location?.basis])).toEqual([
      ['CONSULT', ['Vladimir Putin'], 'Dushanbe', 'sentence 2'],
      ['CONSULT', ['Vladimir Putin', 'Emomali Rahmon'], 'Dushanbe', 'lead'],
    ]);
  });
});
