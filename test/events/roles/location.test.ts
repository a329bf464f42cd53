// events/roles/location.ts and events/places.ts: where an event happens.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('location', () => {
  it('the city after a location cue', () => {
    const { events } = run('التقى بوتين مع توكاييف في موسكو.', { entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'] } });
    expect(events[0].location).toEqual({ entity: 'place:moscow', name: 'Moscow', country: 'RU', country_name: 'Russia', iso3: 'RUS', text: 'موسكو', basis: 'sentence' });
  });

  it('violence done by an attack after ب happens where the attack does ("مقتل عدد من الجنود الروس في وحدة حفظ السلام بإطلاق نار في ... قرة باغ", heldout21)', () => {
    const { events } = run('وأكدت روسيا مقتل عدد من الجنود الروس في وحدة حفظ السلام بإطلاق نار في منطقة جانياتاغ في موسكو.', { entities: { Russia: ['روسيا'], Moscow: ['موسكو'] } });
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => [e.rule, e.location?.name ?? null])).toEqual([['assault.killing', 'Moscow'], ['assault.open-fire', 'Moscow']]);
    // not a statement, nor an attack that is no means (no ب)
    const { events: after } = run('وأكدت روسيا مقتل عدد من الجنود الروس في وحدة حفظ السلام وإطلاق نار في منطقة جانياتاغ في موسكو.', { entities: { Russia: ['روسيا'], Moscow: ['موسكو'] } });
    expect(after.filter((e) => e.rule === 'assault.killing').map((e) => e.location?.name ?? null)).toEqual([null]);
  });

  it('an act done to an event right after it happens where that event does ("تفريقها بالقوة تظاهرة ضخمة نظمت في مينسك للاحتجاج"); a statement about one does not', () => {
    const fx = { entities: { Belarus: [{ text: 'البيلاروسية', method: 'nisba' as const }], Minsk: ['مينسك'] } };
    const { events } = run('اعتقلت الشرطة البيلاروسية مئات المتظاهرين، أثناء تفريقها بالقوة تظاهرة ضخمة نظمت في مينسك للاحتجاج على الانتخابات.', fx);
    expect(events.filter((e) => e.type === 'COERCE').map((e) => e.location?.name ?? null)).toEqual(['Minsk']);
    const said = run('وانتقدت كازاخستان الهجوم الذي وقع في مينسك.', { entities: { Kazakhstan: ['كازاخستان'], Minsk: ['مينسك'] } }).events;
    expect(said.filter((e) => e.type === 'DISAPPROVE').map((e) => e.location?.name ?? null)).toEqual([null]);
  });

  it('a destination after إلى is the travel\'s, and the place of the purpose right after it ("وصل ألف عسكري روسي إلى كازاخستان للمشاركة في مناورات")', () => {
    const { events } = run('وصل ألف عسكري روسي إلى كازاخستان للمشاركة في مناورات مشتركة.', {
      entities: { Russia: [{ text: 'روسي', method: 'nisba' }], Kazakhstan: ['كازاخستان'] },
    });
    expect(events.map((e) => [e.type, e.location?.name ?? null])).toEqual([['MOBILIZE', 'Kazakhstan'], ['COOPERATE', 'Kazakhstan']]);
  });

  it('a place before a quotation is not the quoted act\'s after it ("بعد محادثات مع ميدفيديف في موسكو "ستغلق قرغيزستان القاعدة"", heldout58)', () => {
    const fx = { entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Russia: ['روسيا'], Moscow: ['موسكو'] } };
    const talks = (text: string) => run(text, fx).events.filter((e) => e.type === 'CONSULT').map((e) => e.location?.name ?? null);
    expect(talks('وقال بوتين بعد محادثات مع توكاييف في موسكو "ستغلق روسيا القاعدة العسكرية".')).toEqual(['Moscow']);
    expect(talks('وقال بوتين بعد محادثات مع توكاييف في موسكو «ستغلق روسيا القاعدة العسكرية».')).toEqual(['Moscow']);
  });

  it('a place after أن/إن is the reported act\'s, not the meeting\'s before it', () => {
    const { events } = run('أعلن ميرضيائيف في اجتماع مع بوتين أن روسيا ستبني محطة للطاقة النووية في أوزبكستان.', {
      entities: { Mirziyoyev: ['ميرضيائيف'], Putin: ['بوتين'], Russia: ['روسيا'], Uzbekistan: ['أوزبكستان'] },
    });
    expect(events.map((e) => [e.type, e.location?.name ?? null])).toEqual([['CONSULT', null]]);
  });

  it('a place before أن/إن is the meeting\'s before it, not the reported act\'s after it ("قوله خلال اجتماع مع نظيره الطاجيكي إمام علي رحمان في دوشنبه إن روسيا على استعداد")', () => {
    const { events } = run('ونقل راديو عن بوتين قوله خلال اجتماع مع نظيره الطاجيكي إمام علي رحمان في دوشنبه إن روسيا على استعداد للتعاون مع حلف شمال الأطلسي.', {
      entities: { Putin: ['بوتين'], Rahmon: ['إمام علي رحمان'], Dushanbe: ['دوشنبه'], Russia: ['روسيا'], NATO: ['حلف شمال الأطلسي'] },
    });
    expect(events.filter((e) => e.type === 'CONSULT').map((e) => e.location?.name ?? null)).toEqual(['Dushanbe']);
  });

  it('a place before a speech verb and its أن is its clause\'s, not the reported act\'s ("... في أوكرانيا، وأكد أن روسيا نشرت")', () => {
    const { events } = run('وقال شويغو إن الغرب يحارب في أوكرانيا، وأكد أن روسيا نشرت قوات إضافية.', { entities: { Shoigu: ['شويغو'], Ukraine: ['أوكرانيا'], Russia: ['روسيا'] } });
    expect(events.map((e) => [e.type, e.location?.name ?? null])).toEqual([['MOBILIZE', null]]);
  });

  it('the host after a hosting verb with its object pronoun ("القمة التي استضافتها العاصمة الأرمينية")', () => {
    const { events } = run('وتبنى قادة منظمة معاهدة الأمن الجماعي في قمتهم التي استضافتها يريفان استراتيجية.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Yerevan: ['يريفان'] },
    });
    expect(events.map((e) => [e.type, e.location?.name])).toEqual([['CONSULT', 'Yerevan']]);
  });

  it('the أن of a future marker opens the trigger\'s own clause ("مناورات من المقرر أن تجريها ... قرب مدينة")', () => {
    const { events } = run('تبدأ مناورات من المقرر أن تجريها منظمة معاهدة الأمن الجماعي قرب مدينة دوشنبه.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Dushanbe: ['دوشنبه'] },
    });
    expect(events.map((e) => [e.type, e.location?.name])).toEqual([['COOPERATE', 'Dushanbe']]);
  });

  it('a place before حيث is the clause\'s before it, and also of what is done there ("في مدينة سمرقند، حيث وقعوا")', () => {
    const fx = { entities: { Rahmon: ['رحمون'], Japarov: ['جاباروف'], Mirziyoyev: ['ميرزيوييف'], Samarkand: ['سمرقند'] } };
    const { events } = run('التقى الرؤساء رحمون وجاباروف وميرزيوييف، في مدينة سمرقند الأوزبكية، حيث وقعوا الاتفاقية.', fx);
    expect(events.map((e) => [e.type, e.location?.name ?? null])).toEqual([['CONSULT', 'Samarkand'], ['SUPPORT', 'Samarkand']]);
  });

  it('... also with a date between the place and حيث ("في بكين اليوم (الإثنين) حيث تعهدا")', () => {
    const fx = { entities: { Putin: ['بوتين'], Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'نظيره الكازاخستاني' }], Astana: ['أستانا'] } };
    const text = 'عقد بوتين محادثات مع نظيره الكازاخستاني قاسم جومارت توكاييف في أستانا اليوم (الإثنين) حيث تعهدا بزيادة التعاون.';
    const { events } = run(text, { ...fx, dates: [['اليوم (الإثنين)', '2015-12-14', 'day']] });
    expect(events.map((e) => [e.type, e.trigger.text, e.location?.name ?? null])).toEqual([['CONSULT', 'محادثات', 'Astana'], ['AGREE', 'تعهدا', 'Astana']]);
  });

  it('a traveller\'s destination country is the place of the purpose right after it ("وصل لافروف إلى أوزبكستان لبحث")', () => {
    const fx = { entities: { Shoigu: ['شويغو'], Uzbekistan: ['أوزبكستان'] } };
    const near = run('وصل وزير الدفاع الروسي سيرغي شويغو إلى أوزبكستان لبحث التعاون العسكري.', fx).events;
    expect(near.map((e) => [e.type, e.rule, e.location?.name ?? null])).toEqual([['CONSULT', 'consult.discuss', 'Uzbekistan']]);
    // a country before a statement that is not where anyone went is no place of it
    const before = run('في أوزبكستان بحث سيرغي شويغو التعاون العسكري.', fx).events;
    expect(before.map((e) => [e.type, e.location?.name ?? null])).toEqual([['CONSULT', null]]);
  });

  it('counterparts in a region ("ونظراؤه في دول آسيا الوسطى") are no place', () => {
    const { events } = run('بحث سيرغي شويغو ونظراؤه في دول آسيا الوسطى الوضع الأمني.', { entities: { Shoigu: ['سيرغي شويغو'], CentralAsia: ['آسيا الوسطى'] } });
    expect(events.map((e) => [e.type, e.location])).toEqual([['CONSULT', null]]);
  });

  it('a travel verb\'s destination (travel_verbs + إلى) is where the meeting of its sentence is', () => {
    const { events } = run('وزير الدفاع الروسي يصل إلى مينسك للمشاركة في اجتماع منظمة معاهدة الأمن الجماعي', {
      entities: { Minsk: ['مينسك'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Russia: [{ text: 'الروسي', method: 'nisba' }] },
    });
    // the arrival is a visit of its own (consult.arrival)
    expect(events.map((e) => [e.type, e.rule, e.location?.name])).toEqual([['CONSULT', 'consult.arrival', 'Minsk'], ['CONSULT', 'consult.meeting', 'Minsk']]);
  });

  it('a country before the region it lies in ("في جمهورية طاجيكستان في آسيا الوسطى")', () => {
    const { events } = run('اعتقلت الشرطة الروسية تسعة أشخاص في جمهورية طاجيكستان في آسيا الوسطى.', {
      entities: { Russia: [{ text: 'الروسية', method: 'nisba' }], Tajikistan: ['طاجيكستان'], CentralAsia: ['آسيا الوسطى'] },
    });
    expect(events.map((e) => [e.type, e.location?.name])).toEqual([['COERCE', 'Tajikistan']]);
  });

  it('near a place, or along its border: the place ("قرب", "بمحاذاة حدود")', () => {
    const CSTO = ['منظمة معاهدة الأمن الجماعي'];
    const near = run('تجري دول منظمة معاهدة الأمن الجماعي مناورات قرب مدينة دوشنبه.', { entities: { CSTO, Dushanbe: ['دوشنبه'] } }).events;
    const along = run('تبدأ قوات منظمة معاهدة الأمن الجماعي مناورات بمحاذاة حدود طاجيكستان مع أفغانستان.', { entities: { CSTO, Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] } }).events;
    expect([near[0].location?.name, along[0].location?.name, along[0].recipient]).toEqual(['Dushanbe', 'Tajikistan', []]);
  });

  it('a country further after the trigger, past a quoted name and a date, places an exercise', () => {
    const { events } = run('وأجرت قوات منظمة معاهدة الأمن الجماعي مناورات عسكرية مشتركة "الأخوة المتراصة - 2020"، يوم الأربعاء، في ميدان للتدريب في بيلاروسيا.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Belarus: ['بيلاروسيا'] },
    });
    expect(events.map((e) => [e.type, e.location?.name])).toEqual([['COOPERATE', 'Belarus']]);
  });

  it('a country right after a meeting\'s name places it: the name counts as one word ("قمة منظمة معاهدة الأمن الجماعي في قرغيزستان")', () => {
    const { events } = run('والتقى بوتين مع توكاييف على هامش قمة منظمة معاهدة الأمن الجماعي في قرغيزستان.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Kyrgyzstan: ['قرغيزستان'] },
    });
    expect(events.map((e) => [e.subtype, e.location?.name])).toContainEqual(['summit', 'Kyrgyzstan']);
  });

  it('a topic is no place ("الوضع في أفغانستان")', () => {
    const { events } = run('وناقش بوتين مع توكاييف الوضع في أفغانستان.', { entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Afghanistan: ['أفغانستان'] } });
    expect(events.map((e) => [e.subtype, e.location])).toEqual([['talks', null]]);
  });

  it('a capital the entity engine resolved is the place, the phrase its text', () => {
    const { events } = run('عقدت قمة منظمة معاهدة الأمن الجماعي في العاصمة الكازاخستانية أستانا.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Astana: ['العاصمة الكازاخستانية أستانا'] },
    });
    expect(events[0].location).toEqual({ entity: 'place:astana', name: 'Astana', country: 'KZ', country_name: 'Kazakhstan', iso3: 'KAZ', text: 'العاصمة الكازاخستانية أستانا', basis: 'sentence' });
  });

  it('a country names the place of a statement only right after its trigger', () => {
    const near = run('أكدت روسيا في كازاخستان دعمها للمنظمة.', { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] } }).events;
    expect(near.map((e) => [e.type, e.location?.name ?? null])).toEqual([['SUPPORT', null]]);
  });

  it('a country right before a noun trigger names its place ("تبدأ اليوم في روسيا جولة محادثات"), not after a title', () => {
    const talks = run('تبدأ اليوم في روسيا جولة محادثات بين طالبان والحكومة.', { entities: { Russia: ['روسيا'], Taliban: ['طالبان'] } }).events;
    expect(talks.map((e) => [e.type, e.location?.name ?? null])).toEqual([['CONSULT', 'Russia']]);
    const titled = run('وأعرب قائد القوات الأمريكية في أفغانستان عن قلقه من تنامي الاتصالات.', { entities: { USA: [{ text: 'الأمريكية', method: 'nisba' }], Afghanistan: ['أفغانستان'] } }).events;
    expect(titled.map((e) => [e.type, e.location?.name ?? null])).toEqual([['DISAPPROVE', null]]);
  });

  it('two visits a comma apart are two events, each with the place of its own clause', () => {
    const text = 'وصل الوزير سيرغي شويغو إلى العاصمة يريفان، زار الرئيس فلاديمير بوتين القاعدة العسكرية في مدينة غومري.';
    const { events } = run(text, { entities: { Shoigu: [{ text: 'سيرغي شويغو', role: 'الوزير' }], Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }], Yerevan: ['يريفان'], Gyumri: ['غومري'] } });
    expect(events.map((e) => [e.trigger.text, e.location?.name])).toEqual([['وصل', 'Yerevan'], ['زار', 'Gyumri']]);
  });

  it('a cue glued to the place it opens: بالعاصمة الروسية موسكو', () => {
    const { events } = run('انطلق اجتماع منظمة معاهدة الأمن الجماعي بالعاصمة الروسية موسكو.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Moscow: ['العاصمة الروسية موسكو'] },
    });
    expect(events[0].location).toEqual({ entity: 'place:moscow', name: 'Moscow', country: 'RU', country_name: 'Russia', iso3: 'RUS', text: 'العاصمة الروسية موسكو', basis: 'sentence' });
  });

  it('a meeting held (cue list venue_rules) in a country its clause names further on ("وتنعقد قمة ... على ضفة بحيرة ... في قرغيزستان")', () => {
    const fx = { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Kyrgyzstan: ['قرغيزستان'] } };
    const held = run('وتنعقد قمة منظمة معاهدة الأمن الجماعي على ضفة بحيرة ايسيك-كول الرائعة في قرغيزستان.', fx).events;
    expect(held.map((e) => [e.type, e.location?.name ?? null])).toEqual([['CONSULT', 'Kyrgyzstan']]);
    // a summit that is only spoken of: a country that far is a topic, not its place
    const spoken = run('وتحدث عن قمة منظمة معاهدة الأمن الجماعي على ضفة بحيرة ايسيك-كول الرائعة في قرغيزستان.', fx).events;
    expect(spoken.map((e) => [e.type, e.location?.name ?? null])).toEqual([['CONSULT', null]]);
  });

  it('a state named with its head noun is a place phrase ("في دولة طاجيكستان الواقعة في آسيا الوسطى"), more specific than the region', () => {
    const { events } = run('أجرت روسيا مناورات عسكرية في دولة طاجيكستان الواقعة في آسيا الوسطى.', {
      entities: { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'], CentralAsia: ['آسيا الوسطى'] },
    });
    expect(events.map((e) => [e.type, e.location?.name ?? null])).toEqual([['MOBILIZE', 'Tajikistan']]);
  });

  it('a restating clause gives the event before it its place however far ("، وذلك اليوم الاثنين ... في جمهورية كازاخستان")', () => {
    const text = 'بدأت المرحلة النشطة من تدريبات قوات الرد السريع الجماعية التابعة لمنظمة معاهدة الأمن الجماعي "تفاعل-2022"، والتدريبات الخاصة "البحث-2022" و"إيشيلون-2022"، وذلك اليوم الاثنين 3 أكتوبر 2022، في جمهورية كازاخستان.';
    const { events } = run(text, { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Kazakhstan: ['كازاخستان'] } });
    expect(events.filter((e) => e.main).map((e) => [e.type, e.location?.name])).toEqual([['COOPERATE', 'Kazakhstan']]);
  });
});
