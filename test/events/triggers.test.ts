// One test per trigger family, on real-style Arabic news sentences with hand-built entity mentions.
import { describe, expect, it } from 'vitest';
import { byType, names, run } from './helpers.js';

describe('CONSULT', () => {
  it('meeting: التقى — visitor source, host recipient, place and date of the sentence', () => {
    const text = 'التقى الرئيس الروسي فلاديمير بوتين في موسكو اليوم الرئيس الطاجيكي إمام علي رحمان.';
    const { events } = run(text, {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Rahmon: [{ text: 'إمام علي رحمان', role: 'الرئيس الطاجيكي' }], Moscow: ['موسكو'] },
      dates: [['اليوم', '2022-05-16', 'day', { relative: true }]],
      published: '2022-05-16',
    });
    expect(events).toHaveLength(1);
    const e = events[0];
    expect([e.type, e.quad_class, e.subtype, e.rule, e.status, e.mode, e.main]).toEqual(['CONSULT', 'verbal cooperation', 'bilateral meeting', 'consult.meet', 'reported', 'in person', true]);
    expect(e.trigger).toEqual({ text: 'التقى', start: 0, end: 5 });
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.sentence).toEqual({ text, start: 0, end: text.length, index: 0 });
    expect(e.source).toEqual([{ entity: 'person:putin', name: 'Vladimir Putin', type: 'PERSON', role: 'الرئيس الروسي', country: 'RU', iso3: 'RUS', basis: 'sentence' }]);
    expect(names(e.recipient)).toEqual(['Emomali Rahmon']);
    expect(e.date).toEqual({ value: '2022-05-16', granularity: 'day', text: 'اليوم', basis: 'sentence' });
    expect([e.date_precision, e.date_basis]).toEqual(['day', 'relative']);
    expect(e.location).toEqual({ entity: 'place:moscow', name: 'Moscow', country: 'RU', country_name: 'Russia', iso3: 'RUS', text: 'موسكو', basis: 'sentence' });
    expect(e.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('summit: عقدت قمة — the organisation it is of, capital after the nisba, explicit date', () => {
    const { events } = run('عقدت قمة منظمة معاهدة الأمن الجماعي في العاصمة الأرمينية يريفان يوم 23 نوفمبر 2022.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Yerevan: ['يريفان'] },
      dates: [['23 نوفمبر 2022', '2022-11-23', 'day']],
    });
    expect(events).toHaveLength(1);
    const e = events[0];
    expect([e.type, e.subtype, e.rule, e.mode]).toEqual(['CONSULT', 'summit', 'consult.summit+consult.hold', 'in person']);
    expect(names(e.source)).toEqual(['Collective Security Treaty Organization']);
    expect(e.location?.name).toBe('Yerevan');
    expect(e.location?.text).toBe('العاصمة الأرمينية يريفان');
    expect([e.date?.value, e.date_precision, e.date_basis]).toEqual(['2022-11-23', 'day', 'explicit']);
  });

  it('visit: في زيارة رسمية — the visitor is the source, the city after إلى the place', () => {
    const { events } = run('وصل وزير الدفاع الروسي سيرغي شويغو إلى مينسك في زيارة رسمية تستغرق يومين.', {
      entities: { Shoigu: [{ text: 'سيرغي شويغو', role: 'وزير الدفاع الروسي' }], Minsk: ['مينسك'] },
    });
    expect(events).toHaveLength(1);
    expect([events[0].type, events[0].subtype]).toEqual(['CONSULT', 'official visit']);
    expect(names(events[0].source)).toEqual(['Sergei Shoigu']);
    expect(events[0].location?.name).toBe('Minsk');
    expect(events[0].context).toEqual(['military']);
  });

  it('phone call: اتصالا هاتفيا مع — recipient after مع, no meeting mode', () => {
    const { events } = run('وأجرى الرئيس الكازاخستاني قاسم جومارت توكاييف اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.', {
      entities: { Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'الرئيس الكازاخستاني' }], Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }] },
    });
    expect(events).toHaveLength(1);
    const e = events[0];
    expect([e.type, e.subtype, e.rule, e.mode]).toEqual(['CONSULT', 'phone call', 'consult.phone-call', null]);
    expect(names(e.source)).toEqual(['Kassym-Jomart Tokayev']);
    expect(names(e.recipient)).toEqual(['Vladimir Putin']);
    expect(e.trigger.text).toBe('اتصالا');
  });
});

describe('other families', () => {
  it('AGREE: وافق وزراء دفاع الدول الأعضاء في منظمة ... على خطة', () => {
    const { events } = run('وافق وزراء دفاع الدول الأعضاء في منظمة معاهدة الأمن الجماعي على خطة التعاون العسكري لعام 2023.', { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'] } });
    expect(events.map((e) => [e.type, e.quad_class, e.subtype, e.rule])).toEqual([['AGREE', 'verbal cooperation', 'approval', 'agree.approval']]);
    expect(names(events[0].source)).toEqual(['Collective Security Treaty Organization']);
    expect(events[0].context).toEqual(['military']);
  });

  it('SUPPORT: أعربت عن تأييدها لجهود — the possessor is the source, the ل-object the recipient', () => {
    const { events } = run('أعربت روسيا عن تأييدها لجهود كازاخستان في تسوية الأزمة.', { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] } });
    expect(events.map((e) => [e.type, e.subtype, e.trigger.text])).toEqual([['SUPPORT', 'statement of support', 'تأييدها']]);
    expect(events[0].source).toEqual([{ entity: 'place:ru', name: 'Russia', type: 'PLACE', country: 'RU', iso3: 'RUS', basis: 'sentence' }]);
    expect(names(events[0].recipient)).toEqual(['Kazakhstan']);
  });

  it('REQUEST: دعا X Y إلى', () => {
    const { events } = run('دعا الأمين العام لمنظمة معاهدة الأمن الجماعي ستانيسلاف زاس حركة طالبان إلى وقف العمليات العسكرية.', {
      entities: { Zas: [{ text: 'ستانيسلاف زاس', role: 'الأمين العام لمنظمة معاهدة الأمن الجماعي' }], CSTO: ['منظمة معاهدة الأمن الجماعي'], Taliban: ['حركة طالبان'] },
    });
    expect(events.map((e) => [e.type, e.quad_class, e.subtype])).toEqual([['REQUEST', 'verbal conflict', 'call']]);
    expect(names(events[0].source)).toEqual(['Stanislav Zas']);
    expect(events[0].source[0].role).toBe('الأمين العام لمنظمة معاهدة الأمن الجماعي');
    // the organisation in the title belongs to the person
    expect(names(events[0].recipient)).toEqual(['Taliban']);
  });

  it('REQUEST: a nisba country in a title without a role belongs to the person; the group\'s organisation is the recipient', () => {
    const { events } = run('ودعا الرئيس الروسي فلاديمير بوتين الدول الأعضاء في منظمة معاهدة الأمن الجماعي إلى تنسيق الجهود.', {
      entities: { Putin: ['فلاديمير بوتين'], Russia: [{ text: 'الروسي', method: 'nisba' }], CSTO: ['منظمة معاهدة الأمن الجماعي'] },
    });
    expect(events.map((e) => [e.type, e.subtype, e.trigger.text, names(e.source), names(e.recipient)])).toEqual([
      ['REQUEST', 'call', 'ودعا', ['Vladimir Putin'], ['Collective Security Treaty Organization']],
    ]);
    expect(events[0].source[0]).toEqual({ entity: 'person:putin', name: 'Vladimir Putin', type: 'PERSON', affiliation: { entity: 'place:ru', name: 'Russia' }, country: 'RU', iso3: 'RUS', basis: 'sentence' });
  });

  it('DISAPPROVE (concern): أعربت عن قلقها إزاء ... أرمينيا وأذربيجان — compound recipient', () => {
    const { events } = run('وأعربت منظمة معاهدة الأمن الجماعي عن قلقها إزاء تصاعد التوتر على حدود أرمينيا وأذربيجان.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'] },
    });
    expect(events.map((e) => [e.type, e.subtype, e.rule])).toEqual([['DISAPPROVE', 'concern', 'disapprove.concern']]);
    expect(names(events[0].source)).toEqual(['Collective Security Treaty Organization']);
    expect(names(events[0].recipient)).toEqual(['Armenia', 'Azerbaijan']);
    expect(events[0].context).toEqual(['border']);
  });

  it('DISAPPROVE (concern): regret and displeasure expressed (أعرب عن أسفه، عن استيائه); "للأسف" alone is none', () => {
    const fx = { entities: { Pashinyan: ['باشينيان'], CSTO: ['منظمة معاهدة الأمن الجماعي'] } };
    expect(run('أعرب باشينيان عن أسفه لموقف منظمة معاهدة الأمن الجماعي.', fx).events.map((e) => [e.type, names(e.source)])).toEqual([['DISAPPROVE', ['Nikol Pashinyan']]]);
    expect(run('وأعرب باشينيان عن استيائه من منظمة معاهدة الأمن الجماعي.', fx).events.map((e) => [e.type, names(e.source), names(e.recipient)]))
      .toEqual([['DISAPPROVE', ['Nikol Pashinyan'], ['Collective Security Treaty Organization']]]);
    expect(run('وقال باشينيان إن منظمة معاهدة الأمن الجماعي للأسف لم تجتمع.', fx).events.filter((e) => e.type === 'DISAPPROVE')).toEqual([]);
  });

  it('more PLOVER verbs: easing sanctions (CONCEDE), arrests (COERCE), help (AID), targeting and abduction (ASSAULT), a stop of membership (RETREAT)', () => {
    const all: Record<string, string[]> = { Kazakhstan: ['كازاخستان'], Taliban: ['حركة طالبان'], Russia: ['روسيا'], Tajikistan: ['طاجيكستان'], Uzbekistan: ['أوزبكستان'], CSTO: ['منظمة معاهدة الأمن الجماعي'] };
    const one = (text: string): unknown[] => run(text, { entities: Object.fromEntries(Object.entries(all).filter(([, [w]]) => text.includes(w))) })
      .events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);
    expect(one('شطبت كازاخستان حركة طالبان من قائمة المنظمات المحظورة.')).toEqual([['CONCEDE', 'concede.easing', ['Kazakhstan'], ['Taliban']]]);
    expect(one('وألقت طاجيكستان القبض على عناصر من حركة طالبان.')).toEqual([['COERCE', 'coerce.capture', ['Tajikistan'], ['Taliban']]]);
    expect(one('وستساعد روسيا طاجيكستان على حماية الحدود.')).toEqual([['AID', 'aid.help', ['Russia'], ['Tajikistan']]]);
    expect(one('واستهدفت حركة طالبان مواقع في طاجيكستان.').map((e) => (e as unknown[]).slice(0, 3))).toEqual([['ASSAULT', 'assault.targeting', ['Taliban']]]);
    expect(one('أوقفت أوزبكستان عضويتها في منظمة معاهدة الأمن الجماعي.')).toEqual([['RETREAT', 'retreat.stop', ['Uzbekistan'], ['Collective Security Treaty Organization']]]);
    // a suspect stopped is no stop of membership but an arrest (coerce.detention)
    expect(one('أوقفت روسيا مشتبها به.')).toEqual([['COERCE', 'coerce.detention', ['Russia'], []]]);
    expect(one('وأدرجت روسيا حركة طالبان على قائمة المنظمات الإرهابية.')).toEqual([['SANCTION', 'sanction.listing', ['Russia'], ['Taliban']]]);
    expect(one('وأبرمت روسيا مع أوزبكستان اتفاقا لبناء محطة نووية.').map((e) => (e as unknown[]).slice(0, 2))).toEqual([['AGREE', 'agree.agreement+agree.agreement-noun']]);
  });

  it('SUPPORT (gratitude): thanks expressed; with no one named before, the subject of the sentence before', () => {
    const { events } = run('وأعلن الرئيس قاسم جومارت توكاييف بدء انسحاب القوات. وأعرب عن امتنانه لروسيا.', {
      entities: { Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'الرئيس' }], Russia: ['روسيا'] },
    });
    const thanks = events.find((e) => e.rule === 'support.gratitude')!;
    expect([names(thanks.source), thanks.source[0].basis, names(thanks.recipient)]).toEqual([['Kassym-Jomart Tokayev'], 'coreference: sentence 0', ['Russia']]);
  });

  it('DISAPPROVE (condemnation); an attack with no actor is dropped', () => {
    const { events } = run('وأدان رئيس قيرغيزستان صدير جاباروف الهجوم على حرس الحدود.', {
      entities: { Japarov: [{ text: 'صدير جاباروف', role: 'رئيس قيرغيزستان' }], Kyrgyzstan: ['قيرغيزستان'] },
    });
    expect(events.map((e) => [e.type, e.subtype])).toEqual([['DISAPPROVE', 'condemnation']]);
    expect(names(events[0].source)).toEqual(['Sadyr Japarov']);
    expect(events[0].recipient).toEqual([]);
  });

  it('MOBILIZE: نشرت قوات', () => {
    const { events } = run('نشرت روسيا قوات إضافية في طاجيكستان.', { entities: { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, e.quad_class, e.subtype, e.rule])).toEqual([['MOBILIZE', 'material conflict', 'troop deployment', 'mobilize.troop-deployment']]);
    expect(names(events[0].source)).toEqual(['Russia']);
    expect(events[0].location?.name).toBe('Tajikistan');
    expect(events[0].location?.iso3).toBe('TJK');
  });

  it('MOBILIZE: إرسال قوات إلى — the place sent to; not the body in a relative clause on the speaker', () => {
    const { events } = run('وكان رئيس الوزراء الأرميني نيكول باشينيان، الذي يرأس مجلس الأمن الجماعي حاليا، قد أعلن إرسال قوات إلى كازاخستان لفترة محدودة.', {
      entities: { Pashinyan: [{ text: 'نيكول باشينيان', role: 'رئيس الوزراء الأرميني' }], CSC: ['مجلس الأمن الجماعي'], Kazakhstan: ['كازاخستان'] },
    });
    expect(events.map((e) => [e.type, e.subtype])).toEqual([['MOBILIZE', 'troop deployment']]);
    expect(names(events[0].source)).toEqual(['Nikol Pashinyan']);
    expect(events[0].location?.name).toBe('Kazakhstan');
  });

  it('REQUEST: the subject of the reported clause, not the reporter', () => {
    const { events } = run('وقال زاس في تصريح للصحفيين إن المهمة أنجزت بنجاح، مشيرا إلى أن الرئيس الكازاخي قاسم جومارت توكاييف طلب المساعدة من المنظمة.', {
      entities: { Zas: ['زاس'], Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'الرئيس الكازاخي' }] },
    });
    expect(events.map((e) => [e.type, names(e.source)])).toEqual([['REQUEST', ['Kassym-Jomart Tokayev']]]);
  });

  it('"المنظمة" refers to the organisation the story is about, never to the agency in the dateline', () => {
    const { events } = run('يريفان (الأناضول) - أعلن باشينيان أن بلاده جمدت مشاركتها في منظمة معاهدة الأمن الجماعي.\nوتطالب أرمينيا المنظمة بإدانة العدوان.', {
      entities: { Yerevan: ['يريفان'], Anadolu: ['الأناضول'], Pashinyan: ['باشينيان'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Armenia: ['أرمينيا'] },
    });
    const request = events.find((e) => e.type === 'REQUEST')!;
    expect([names(request.source), names(request.recipient)]).toEqual([['Armenia'], ['Collective Security Treaty Organization']]);
    expect(events.flatMap((e) => [...e.source, ...e.recipient]).map((a) => a.name)).not.toContain('Anadolu Agency');
  });

  it('DISAPPROVE: a circumstantial participle (منتقدا) is the speaker\'s, not the subject of the reported clause', () => {
    const { events } = run('وقال الرئيس البيلاروسي ألكسندر لوكاشينكو في كلمته إن المنظمة تواجه تحديات غير مسبوقة، منتقدا سياسة حلف شمال الأطلسي في أوروبا الشرقية.', {
      entities: { Lukashenko: [{ text: 'ألكسندر لوكاشينكو', role: 'الرئيس البيلاروسي' }], CSTO: [], NATO: ['حلف شمال الأطلسي'] },
    });
    expect(events.map((e) => [e.type, e.subtype, names(e.source), names(e.recipient)])).toEqual([['DISAPPROVE', 'criticism', ['Alexander Lukashenko'], ['NATO']]]);
  });

  it('ASSAULT: "مسلحون من تنظيم X" — the group of the fighters attacks', () => {
    const { events } = run('وهاجم مسلحون من تنظيم داعش خراسان نقطة تفتيش في ولاية قندوز.', { entities: { ISISK: ['تنظيم داعش خراسان'], Kunduz: ['قندوز'] } });
    expect(events.map((e) => [e.type, names(e.source), e.location?.name])).toEqual([['ASSAULT', ['Islamic State – Khorasan Province'], 'Kunduz']]);
  });

  it('COOPERATE: "قرب الحدود مع X" names a neighbour, not a partner', () => {
    const { events } = run('وأجرت القوات الطاجيكية والروسية مناورات مشتركة قرب الحدود مع أفغانستان.', { entities: { Tajikistan: [{ text: 'الطاجيكية', method: 'nisba' }], Russia: [{ text: 'الروسية', method: 'nisba' }], Afghanistan: ['أفغانستان'] } });
    expect(events.map((e) => [e.type, names(e.recipient)])).toEqual([['COOPERATE', []]]);
  });

  it('وزارة ("ministry") is not و + زار + ه ("and he visited him")', () => {
    expect(run('وكانت وزارة الخارجية الروسية قد أعلنت ذلك.', { entities: { Russia: [{ text: 'الروسية', method: 'nisba' }] } }).events).toEqual([]);
  });

  it('"ووقع القادة": the leaders at the main summit sign; who was absent (غاب) took no part', () => {
    const { events } = run('انطلقت في مينسك اليوم قمة منظمة معاهدة الأمن الجماعي بمشاركة الرئيس فلاديمير بوتين والرئيس قاسم جومارت توكاييف.\nوغاب عن القمة نيكول باشينيان.\nووقع القادة في ختام القمة على إعلان مينسك.', {
      entities: { Minsk: ['مينسك'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Putin: ['فلاديمير بوتين'], Tokayev: ['قاسم جومارت توكاييف'], Pashinyan: ['نيكول باشينيان'] },
    });
    const summit = events.find((e) => e.subtype === 'summit' && e.status === 'reported')!;
    expect(names(summit.participants)).toEqual(['Vladimir Putin', 'Kassym-Jomart Tokayev']);
    const signing = events.find((e) => e.subtype === 'signing')!;
    expect(names(signing.source)).toEqual(['Vladimir Putin', 'Kassym-Jomart Tokayev']);
    expect(events.filter((e) => e.type === 'CONSULT' && e.status === 'reported')).toHaveLength(1);
  });

  it('AGREE: a dual verb after a phone call — its two sides agree', () => {
    const { events } = run('وأجرى الرئيس القيرغيزي صدير جباروف اتصالا هاتفيا مع نظيره الطاجيكي إمام علي رحمن في سمرقند، واتفقا على وقف إطلاق النار.', {
      entities: { Japarov: [{ text: 'صدير جباروف', role: 'الرئيس القيرغيزي' }], Rahmon: [{ text: 'إمام علي رحمن', role: 'نظيره الطاجيكي' }], Samarkand: ['سمرقند'] },
    });
    expect(events.map((e) => [e.type, e.subtype, names(e.source), names(e.recipient)])).toEqual([
      ['CONSULT', 'phone call', ['Sadyr Japarov'], ['Emomali Rahmon']],
      ['AGREE', 'agreement', ['Sadyr Japarov', 'Emomali Rahmon'], []],
    ]);
  });

  it('ACCUSE: حمّل المسؤولية; a capital right after the verb stands for its government', () => {
    const { events } = run('فيما حملت دوشنبه الجانب القيرغيزي مسؤولية التصعيد.', {
      entities: { Dushanbe: ['دوشنبه'], Kyrgyzstan: [{ text: 'القيرغيزي', method: 'nisba' }] },
    });
    expect(events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', 'accuse.blame', ['Dushanbe'], ['Kyrgyzstan']]]);
    expect(run('وصل الوزير إلى دوشنبه.', { entities: { Dushanbe: ['دوشنبه'] } }).events).toEqual([]);
  });

  it('REQUEST: a nisba in a time phrase after the trigger is not the one asked', () => {
    const { events } = run('وطلبت أرمينيا المساعدة من المنظمة بعد الهجوم الأذربيجاني في سبتمبر.', {
      entities: { Armenia: ['أرمينيا'], Azerbaijan: [{ text: 'الأذربيجاني', method: 'nisba' }] },
    });
    const request = events.find((e) => e.type === 'REQUEST')!;
    expect([names(request.source), names(request.recipient)]).toEqual([['Armenia'], []]);
  });

  it('COOPERATE: مناورات مشتركة, actor from the verb that carries the noun', () => {
    const { events } = run('وتجري قوات منظمة معاهدة الأمن الجماعي مناورات مشتركة في قيرغيزستان.', { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Kyrgyzstan: ['قيرغيزستان'] } });
    expect(events.map((e) => [e.type, e.quad_class, e.subtype])).toEqual([['COOPERATE', 'material cooperation', 'joint exercise']]);
    expect(names(events[0].source)).toEqual(['Collective Security Treaty Organization']);
    expect(events[0].location?.name).toBe('Kyrgyzstan');
  });

  it('MOBILIZE: one country\'s exercise', () => {
    const { events } = run('وأجرت روسيا مناورات عسكرية في طاجيكستان.', { entities: { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, e.subtype])).toEqual([['MOBILIZE', 'exercise']]);
    expect(names(events[0].source)).toEqual(['Russia']);
  });

  it('RETREAT: withdrawal and frozen participation', () => {
    const a = run('انسحبت أوزبكستان من منظمة معاهدة الأمن الجماعي عام 2012.', {
      entities: { Uzbekistan: ['أوزبكستان'], CSTO: ['منظمة معاهدة الأمن الجماعي'] }, dates: [['عام 2012', '2012', 'year']],
    }).events;
    expect(a.map((e) => [e.type, e.quad_class, e.subtype, e.date?.value, e.date_precision])).toEqual([['RETREAT', 'material cooperation', 'withdrawal', '2012', 'year']]);
    expect([names(a[0].source), names(a[0].recipient)]).toEqual([['Uzbekistan'], ['Collective Security Treaty Organization']]);
    const b = run('أعلنت أرمينيا تجميد مشاركتها في منظمة معاهدة الأمن الجماعي.', { entities: { Armenia: ['أرمينيا'], CSTO: ['منظمة معاهدة الأمن الجماعي'] } }).events;
    expect(b.map((e) => [e.type, e.subtype, e.trigger.text])).toEqual([['RETREAT', 'suspension', 'تجميد']]);
    expect([names(b[0].source), names(b[0].recipient)]).toEqual([['Armenia'], ['Collective Security Treaty Organization']]);
  });

  it('ASSAULT: شنت حركة طالبان هجوما', () => {
    const { events } = run('شنت حركة طالبان هجوما على مواقع الجيش الأفغاني.', { entities: { Taliban: ['حركة طالبان'], Afghanistan: [{ text: 'الأفغاني', method: 'nisba' }] } });
    expect(events.map((e) => [e.type, e.quad_class, e.subtype])).toEqual([['ASSAULT', 'material conflict', 'attack']]);
    expect([names(events[0].source), names(events[0].recipient)]).toEqual([['Taliban'], ['Afghanistan']]);
  });

  it('THREATEN and REJECT', () => {
    const t = run('وهددت طاجيكستان بإغلاق حدودها مع أفغانستان.', { entities: { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] } }).events;
    expect(t.map((e) => [e.type, e.subtype, names(e.source), names(e.recipient)])).toEqual([['THREATEN', 'threat', ['Tajikistan'], ['Afghanistan']]]);
    const r = run('ورفضت أذربيجان وساطة روسيا.', { entities: { Azerbaijan: ['أذربيجان'], Russia: ['روسيا'] } }).events;
    expect(r.map((e) => [e.type, e.quad_class, e.subtype, names(e.source), names(e.recipient)])).toEqual([['REJECT', 'verbal conflict', 'rejection', ['Azerbaijan'], ['Russia']]]);
  });

  it('no record for a trigger with no actor, nor for text without triggers', () => {
    expect(run('وقع هجوم على حرس الحدود.', {}).events).toEqual([]);
    expect(run('الطقس مشمس في دوشنبه.', { entities: { Dushanbe: ['دوشنبه'] } }).events).toEqual([]);
  });
});

describe('event dates', () => {
  it('a verb in the past takes no date the text marks as to come; the article date instead', () => {
    const { events } = run('والتقى الرئيس بوتين الرئيس رحمان في دوشنبه، وبحثا التحضير لتدريبات المقررة في أكتوبر المقبل.', {
      entities: { Putin: ['بوتين'], Rahmon: ['رحمان'], Dushanbe: ['دوشنبه'] },
      dates: [['أكتوبر المقبل', '2024-10', 'month', { relative: true }]],
      published: '2024-06-10',
    });
    expect(events.map((e) => [e.subtype, e.date?.value, e.date?.basis])).toEqual([['bilateral meeting', '2024-06-10', 'article date'], ['talks', '2024-06-10', 'main event']]);
  });

  it('"منذ عام 2012" dates a state, not the event', () => {
    const { events } = run('ورحب الرئيس الأوزبكي شوكت ميرضيايف بالمبادرة، مؤكدا أن طشقند ليست عضوا في المنظمة منذ عام 2012.', {
      entities: { Mirziyoyev: [{ text: 'شوكت ميرضيايف', role: 'الرئيس الأوزبكي' }] },
      dates: [['عام 2012', '2012', 'year']],
      published: '2024-06-10',
    });
    expect(events.map((e) => [e.type, e.date?.value])).toEqual([['SUPPORT', '2024-06-10']]);
  });
});

describe('status and mode', () => {
  it('planned: ستعقد ... المقبلة', () => {
    const { events } = run('ستعقد قمة منظمة معاهدة الأمن الجماعي المقبلة في مينسك.', { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Minsk: ['مينسك'] }, published: '2023-01-10' });
    expect(events.map((e) => [e.type, e.subtype, e.status, e.location?.name, e.date])).toEqual([['CONSULT', 'summit', 'planned', 'Minsk', null]]);
  });

  it('planned and virtual: سيشارك ... عبر الفيديو', () => {
    const { events } = run('سيشارك الرئيس الروسي فلاديمير بوتين في القمة عبر الفيديو.', { entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }] } });
    expect(events.map((e) => [e.type, e.status, e.mode, names(e.source), names(e.participants)])).toEqual([['CONSULT', 'planned', 'virtual', [], ['Vladimir Putin']]]);
  });

  it('negated: لم يشارك، لن توقع', () => {
    const a = run('لم يشارك رئيس وزراء أرمينيا نيكول باشينيان في اجتماع منظمة معاهدة الأمن الجماعي.', {
      entities: { Pashinyan: [{ text: 'نيكول باشينيان', role: 'رئيس وزراء أرمينيا' }], Armenia: ['أرمينيا'], CSTO: ['منظمة معاهدة الأمن الجماعي'] },
    }).events;
    expect(a.map((e) => [e.type, e.status, names(e.source), names(e.participants)])).toEqual([['CONSULT', 'negated', ['Collective Security Treaty Organization'], ['Nikol Pashinyan']]]);
    const b = run('ولن توقع أرمينيا على الإعلان الختامي.', { entities: { Armenia: ['أرمينيا'] } }).events;
    expect(b.map((e) => [e.type, e.subtype, e.status, names(e.source)])).toEqual([['SUPPORT', 'signing', 'negated', ['Armenia']]]);
  });

  it('article date for a reported event without its own date; none for a planned one', () => {
    const { events } = run('وقعت روسيا وبيلاروسيا على اتفاقية للتعاون العسكري. وستعقد قمة منظمة معاهدة الأمن الجماعي في مينسك.', {
      entities: { Russia: ['روسيا'], Belarus: ['بيلاروسيا'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Minsk: ['مينسك'] }, published: '2023-03-01',
    });
    expect(events.map((e) => [e.type, e.subtype, e.status, e.date?.value ?? null, e.date_basis, e.main])).toEqual([
      ['SUPPORT', 'signing', 'reported', '2023-03-01', 'article date', true],
      ['CONSULT', 'summit', 'planned', null, null, false],
    ]);
    // two signers: the first the source, the other the recipient (roles/coordinatedSides.ts)
    expect([names(events[0].source), names(events[0].recipient)]).toEqual([['Russia'], ['Belarus']]);
    expect(events[0].basis).toContain('date: article date');
  });
});

describe('trigger groups', () => {
  it('a trigger after a time preposition is an event of its own, not the one before said again ("بعد عقود من المحادثات، خلال زيارة")', () => {
    const { events } = run('بعد ثلاثة عقود من المحادثات، خلال زيارة الرئيس الأوزبكي شوكت ميرزيوييف إلى بشكيك.', {
      entities: { Mirziyoyev: ['شوكت ميرزيوييف'], Uzbekistan: [{ text: 'الأوزبكي', method: 'nisba' }], Bishkek: ['بشكيك'] },
    });
    expect(events.map((e) => e.rule)).toEqual(['consult.visit']);
  });
});
