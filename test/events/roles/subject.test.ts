// events/roles/subject.ts: the subject of a verb, as the source and participant rules find it.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('subject', () => {
  it('the sides named before a noun come in the order they are named ("بين روسيا وطاجيكستان ... بعد توقيع اتفاق بين البلدين")', () => {
    const { events } = run('انتهى الخلاف بين روسيا وطاجيكستان الجمعة، بعد توقيع اتفاق بين البلدين.', { entities: { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] } });
    expect(events.filter((e) => e.type === 'SUPPORT').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Russia'], ['Tajikistan']]]);
  });
  it('"مئات من أفراد الجيش": the من of a count is no preposition before the subject', () => {
    const { events } = run('انتشر مئات من أفراد القوات الروسية في دوشنبه.', { entities: { Russia: [{ text: 'الروسية', method: 'nisba' }], Dushanbe: ['دوشنبه'] } });
    expect(events.map((e) => [e.type, names(e.source)])).toEqual([['MOBILIZE', ['Russia']]]);
  });
  it('"بوتين ونظيره الكازاخستاني توكاييف": the و on the title joins the two as one subject', () => {
    const { events } = run('بحث الرئيس الروسي فلاديمير بوتين ونظيره الكازاخستاني قاسم جومارت توكاييف الوضع.', {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'نظيره الكازاخستاني' }] },
    });
    expect(events.map((e) => [e.type, names(e.source)])).toEqual([['CONSULT', ['Vladimir Putin', 'Kassym-Jomart Tokayev']]]);
  });

  it('a list joined by و may mix states and people ("إن روسيا وإيران والرئيس الطاجيكي إمام علي رحمان وافقوا")', () => {
    const { events } = run('وقال بوتين إن روسيا وإيران والرئيس الطاجيكي إمام علي رحمان وافقوا جميعا على إجراء مفاوضات.', {
      entities: { Putin: ['بوتين'], Russia: ['روسيا'], Iran: ['إيران'], Rahmon: [{ text: 'إمام علي رحمان', role: 'الرئيس الطاجيكي' }] },
    });
    expect(events.filter((e) => e.type === 'AGREE').map((e) => names(e.source))).toEqual([['Russia', 'Iran', 'Emomali Rahmon']]);
  });

  it('the genitive of a noun in a phrase of when is no subject of a verb after it ("عقب وفاة كريموف ... أن يفوز")', () => {
    const { events } = run('وعين ميرضيايف رئيسا مؤقتا عقب وفاة كريموف، وكان من المتوقع أن يفوز بالانتخابات.', {
      entities: { Mirziyoyev: ['ميرضيايف'], Karimov: ['كريموف'] },
    });
    expect(events.filter((e) => e.trigger.text === 'يفوز').map((e) => [...names(e.source), ...names(e.recipient)])).toEqual([['Shavkat Mirziyoyev']]);
  });

  it('officials spelled with ئ ("على مسئولين في بيلاروسيا") are members of the state, as "مسؤولين" are', () => {
    const { events } = run('الاتحاد الأوروبي يفرض عقوبات على مسئولين في بيلاروسيا بسبب الانتخابات.', { entities: { Belarus: ['بيلاروسيا'] } });
    expect(events.map((e) => [e.type, names(e.recipient)])).toEqual([['SANCTION', ['Belarus']]]);
  });

  it('"وزير" starts with its own و, not a conjunction: "التقى رحمون وزير الدفاع شويغو" is a subject and its object', () => {
    const { events } = run('التقى رحمون وزير الدفاع سيرغي شويغو.', {
      entities: { Rahmon: ['رحمون'], Shoigu: [{ text: 'سيرغي شويغو', role: 'وزير الدفاع' }] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['CONSULT', ['Emomali Rahmon'], ['Sergei Shoigu']]]);
  });

  it('members of a group: the group acts ("مسلحون من حركة طالبان")', () => {
    const [e] = run('وهاجم مسلحون من حركة طالبان نقطة حدودية.', { entities: { Taliban: ['حركة طالبان'] } }).events;
    expect([e.type, e.trigger.text, names(e.source)]).toEqual(['ASSAULT', 'وهاجم', ['Taliban']]);
  });

  it('members of a group with ب on the group ("قتل 6 عناصر بالحركة"): the killed are its members, the group is the target, not the killer (dev_037)', () => {
    const { events } = run('وزعم التنظيم قتل 6 عناصر بطالبان.', { entities: { Taliban: ['طالبان'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ASSAULT', [], ['Taliban']]]);
  });

  it('the participants in an organisation stand for it, as its members do ("ودعا بوتين المشاركين في منظمة تعاون شنغهاي")', () => {
    const { events } = run('ودعا بوتين المشاركين في منظمة تعاون شنغهاي الى تبني تشريعات تسمح باجراء المزيد من التدريبات.', { entities: { Putin: ['بوتين'], SCO: ['منظمة تعاون شنغهاي'] } });
    expect(events.filter((e) => e.type === 'REQUEST').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Vladimir Putin'], ['Shanghai Cooperation Organisation']]]);
  });

  it('the authorities of a place act for its state, members of a party for the party ("اعتقلت السلطات في طاجيكستان ... عضوا في حزب")', () => {
    const { events } = run('اعتقلت السلطات في طاجيكستان أكثر من 20 عضوا في حزب النهضة الاسلامي المعارض بتهمة التآمر للقيام بانقلاب.',
      { entities: { Tajikistan: ['طاجيكستان'], IRPT: ['حزب النهضة الاسلامي'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['COERCE', ['Tajikistan'], ['Islamic Renaissance Party of Tajikistan']]]);
  });

  it('the political forces or parties of a place are its state ("تدعو القوى السياسية في قرغيزستان", "جميع الأطراف في أفغانستان")', () => {
    const rows = (text: string, entities: Record<string, string[]>) => run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);
    expect(rows('موسكو تدعو القوى السياسية في قرغيزستان للتحلي بالمسؤولية.', { Moscow: ['موسكو'], Kyrgyzstan: ['قرغيزستان'] }))
      .toEqual([['REQUEST', ['Moscow'], ['Kyrgyzstan']]]);
    expect(rows('دعت روسيا جميع الأطراف في أفغانستان إلى وقف إطلاق النار.', { Russia: ['روسيا'], Afghanistan: ['أفغانستان'] }))
      .toEqual([['REQUEST', ['Russia'], ['Afghanistan']]]);
  });

  it('the police in a capital act for its state, a place head between ("اعتقلت الشرطة في مدينة مينسك")', () => {
    for (const text of ['اعتقلت الشرطة في مينسك عشرات المحتجين.', 'اعتقلت الشرطة في مدينة مينسك عشرات المحتجين.']) {
      const { events } = run(text, { entities: { Minsk: ['مينسك'] } });
      expect(events.map((e) => [e.type, e.source.map((a) => [a.name, a.affiliation?.name])])).toEqual([['COERCE', [['Minsk', 'Belarus']]]]);
    }
  });

  it('never an actor inside a relative clause on the actor before it', () => {
    const { events } = run('وأعلن باشينيان، الذي يرأس مجلس الأمن الجماعي، تأييده للخطة.', { entities: { Pashinyan: ['باشينيان'], CSC: ['مجلس الأمن الجماعي'] } });
    expect(events).toHaveLength(1);
    expect(names(events[0].source)).toEqual(['Nikol Pashinyan']);
  });

  it('a resumptive pronoun: the relative is the object, the person the sentence is about the subject', () => {
    const { events } = run('وأعلن الكرملين أن بوتين سيشارك في القمة التي تستضيفها أستانا.', { entities: { Putin: ['بوتين'], Astana: ['أستانا'] } });
    expect(events.map((e) => [e.subtype, e.status, names(e.participants), e.location?.name])).toEqual([['summit', 'planned', ['Vladimir Putin'], 'Astana']]);
  });

  it('a country and an organisation coordinate ("دعا بوتين الولايات المتحدة وحركة طالبان إلى"): both are asked', () => {
    const { events } = run('دعا بوتين الولايات المتحدة وحركة طالبان إلى مواصلة المحادثات.', { entities: { Putin: ['بوتين'], USA: ['الولايات المتحدة'], Taliban: ['حركة طالبان'] } });
    expect(events.filter((e) => e.type === 'REQUEST').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Vladimir Putin'], ['United States', 'Taliban']]]);
  });

  it('the preposition of a count does not hide the subject ("فر أكثر من ألف جندي أفغاني")', () => {
    const { events } = run('فر أكثر من ألف جندي أفغاني إلى طاجيكستان.', { entities: { Afghanistan: ['أفغاني'], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, names(e.source)])).toEqual([['RETREAT', ['Afghanistan']]]);
  });

  it('a nisba on a state noun after و is its state, coordinated ("حركة طالبان والقيادة الأفغانية سيشاركون")', () => {
    const { events } = run('قال بوتين إن ممثلين من حركة طالبان والقيادة الأفغانية سيشاركون في محادثات.', {
      entities: { Putin: ['بوتين'], Taliban: ['حركة طالبان'], Afghanistan: [{ text: 'الأفغانية', method: 'nisba' }] },
    });
    expect(events.map((e) => [e.type, names(e.participants)])).toEqual([['CONSULT', ['Taliban', 'Afghanistan']]]);
  });

  it('a capital coordinates with an organisation or a country, standing for its state ("اتهمت يريفان المنظمة وموسكو")', () => {
    const { events } = run('واتهمت يريفان منظمة معاهدة الأمن الجماعي وموسكو بالفشل.', { entities: { Yerevan: ['يريفان'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Moscow: ['موسكو'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', ['Yerevan'], ['Collective Security Treaty Organization', 'Moscow']]]);
  });

  it('two nisbas side by side name two sides ("مناورة عسكرية روسية بيلاروسية"): a joint exercise of both', () => {
    const { events } = run('وجرت مناورة عسكرية روسية بيلاروسية قرب الحدود.', {
      entities: { Russia: [{ text: 'روسية', method: 'nisba' }], Belarus: [{ text: 'بيلاروسية', method: 'nisba' }] },
    });
    expect(events.map((e) => [e.type, names(e.source)])).toEqual([['COOPERATE', ['Russia', 'Belarus']]]);
  });

  it('a noun after the ب the verb\'s frame marks governs the actor after it: no subject ("وطالب بانسحاب القوات ...", "وندد بهجمات حركة طالبان")', () => {
    const { events } = run('وطالب بانسحاب القوات الأمريكية من أفغانستان.', { entities: { USA: [{ text: 'الأمريكية', method: 'nisba' }], Afghanistan: ['أفغانستان'] } });
    expect(events.filter((e) => e.type === 'REQUEST').map((e) => names(e.source))).toEqual([[]]);
    const denounced = run('وندد بهجمات حركة طالبان.', { entities: { Taliban: ['حركة طالبان'] } }).events;
    expect(denounced.filter((e) => e.type === 'DISAPPROVE').map((e) => [names(e.source), names(e.recipient)])).toEqual([[[], ['Taliban']]]);
    // a word with a pronoun suffix governs none: the name after it is the subject
    const welcomed = run('ورحب بدوره الرئيس بوتين بالاتفاق.', { entities: { Putin: [{ text: 'بوتين', role: 'الرئيس' }] } }).events;
    expect(welcomed.map((e) => [e.type, names(e.source)])).toEqual([['SUPPORT', ['Vladimir Putin']]]);
  });

  it('names set off by commas alone, with no و after them, are no list: the subject and its apposition, then the object', () => {
    const { events } = run('وانتقد رئيس الوزراء الأرميني، نيكول باشينيان، الرئيس فلاديمير بوتين.', {
      entities: { Armenia: [{ text: 'الأرميني', method: 'nisba' }], Pashinyan: ['نيكول باشينيان'], Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['DISAPPROVE', ['Nikol Pashinyan'], ['Vladimir Putin']]]);
  });
});

describe('the two sides as the subject ("الجانبان", "الرئيسان")', () => {
  it('"أن يوقع الرئيسان" in a quote: not the one quoted', () => {
    const { events } = run('وقال مساعد الرئيس الروسي يوري أوشاكوف: "من المتوقع أن يوقع الرئيسان بيانا مشتركا".', {
      entities: { Ushakov: [{ text: 'يوري أوشاكوف', role: 'مساعد الرئيس الروسي' }] },
    });
    expect(events.map((e) => [e.type, names(e.source)])).toEqual([]);
  });
  it('"حيث أشاد الجانبان": the two named together before', () => {
    const { events } = run('جاء ذلك خلال الجلسات التي عقدت بين الرئيس فلاديمير بوتين والرئيس صادر جباروف، حيث أشاد الجانبان بالدور المحوري للقاعدة.', {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }], Japarov: [{ text: 'صادر جباروف', role: 'الرئيس' }] },
    });
    expect(events.filter((e) => e.type === 'SUPPORT').map((e) => names(e.source))).toEqual([['Vladimir Putin', 'Sadyr Japarov']]);
  });
});

describe('a plural nisba in the oblique case', () => {
  it('"واتهمت الأمريكيين" is the object: the subject is the one the sentence named before ("وتقربت أوزبكستان من موسكو واتهمت الأمريكيين")', () => {
    const { events } = run('وتقربت أوزبكستان من موسكو واتهمت الأمريكيين بالعمل على إطاحة النظام.', {
      entities: { Uzbekistan: ['أوزبكستان'], Moscow: ['موسكو'], USA: [{ text: 'الأمريكيين', method: 'nisba' }] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', ['Uzbekistan'], ['United States']]]);
  });
});
