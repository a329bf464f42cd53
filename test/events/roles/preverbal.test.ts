// roles/preverbal.ts and roles/agreement.ts: a subject before its verb, the speaker of إنه, coordinated verbs.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';
import { names, run } from '../helpers.js';

const sides = (text: string, entities: Parameters<typeof run>[1]['entities']): [string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);

describe('preverbal subject', () => {
  it('headline SVO: the organisation before the verb acts, the country after it is the object; the coordinated verb shares the subject', () => {
    expect(sides('منظمة معاهدة الأمن الجماعي تدعم أرمينيا وتنتقد أذربيجان', {
      CSTO: ['منظمة معاهدة الأمن الجماعي'], Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'],
    })).toEqual([
      ['SUPPORT', ['Collective Security Treaty Organization'], ['Armenia']],
      ['DISAPPROVE', ['Collective Security Treaty Organization'], ['Azerbaijan']],
    ]);
  });

  it('the verb before is no trigger: the coordinated verb still shares its subject ("باشينيان يوجه نقدا لاذعا للمنظمة ويحذر")', () => {
    expect(sides('باشينيان يوجه نقدا لاذعا لمنظمة معاهدة الأمن الجماعي ويحذر من التبعات', {
      Pashinyan: ['باشينيان'], CSTO: ['منظمة معاهدة الأمن الجماعي'],
    })).toEqual([
      ['DISAPPROVE', ['Nikol Pashinyan'], ['Collective Security Treaty Organization']],
      ['DISAPPROVE', ['Nikol Pashinyan'], []],
    ]);
  });

  it('members with their genitive open the clause ("أن قوات الأمن في قرغيزستان اعتقلت الرئيس السابق أتامباييف")', () => {
    expect(sides('ذكرت وكالة إنترفاكس أن قوات الأمن في قرغيزستان اعتقلت الرئيس السابق ألمظ بك أتامباييف.', {
      Kyrgyzstan: ['قرغيزستان'], Atambayev: [{ text: 'ألمظ بك أتامباييف', role: 'الرئيس السابق' }],
    })).toEqual([['COERCE', ['Kyrgyzstan'], ['Almazbek Atambayev']]]);
  });

  it('members counted out of a state\'s forces, an adjective between, are that state ("أن 1037 جنديا من القوات الحكومية الأفغانية فروا")', () => {
    const fx = { TjSecurity: ['أجهزة الأمن في طاجيكستان'], Tajikistan: ['طاجيكستان'], Afghanistan: [{ text: 'الأفغانية', method: 'nisba' }] };
    expect(sides('أعلنت أجهزة الأمن في طاجيكستان أن 1037 جنديا من القوات الحكومية الأفغانية فروا عبر الحدود إلى طاجيكستان.', fx).map((x) => x[1]))
      .toEqual([['Afghanistan']]);
  });

  it('after إن people the report does not name, however described, are the subject: not the speaker; a coordinated plural verb shares them', () => {
    const text = 'قالت السلطات الطاجيكية إن متشددين مزودين قذائف صاروخية وأسلحة أخرى اقتحموا محكمة في دوشنبه وقتلوا قائد الشرطة.';
    const { events } = run(text, { entities: { Tajikistan: [{ text: 'الطاجيكية', method: 'nisba' }], Dushanbe: ['دوشنبه'] } });
    expect(events.map((e) => [e.trigger.text, names(e.source)])).toEqual([['اقتحموا', []]]);
    const members = run('قالت السلطات إن مسلحين من حركة طالبان هاجموا مركزا للشرطة.', { entities: { Taliban: ['حركة طالبان'] } }).events;
    expect(members.map((e) => [e.trigger.text, names(e.source)])).toEqual([['هاجموا', ['Taliban']]]);
  });

  it('after إن the subject stands before the verb: not the object after it', () => {
    expect(sides('وقال الوزير إن روسيا تدعم كازاخستان في جهودها.', { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] }))
      .toEqual([['SUPPORT', ['Russia'], ['Kazakhstan']]]);
  });

  it('coordinated subjects before the verb act together', () => {
    expect(sides('روسيا وطاجيكستان تدعمان أفغانستان', { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] })
      .map((x) => x[1])).toEqual([['Russia', 'Tajikistan']]);
  });

  it('إنه: the speaker of the clause before, not the body after the verb', () => {
    expect(sides('وقال الرئيس الطاجيكي إمام علي رحمان إنه يدعم منظمة معاهدة الأمن الجماعي', {
      Rahmon: [{ text: 'إمام علي رحمان', role: 'الرئيس الطاجيكي' }], CSTO: ['منظمة معاهدة الأمن الجماعي'],
    })).toEqual([['SUPPORT', ['Emomali Rahmon'], ['Collective Security Treaty Organization']]]);
  });

  it('a feminine verb does not take a man before it as its subject (VSO: the subject follows)', () => {
    expect(sides('بوتين: تدعم روسيا كازاخستان', { Putin: ['بوتين'], Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] }))
      .toEqual([['SUPPORT', ['Russia'], ['Kazakhstan']]]);
  });

  it('إنها with no speaker named: the object after the verb is not its subject', () => {
    expect(sides('وقالت المتحدثة إنها تنتقد أذربيجان', { Azerbaijan: ['أذربيجان'] })).toEqual([['DISAPPROVE', [], ['Azerbaijan']]]);
  });

  it('an actor in a prepositional phrase before the verb is not its subject', () => {
    expect(sides('وفي روسيا تنتقد أرمينيا أذربيجان', { Russia: ['روسيا'], Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'] }))
      .toEqual([['DISAPPROVE', ['Armenia'], ['Azerbaijan']]]);
  });
});

describe('subject after the verb', () => {
  it('a title right after the verb opens the subject, its prepositions included', () => {
    expect(sides('أيد المبعوث الخاص للكرملين إلى أفغانستان زامير كابولوف موقف أرمينيا', {
      Putin: [{ text: 'زامير كابولوف', role: 'المبعوث الخاص' }], Afghanistan: ['أفغانستان'], Armenia: ['أرمينيا'],
    }).map((x) => x[1])).toEqual([['Vladimir Putin']]);
  });

  it('a circumstantial participle with no subject before it does not take its object as subject', () => {
    expect(sides('وشدد على خطر المخدرات، داعيا منظمة شنغهاي للتعاون إلى القيام بتحقيق دولي', { SCO: ['منظمة شنغهاي للتعاون'] }))
      .toEqual([['REQUEST', [], ['Shanghai Cooperation Organisation']]]);
  });

  it('ضرورة تعزيز X: what is needed is the object, the speaker the source', () => {
    expect(sides('وشدد الرئيس البيلاروسي ألكسندر لوكاشينكو على ضرورة تعزيز منظمة معاهدة الأمن الجماعي', {
      Lukashenko: [{ text: 'ألكسندر لوكاشينكو', role: 'الرئيس البيلاروسي' }], CSTO: ['منظمة معاهدة الأمن الجماعي'],
    })).toEqual([['REQUEST', ['Alexander Lukashenko'], ['Collective Security Treaty Organization']]]);
  });
});

describe('members before the verb', () => {
  it('"وفد من حركة طالبان يزور موسكو": the group the delegation is from is the subject', () => {
    const { events } = run('وفد من حركة طالبان يزور موسكو الأسبوع المقبل', { entities: { Taliban: ['حركة طالبان'], Moscow: ['موسكو'] } });
    expect(events.map((e) => [e.type, names(e.source)])).toEqual([['CONSULT', ['Taliban']]]);
  });
  it('a past perfect: the subject stands between كان and قد ("وكانت روسيا قد اتهمت الولايات المتحدة")', () => {
    const { events } = run('وكانت روسيا قد اتهمت الولايات المتحدة بدعم المسلحين.', { entities: { Russia: ['روسيا'], USA: ['الولايات المتحدة'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient), e.basis[0]])).toEqual([['ACCUSE', ['Russia'], ['United States'], 'source: the subject between كان and قد']]);
  });

  it('a capital right after a past perfect\'s verb is its object ("وكان مسؤولون أمريكيون قد اتهموا موسكو")', () => {
    const { events } = run('وكان مسؤولون أمريكيون قد اتهموا موسكو بتسليح المسلحين.', { entities: { USA: [{ text: 'أمريكيون', method: 'nisba' }], Moscow: ['موسكو'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', ['United States'], ['Moscow']]]);
  });

  it('a subject with a relative clause set off by commas between it and its verb ("طاجيكستان، التي تجاور أفغانستان، انتقدت حركة طالبان")', () => {
    const { events } = run('وطاجيكستان، التي تجاور أفغانستان، انتقدت حركة طالبان.', { entities: { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'], Taliban: ['حركة طالبان'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient), e.basis])).toEqual([
      ['DISAPPROVE', ['Tajikistan'], ['Taliban'], ['source: the subject before its relative clause']],
    ]);
  });

  it('a state\'s title with no name opens the clause before its verb ("الرئيس الكازاخستاني يستقبل")', () => {
    expect(sides('الرئيس الكازاخستاني يستقبل الأمين العام لمنظمة معاهدة الأمن الجماعي', {
      Kazakhstan: [{ text: 'الكازاخستاني', method: 'nisba' }], CSTO: ['منظمة معاهدة الأمن الجماعي'],
    })).toEqual([['CONSULT', ['Kazakhstan'], ['Collective Security Treaty Organization']]]);
  });
  it('a common noun opening the that-clause is the subject: the actor after the verb is its object ("أن الوضع في أوكرانيا يهدد أمن ...")', () => {
    expect(sides('وقال زاس إن الوضع في أوكرانيا يهدد أمن منظمة معاهدة الأمن الجماعي.', {
      Zas: ['زاس'], Ukraine: ['أوكرانيا'], CSTO: ['منظمة معاهدة الأمن الجماعي'],
    }).filter(([type]) => type === 'THREATEN')).toEqual([['THREATEN', [], ['Collective Security Treaty Organization']]]);
    expect(sides('وقال زاس إن اللجنة أيدت موقف روسيا.', { Zas: ['زاس'], Russia: ['روسيا'] })).toEqual([['SUPPORT', [], ['Russia']]]);
  });
  it('... so is an indefinite noun in the accusative after أن ("ان شخصا قتل"), not a count of those named after it ("ان ثلاثا من الدول")', () => {
    const speaker = { Shoigu: [{ text: 'سيرغي شويغو', role: 'الوزير' }] };
    expect(sides('وقال الوزير سيرغي شويغو في بيان ان شخصا قتل في اعمال عنف جديدة.', speaker)).toEqual([]);
    expect(sides('وقال شويغو ان ثلاثا من الدول الأعضاء انسحبت منها، وهي جورجيا وأذربيجان.', { Shoigu: ['شويغو'], Georgia: ['جورجيا'], Azerbaijan: ['أذربيجان'] })
      .filter(([type]) => type === 'RETREAT').length).toBe(1);
  });
  it('... not the words for the two sides, whom the story names ("أن الرئيسين سيناقشان")', () => {
    const { events } = run('وأضاف بوتين أن الرئيسين سيناقشان التعاون.', { entities: { Putin: ['بوتين'] } });
    expect(events.map((e) => e.basis.includes('subject: a noun before the verb, no actor'))).toEqual([false]);
  });

  it('a dual verb: two sides named before it ("إن الجانبين الروسي والطاجيكي اتفقا")', () => {
    const { events } = run('وقال لافروف إن الجانبين الروسي والطاجيكي اتفقا على تعزيز التعاون.', { entities: { Lavrov: ['لافروف'], Russia: [{ text: 'الروسي', method: 'nisba' }], Tajikistan: [{ text: 'الطاجيكي', method: 'nisba' }] } });
    expect(events.filter((e) => e.type === 'AGREE').map((e) => names(e.source))).toEqual([['Russia', 'Tajikistan']]);
  });

  it('a dual verb\'s past perfect: the two people between كان and قد ("وكان الرئيس الأرميني روبرت كوتشاريان والأذربيجاني إلهام علييف قد التقيا")', () => {
    const { events } = run('وكان الرئيس الأرميني روبرت كوتشاريان والأذربيجاني إلهام علييف قد التقيا في بوخارست.', {
      entities: { Kocharyan: [{ text: 'روبرت كوتشاريان', role: 'الرئيس الأرميني' }], Aliyev: [{ text: 'إلهام علييف', role: 'الأذربيجاني' }], Armenia: [{ text: 'الأرميني', method: 'nisba' }], Azerbaijan: [{ text: 'الأذربيجاني', method: 'nisba' }], Bucharest: ['بوخارست'] },
    });
    expect(events.map((e) => [e.type, names(e.source)])).toEqual([['CONSULT', ['Robert Kocharyan', 'Ilham Aliyev']]]);
  });
});

describe('a dual verb whose root begins with و', () => {
  it('"وقعا" is a dual: its two sides stand between كان and قد, one of them named by his counterpart\'s nisba ("بوتين ونظيره الطاجيكي"), not a nisba after the verb', () => {
    const { events } = run('وكان الرئيس الروسي فلاديمير بوتين ونظيره الطاجيكي قد وقعا اتفاقيات لتعزيز الوجود الروسي.', {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Russia: [{ text: 'الروسي', method: 'nisba' }, { text: 'الروسي', nth: 1, method: 'nisba' }], Tajikistan: [{ text: 'الطاجيكي', method: 'nisba' }] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['SUPPORT', ['Vladimir Putin'], ['Tajikistan']]]);
  });
});

describe('a verb whose root begins with ف', () => {
  it('"فتحوا" has no conjunction: after a common noun ("أن المسلحين فتحوا النار") it has no actor subject, not the speaker', () => {
    const { events } = run('وأعلنت طاجيكستان أن المسلحين فتحوا النار على القوات الأفغانية.', { entities: { Tajikistan: ['طاجيكستان'], Afghanistan: [{ text: 'الأفغانية', method: 'nisba' }] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ASSAULT', [], ['Afghanistan']]]);
  });
});

describe('a verb whose root begins with ن (no "we") and a clause opened by a contrast', () => {
  it('"فيما نفت موسكو": the verb is a past, its subject after it, not the actor of the clause before', () => {
    expect(sides('اكدت أرمينيا ان قوات أذربيجان قصفت المنطقة، فيما نفت موسكو ذلك.', { Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'], Moscow: ['موسكو'] })
      .filter(([type]) => type === 'REJECT')).toEqual([['REJECT', ['Moscow'], []]]);
    expect(sides('وتنازلت أرمينيا عن أراض سيطرت عليها منذ عقود ونشرت موسكو نحو ألفي جندي روسي لمراقبة الهدنة.', { Armenia: ['أرمينيا'], Moscow: ['موسكو'] })
      .filter(([type]) => type === 'MOBILIZE')).toEqual([['MOBILIZE', ['Moscow'], []]]);
  });

  it('"ولكن روسيا رفضت الاتهامات": the actor after لكن is the subject before the verb', () => {
    expect(sides('وكان مسؤولون أمريكيون قد اتهموا موسكو بتسليح حركة طالبان ولكن روسيا رفضت الاتهامات.', {
      USA: [{ text: 'أمريكيون', method: 'nisba' }], Moscow: ['موسكو'], Taliban: ['حركة طالبان'], Russia: ['روسيا'],
    }).filter(([type]) => type === 'REJECT')).toEqual([['REJECT', ['Russia'], []]]);
  });
});

describe('"بلاده" opening a that-clause', () => {
  it('whose state the article does not name is the subject: the actor after the verb is its object, not its subject', () => {
    expect(sides('وأكد بوتين أن بلاده ستدعم أرمينيا.', { Putin: ['بوتين'], Armenia: ['أرمينيا'] })).toEqual([['SUPPORT', [], ['Armenia']]]);
  });

  it('a group\'s phrase goes on with who leads it: "وفد من حركة طالبان برئاسة X يزور موسكو" (the leader is the chair)', () => {
    const { events } = run('وفد من حركة طالبان برئاسة إمام علي رحمان يزور موسكو', { entities: { Taliban: ['حركة طالبان'], Rahmon: ['إمام علي رحمان'], Moscow: ['موسكو'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.chair), e.basis.includes('source: the subject before the verb')])).toEqual([['CONSULT', ['Taliban'], ['Emomali Rahmon'], true]]);
  });
  it('the adjective of the members that open the clause is its subject: a state\'s forces act for it ("أن القوات الروسية سيطرت")', () => {
    const e = createExtractor().extract('ذكرت وزارة الداخلية الجورجية أن القوات الروسية سيطرت على مدينة تسخينفالي.').events.find((x) => x.type === 'ASSAULT')!;
    expect([e.source.map((a) => a.name), e.basis]).toEqual([['Russia'], expect.arrayContaining(['source: the subject before the verb'])]);
  });
  it('a country before the verb is no title of the person after it ("روسيا تنتقد باشينيان", "أرمينيا تستقبل لافروف")', () => {
    const extractor = createExtractor();
    const heads = (text: string) => extractor.extract(text).events.map((e) => [e.type, e.source.map((a) => a.name), e.recipient.map((a) => a.name)]);
    expect(heads('روسيا تنتقد باشينيان')).toEqual([['DISAPPROVE', ['Russia'], ['Nikol Pashinyan']]]);
    expect(heads('أرمينيا تستقبل لافروف')).toEqual([['CONSULT', ['Armenia'], ['Sergey Lavrov']]]);
  });
});
