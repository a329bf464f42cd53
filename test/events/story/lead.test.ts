// story/lead.ts: the main record is the lead's fuller report of the headline's event.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const entities = {
  Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }, 'بوتين'],
  Rahmon: [{ text: 'إمام علي رحمان', role: 'الرئيس الطاجيكي' }],
};

describe('fullerLeadReport', () => {
  it('the headline names the talks, the lead gives both sides and the place: the lead is main', () => {
    const text = 'بوتين يبحث الوضع في أفغانستان\nبحث الرئيس الروسي فلاديمير بوتين مع الرئيس الطاجيكي إمام علي رحمان في دوشنبه الوضع في أفغانستان.';
    const { events } = run(text, { entities: { ...entities, Dushanbe: ['دوشنبه'] } });
    const main = events.find((e) => e.main)!;
    expect([main.sentence.index, names(main.source), names(main.recipient), main.location?.name]).toEqual([1, ['Vladimir Putin'], ['Emomali Rahmon'], 'Dushanbe']);
  });

  it('a report of weeks before the article is no fuller report of its undated headline ("في أعقاب رحلته الشهر الماضي", heldout26)', () => {
    const text = 'زيارة بوتين\nوزار الرئيس الروسي فلاديمير بوتين طاجيكستان الشهر الماضي.';
    const fx = { entities: { Putin: entities.Putin, Tajikistan: ['طاجيكستان'] }, dates: [['الشهر الماضي', '2023-10', 'month']] as [string, string, string][] };
    const stale = run(text, { ...fx, published: '2023-11-09' }).events.find((e) => e.main)!;
    expect(stale.sentence.index).toBe(0);
    const fresh = run(text, { ...fx, published: '2023-11-02' }).events.find((e) => e.main)!;
    expect(fresh.sentence.index).toBe(1);
    // a date with its time is a day (a week, "2023-W40", is not compared)
    const timed = run(text, { ...fx, dates: [['الشهر الماضي', '2023-10-05T15:22', 'time']], published: '2023-11-09' }).events.find((e) => e.main)!;
    expect(timed.sentence.index).toBe(0);
  });

  it('a lead that names the headline\'s states by the people who act for them is its fuller report ("أرمينيا تعلن فشل المحادثات" ... "وكان الرئيس الأرميني كوتشاريان والأذربيجاني علييف قد التقيا في بوخارست")', () => {
    const text = 'أرمينيا تعلن فشل المحادثات مع أذربيجان\nوكان الرئيس الأرميني روبرت كوتشاريان والأذربيجاني إلهام علييف قد التقيا في بوخارست.';
    const { events } = run(text, {
      entities: { Armenia: ['أرمينيا', { text: 'الأرميني', method: 'nisba' }], Azerbaijan: ['أذربيجان', { text: 'الأذربيجاني', method: 'nisba' }],
        Kocharyan: [{ text: 'روبرت كوتشاريان', role: 'الرئيس الأرميني' }], Aliyev: [{ text: 'إلهام علييف', role: 'الأذربيجاني' }], Bucharest: ['بوخارست'] },
    });
    const main = events.find((e) => e.main)!;
    expect([main.type, names(main.source), main.location?.name]).toEqual(['CONSULT', ['Robert Kocharyan', 'Ilham Aliyev'], 'Bucharest']);
  });

  it('lines with no event between the headline and its lead (a date line, a byline) are no lead sentences', () => {
    const text = 'بوتين يبحث الوضع في أفغانستان\nالأحد 7 أكتوبر 2007\nموسكو - وكالات\nبحث الرئيس الروسي فلاديمير بوتين مع الرئيس الطاجيكي إمام علي رحمان في دوشنبه الوضع في أفغانستان.';
    const { events } = run(text, { entities: { ...entities, Dushanbe: ['دوشنبه'] } });
    const main = events.find((e) => e.main)!;
    expect([main.sentence.index, names(main.source), names(main.recipient), main.location?.name]).toEqual([3, ['Vladimir Putin'], ['Emomali Rahmon'], 'Dushanbe']);
  });

  it('a lead that drops the headline\'s place is no fuller report, whatever else it names ("اجتماعاً ... في يريفان" over "زيارة زاس ولقاءه مع ...")', () => {
    const text = 'عقد نيكول باشينيان اجتماعاً مع ستانيسلاف زاس في يريفان.\nوقال باشينيان إن زيارة ستانيسلاف زاس ولقاءه مع باشينيان وأرارات ميرزويان فرصة جيدة.';
    const { events } = run(text, {
      entities: { Pashinyan: ['نيكول باشينيان', 'باشينيان', { text: 'باشينيان', nth: 2 }], Zas: ['ستانيسلاف زاس', { text: 'ستانيسلاف زاس', nth: 1 }], Mirzoyan: ['أرارات ميرزويان'], Yerevan: ['يريفان'] },
    });
    const main = events.find((e) => e.main)!;
    expect([main.sentence.index, main.location?.name]).toEqual([0, 'Yerevan']);
  });

  it('a lead that names another place is no fuller report ("إلى طشقند" over "إلى أوزبكستان", heldout2); one in the headline\'s country is', () => {
    const ents = { Lavrov: [{ text: 'سيرغي لافروف', role: 'وزير الخارجية الروسي' }, { text: 'سيرغي لافروف', nth: 1 }], Dushanbe: ['دوشنبه'],
      Tajikistan: ['طاجيكستان', { text: 'الطاجيكية', method: 'nisba' }] };
    const elsewhere = run('توجه وزير الخارجية الروسي سيرغي لافروف إلى دوشنبه لإجراء مباحثات.\nوقال المتحدث إن سيرغي لافروف توجه إلى طاجيكستان لإجراء مباحثات مع القيادة الطاجيكية.', { entities: ents }).events;
    expect(elsewhere.find((e) => e.main)!.sentence.index).toBe(0);
    const inside = run('لافروف يجري مباحثات في طاجيكستان\nأجرى وزير الخارجية الروسي سيرغي لافروف في دوشنبه مباحثات مع الرئيس الطاجيكي إمام علي رحمان.', {
      entities: { Lavrov: ['لافروف', { text: 'سيرغي لافروف', role: 'وزير الخارجية الروسي' }], Dushanbe: ['دوشنبه'], Tajikistan: ['طاجيكستان'], Rahmon: entities.Rahmon },
    }).events;
    const main = inside.find((e) => e.main)!;
    expect([main.sentence.index, names(main.recipient), main.location?.name]).toEqual([1, ['Emomali Rahmon'], 'Dushanbe']);
  });

  it('a happening a relative clause tells is no fuller report ("وفقا للاتفاق الذي تم التوصل إليه خلال لقاء ...", heldout23)', () => {
    const text = 'لجنتا الحدود الطاجيكية والقيرغيزية تعقدان اجتماعهما الأول\nعقدت لجنتا ترسيم الحدود أول اجتماع مشترك بينهما على الحدود.\n' +
      'وذكرت الوزارة أن اللجنتين التقتا وفقا للاتفاق الذي تم التوصل إليه خلال لقاء الرئيس الروسي فلاديمير بوتين بالرئيس الطاجيكي إمام علي رحمان في موسكو.';
    const { events } = run(text, { entities: { ...entities, Tajikistan: [{ text: 'الطاجيكية', method: 'nisba' }, { text: 'الطاجيكي', method: 'nisba' }], Kyrgyzstan: [{ text: 'القيرغيزية', method: 'nisba' }], Russia: [{ text: 'الروسي', method: 'nisba' }], Moscow: ['موسكو'] } });
    expect(events.find((e) => e.main)!.sentence.index).toBe(0);
  });

  it('a lead event of another type does not take the headline\'s place', () => {
    const text = 'بوتين يبحث الوضع في أفغانستان\nودعا الرئيس الروسي فلاديمير بوتين الرئيس الطاجيكي إمام علي رحمان إلى تعزيز الحدود.';
    const { events } = run(text, { entities });
    expect(events.find((e) => e.main)!.sentence.index).toBe(0);
  });

  it('the headline names the other side by its country ("نظيره الطاجيكي"), the lead by name: the lead is main', () => {
    const text = 'بوتين يبحث مع نظيره الطاجيكي الوضع في أفغانستان\nبحث الرئيس الروسي فلاديمير بوتين مع الرئيس الطاجيكي إمام علي رحمان آخر المستجدات.';
    const { events } = run(text, { entities: { ...entities, Tajikistan: [{ text: 'الطاجيكي', method: 'nisba' as const, nth: 0 }] } });
    const main = events.find((e) => e.main)!;
    expect([main.sentence.index, names(main.recipient)]).toEqual([1, ['Emomali Rahmon']]);
  });

  it('a report of another date is another happening', () => {
    const text = 'بوتين يلتقي إمام علي رحمان في 5 مايو 2023\nوالتقى بوتين الرئيس الطاجيكي إمام علي رحمان في دوشنبه في 2016.';
    const { events } = run(text, { entities: { Putin: ['بوتين'], Rahmon: ['إمام علي رحمان'], Dushanbe: ['دوشنبه'] }, dates: [['5 مايو 2023', '2023-05-05', 'day'], ['2016', '2016', 'year']] });
    expect(events.find((e) => e.main)!.sentence.index).toBe(0);
  });

  it('what the meeting will discuss ("الاجتماع سيناقش") is no fuller report of a headline that reports it', () => {
    const text = 'بوتين يعقد اجتماعا\nوذكرت الوزارة أن الاجتماع سيناقش مع إمام علي رحمان وبوتين الوضع في دوشنبه.';
    const { events } = run(text, { entities: { Putin: ['بوتين'], Rahmon: ['إمام علي رحمان'], Dushanbe: ['دوشنبه'] } });
    expect(events.find((e) => e.main)!.sentence.index).toBe(0);
  });

  it('a year alone is no fuller report: "زار بوتين البلاد في عام 2016" stays behind the headline\'s visit', () => {
    const text = 'يبدأ الرئيس الروسي فلاديمير بوتين الخميس أول زيارة رسمية له لأوزبكستان\nزار بوتين هذه الجمهورية في آسيا الوسطى في عام 2016.';
    const { events } = run(text, {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }, { text: 'بوتين', nth: 1 }], Uzbekistan: ['أوزبكستان'], CentralAsia: ['آسيا الوسطى'] },
      dates: [['2016', '2016', 'year']],
    });
    expect(events.find((e) => e.main)!.sentence.index).toBe(0);
  });

  it('a report of the same type with none of the headline\'s actors is another happening', () => {
    const text = 'بوتين يبحث الوضع في أفغانستان\nوبحث الرئيس الطاجيكي إمام علي رحمان في دوشنبه أمن الحدود.';
    const { events } = run(text, { entities: { Putin: ['بوتين'], Rahmon: entities.Rahmon, Dushanbe: ['دوشنبه'] } });
    expect(events.find((e) => e.main)!.sentence.index).toBe(0);
  });
});

describe('placeFromLead', () => {
  it('a council of the organisation meets as the organisation: the headline\'s talks take the council meeting\'s place', () => {
    const text = 'دول منظمة معاهدة الأمن الجماعي تبحث آفاق التعاون\nبدأ في مينسك اليوم اجتماع مجلس وزراء خارجية منظمة معاهدة الأمن الجماعي.';
    const { events } = run(text, { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], CFM: ['مجلس وزراء خارجية منظمة معاهدة الأمن الجماعي'], Minsk: ['مينسك'] } });
    const main = events.find((e) => e.main)!;
    expect([main.sentence.index, names(main.source), main.location?.name, main.location?.basis]).toEqual([0, ['Collective Security Treaty Organization'], 'Minsk', 'sentence 1']);
  });

  it('the headline names the attack and its sides, the lead its place: the main record has both', () => {
    const text = 'حركة طالبان تعلن هجوما على طاجيكستان\nوقالت حركة طالبان إنها نفذت هجوما في دوشنبه.';
    const { events } = run(text, { entities: { Taliban: ['حركة طالبان'], Tajikistan: ['طاجيكستان'], Dushanbe: ['دوشنبه'] } });
    const main = events.find((e) => e.main)!;
    expect([main.sentence.index, names(main.source), names(main.recipient), main.location?.name, main.location?.basis]).toEqual([0, ['Taliban'], ['Tajikistan'], 'Dushanbe', 'sentence 1']);
  });

  it('a lead event of another type gives the headline no place', () => {
    const text = 'حركة طالبان تعلن هجوما على طاجيكستان\nوقالت حركة طالبان إنها ترفض المحادثات في دوشنبه.';
    const { events } = run(text, { entities: { Taliban: ['حركة طالبان'], Tajikistan: ['طاجيكستان'], Dushanbe: ['دوشنبه'] } });
    expect(events.find((e) => e.main)!.location).toBeNull();
  });

  it('a lead mention of the same kind of happening with no sides of its own gives its place ("البيان الختامي للقمة التي عقدت في موسكو")', () => {
    const text = 'قمة منظمة معاهدة الأمن الجماعي تدعو لحل الأزمات\nوجاء في البيان الختامي للقمة التي عقدت في موسكو.';
    const { events } = run(text, { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Moscow: ['موسكو'] } });
    const main = events.find((e) => e.main)!;
    expect([main.type, main.sentence.index, main.location?.name, main.location?.basis]).toEqual(['CONSULT', 0, 'Moscow', 'sentence 1']);
  });

  it('a lead mention of another kind of the same type gives no place ("قمة" then "اجتماع عقد في موسكو")', () => {
    const text = 'قمة منظمة معاهدة الأمن الجماعي تدعو لحل الأزمات\nوسبقها اجتماع عقد في موسكو.';
    const { events } = run(text, { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Moscow: ['موسكو'] } });
    expect(events.find((e) => e.main)!.location).toBeNull();
  });

  it('a headline before the main record that names the same type of happening with no sides gives its place', () => {
    const text = 'وزراء الدفاع يعقدون اجتماعا في موسكو\nوزير الدفاع الروسي سيرغي شويغو يبحث الوضع الأمني مع نظرائه.';
    const { events } = run(text, { entities: { Shoigu: [{ text: 'سيرغي شويغو', role: 'وزير الدفاع الروسي' }], Moscow: ['موسكو'] } });
    const main = events.find((e) => e.main)!;
    expect([main.sentence.index, main.type, main.location?.name, main.location?.basis]).toEqual([1, 'CONSULT', 'Moscow', 'sentence 0']);
  });

  it('a region is replaced by the city a lead report gives ("في آسيا الوسطى" then "في دوشنبه")', () => {
    const text = 'بحث بوتين مع إمام علي رحمان الأمن في آسيا الوسطى\nوبحث بوتين مع إمام علي رحمان في دوشنبه أمن الحدود.';
    const { events } = run(text, { entities: { Putin: ['بوتين'], Rahmon: ['إمام علي رحمان'], Dushanbe: ['دوشنبه'], CentralAsia: ['آسيا الوسطى'] } });
    expect(events.find((e) => e.main)!.location?.name).toBe('Dushanbe');
  });
});

describe('placeFromLead: the visit of the main record\'s source', () => {
  it('what the visitor signs, he signs where the lead says he visits', () => {
    const text = 'وقع الرئيس الروسي فلاديمير بوتين مع نظيره الطاجيكي إمام علي رحمان اتفاقية للتعاون العسكري.\nووقع بوتين الاتفاقية خلال زيارته الرسمية إلى العاصمة دوشنبه.';
    const { events } = run(text, { entities: { ...entities, Dushanbe: ['دوشنبه'] } });
    const main = events.find((e) => e.main)!;
    expect([main.type, main.sentence.index, main.location?.name, main.location?.basis]).toEqual(['SUPPORT', 0, 'Dushanbe', 'sentence 1']);
  });
});
