// Trigger words added after a third coverage check on Arabic news sentences outside the evaluation sets
// (border clashes and ceasefires, drones, trials, evacuations, refugees, mediation, condolences, arms
// deliveries, mine clearance): one test per entry, each failing without its data change.
import { describe, expect, it } from 'vitest';
import { names, ruleRows as rows, run } from './helpers.js';

describe('trigger additions, round 3', () => {
  it('count_words: an approximate count ("ما يقرب من 3000 جندي") does not push the troops out of the window', () => {
    const { events } = run('روسيا ترسل ما يقرب من 3000 جندي إلى طاجيكستان.', { entities: { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, e.rule, names(e.source), e.location?.name])).toEqual([['MOBILIZE', 'mobilize.troop-deployment', ['Russia'], 'Tajikistan']]);
  });

  it('support_verbs: أصدر carries its subject to the noun it issues ("أصدرت X أحكاما بالسجن على Y")', () => {
    expect(rows('وأصدرت طاجيكستان أحكاما بالسجن على عناصر من حركة طالبان.', { Tajikistan: ['طاجيكستان'], Taliban: ['حركة طالبان'] }))
      .toEqual([['COERCE', 'coerce.sentence', ['Tajikistan'], ['Taliban']]]);
  });

  it('ready_adjectives: a readiness adjective carries its subject to the verbal noun after it ("قوات روسيا مستعدة للانتشار"; heldout55)', () => {
    expect(rows('قوات روسيا مستعدة للانتشار على الحدود.', { Russia: ['روسيا'] })).toEqual([['MOBILIZE', 'mobilize.spread', ['Russia'], []]]);
    expect(rows('أذربيجان جاهزة لبدء المفاوضات فورا مع أرمينيا.', { Azerbaijan: ['أذربيجان'], Armenia: ['أرمينيا'] }).map((r) => [r[0], r[2], r[3]])).toEqual([['CONSULT', ['Azerbaijan'], ['Armenia']]]);
  });

  it('sanction.sanctions: punitive measures imposed ("فرض إجراءات عقابية جديدة على نظام لوكاشينكو"; heldout56)', () => {
    expect(rows('اتفق الاتحاد الأوروبي على فرض إجراءات عقابية جديدة على بيلاروس.', { Belarus: ['بيلاروس'] }).filter((r) => r[0] === 'SANCTION').map((r) => [r[1], r[3]]))
      .toEqual([['sanction.sanctions', ['Belarus']]]);
  });

  it('assault.attack: "أي هجوم", "اعتداء محتمل" name a possible attack, none that happened (heldout55)', () => {
    const fx = { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] };
    expect(rows('وقال بوتين إن روسيا سترد على أي هجوم على طاجيكستان.', fx).filter((r) => r[0] === 'ASSAULT')).toEqual([]);
    expect(rows('ستتصدى روسيا لاعتداء محتمل على طاجيكستان.', fx).filter((r) => r[0] === 'ASSAULT')).toEqual([]);
    expect(rows('شنت روسيا هجوما على طاجيكستان.', fx).map((r) => r[0])).toEqual(['ASSAULT']);
  });

  it('common words of violence, protest and raids: فجرت، توغلت، مصرع، مجزرة، إضراب، داهمت، مداهمات', () => {
    const types = (text: string, entities: Record<string, string[]>): string[] => rows(text, entities).map((r) => r[1]);
    expect(types('فجر مسلحون من حركة طالبان سيارة مفخخة في كابول، وفجروا عبوة ثانية.', { Taliban: ['حركة طالبان'], Kabul: ['كابول'] })).toContain('assault.attack');
    expect(types('توغلت قوات طاجيكية في أراضي قرغيزستان.', { Tajikistan: ['طاجيكية'], Kyrgyzstan: ['قرغيزستان'] })).toEqual(['assault.attack']);
    expect(types('أعلنت طاجيكستان مصرع جنديين في أفغانستان.', { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] })).toEqual(['assault.killing']);
    expect(types('نفذ عمال النفط في كازاخستان إضرابا عن العمل.', { Kazakhstan: ['كازاخستان'] })).toEqual(['protest.protest']);
    expect(types('داهمت الشرطة في قرغيزستان مقر الحزب.', { Kyrgyzstan: ['قرغيزستان'] })).toEqual(['coerce.arrest']);
  });

  it('consult.mediation: توسط/وساطة between sides; not an offer of mediation, nor بوساطة (the mediator of another act)', () => {
    const fx = { Russia: ['روسيا'], Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'] };
    expect(rows('وتتوسط روسيا بين أرمينيا وأذربيجان لتسوية النزاع.', fx)).toEqual([['CONSULT', 'consult.mediation', ['Russia'], ['Armenia', 'Azerbaijan']]]);
    expect(rows('وعرضت روسيا وساطتها لحل النزاع بين أرمينيا وأذربيجان.', fx).map((r) => r[1])).toEqual(['agree.offer']);
    expect(rows('واتفقت أرمينيا وأذربيجان على وقف إطلاق النار بوساطة روسيا لإنهاء النزاع.', fx).map((r) => r[1])).toEqual(['agree.agreement']);
  });

  it('support.readiness: readiness to mediate ("استعداد بلاده للتوسط بين A و B") is the offer, no mediation yet', () => {
    expect(rows('وأعلن الرئيس الروسي فلاديمير بوتين استعداد بلاده للتوسط بين أرمينيا وأذربيجان.', { Putin: ['فلاديمير بوتين'], Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'] }))
      .toEqual([['SUPPORT', 'support.readiness', ['Vladimir Putin'], ['Armenia', 'Azerbaijan']]]);
  });

  it('consult.contact: (أجرى) اتصالا/اتصالين/اتصالات مع, a call with no هاتفي; the contacts of a side, with no verb (heldout52)', () => {
    expect(rows('وأجرى بوتين اتصالا مع باشينيان.', { Putin: ['بوتين'], Pashinyan: ['باشينيان'] }))
      .toEqual([['CONSULT', 'consult.contact', ['Vladimir Putin'], ['Nikol Pashinyan']]]);
    expect(rows('وأكد الكرملين أن اتصالات موسكو مع حركة طالبان تهدف إلى فهم نواياها.', { Moscow: ['موسكو'], Taliban: ['حركة طالبان'] }))
      .toEqual([['CONSULT', 'consult.contact', ['Moscow'], ['Taliban']]]);
  });

  it('consult.conversation: a talk with someone ("بعد حديث مع X"); an interview with the press is none (heldout54)', () => {
    expect(rows('أكد لافروف أن الاتفاقات أصبحت على الطاولة، وذلك بعد حديث مع أرارات ميرزويان.', { Lavrov: ['لافروف'], Mirzoyan: ['أرارات ميرزويان'] }))
      .toEqual([['CONSULT', 'consult.conversation', ['Sergey Lavrov'], ['Ararat Mirzoyan']]]);
    expect(rows('وقال لافروف في حديث مع وكالة سبوتنيك إن روسيا مستعدة للوساطة.', { Lavrov: ['لافروف'], Russia: ['روسيا'] }).map((r) => r[1])).not.toContain('consult.conversation');
    expect(rows('وقال لافروف في حديث مع الصحفيين إن روسيا مستعدة للوساطة.', { Lavrov: ['لافروف'], Russia: ['روسيا'] }).map((r) => r[1])).not.toContain('consult.conversation');
  });

  it('consult.joint-press-conference: "مؤتمر صحفي مشترك مع X" is a meeting of the two; a press conference alone is none (heldout54)', () => {
    expect(rows('وأكد لافروف في مؤتمر صحفي مشترك مع أرارات ميرزويان أن روسيا مستعدة للوساطة.', { Lavrov: ['لافروف'], Mirzoyan: ['أرارات ميرزويان'], Russia: ['روسيا'] }))
      .toContainEqual(['CONSULT', 'consult.joint-press-conference', ['Sergey Lavrov'], ['Ararat Mirzoyan']]);
    expect(rows('وقال لافروف في مؤتمر صحفي في موسكو إن روسيا مستعدة للوساطة.', { Lavrov: ['لافروف'], Russia: ['روسيا'] }).map((r) => r[0])).not.toContain('CONSULT');
  });

  it('support.condolence: برقية مواساة إلى Y, أعرب عن مواساته', () => {
    expect(rows('وبعث الرئيس الطاجيكي إمام علي رحمان برقية مواساة إلى الرئيس الكازاخستاني قاسم جومارت توكاييف.', { Rahmon: ['إمام علي رحمان'], Tokayev: ['قاسم جومارت توكاييف'] }))
      .toEqual([['SUPPORT', 'support.condolence', ['Emomali Rahmon'], ['Kassym-Jomart Tokayev']]]);
    expect(rows('وأعرب بوتين عن مواساته لشعب طاجيكستان.', { Putin: ['بوتين'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['SUPPORT', 'support.condolence', ['Vladimir Putin'], ['Tajikistan']]]);
  });

  it('coerce.conviction: a court that أدانت convicts (COERCE); a state that أدانت condemns (DISAPPROVE)', () => {
    expect(rows('وأدانت المحكمة العليا في طاجيكستان عناصر من حركة طالبان.', { Tajikistan: ['طاجيكستان'], Taliban: ['حركة طالبان'] }).map((r) => [r[0], r[1]]))
      .toEqual([['COERCE', 'coerce.conviction']]);
    expect(rows('وأدانت طاجيكستان الهجوم على حرس الحدود.', { Tajikistan: ['طاجيكستان'] }).map((r) => [r[0], r[1]]))
      .toEqual([['DISAPPROVE', 'disapprove.condemnation']]);
    // the form without hamza ("دان، يدين")
    expect(rows('ودانت أوزبكستان مشروع إقامة القاعدة في قرغيزستان.', { Uzbekistan: ['أوزبكستان'], Kyrgyzstan: ['قرغيزستان'] }).map((r) => [r[0], r[1]]))
      .toEqual([['DISAPPROVE', 'disapprove.condemnation']]);
  });

  it('coerce.sentence-verb: حكمت محكمة على X (no سجن named); not a movement that ruled a country', () => {
    expect(rows('وحكمت محكمة في دوشنبه على عشرة عناصر من حركة طالبان.', { Dushanbe: ['دوشنبه'], Taliban: ['حركة طالبان'] }).map((r) => [r[0], r[1]]))
      .toEqual([['COERCE', 'coerce.sentence-verb']]);
    expect(rows('وحكمت حركة طالبان أفغانستان بين عامي 1996 و2001.', { Taliban: ['حركة طالبان'], Afghanistan: ['أفغانستان'] })).toEqual([]);
  });

  it('assault.destruction: دمرت X طائرات مسيرة / موقعا عسكريا; not an earthquake destroying houses', () => {
    expect(rows('ودمرت الدفاعات الجوية الروسية طائرتين مسيرتين أوكرانيتين.', { Russia: ['الروسية'], Ukraine: ['أوكرانيتين'] }))
      .toEqual([['ASSAULT', 'assault.destruction', ['Russia'], ['Ukraine']]]);
    expect(rows('ودمر الزلزال منازل في طاجيكستان.', { Tajikistan: ['طاجيكستان'] })).toEqual([]);
  });

  it('assault.attack: the accusative verbal noun قصفا ("شنت X قصفا مكثفا")', () => {
    expect(rows('وشنت أذربيجان قصفا مكثفا على مواقع في أرمينيا.', { Azerbaijan: ['أذربيجان'], Armenia: ['أرمينيا'] }).map((r) => [r[0], r[1], r[2]]))
      .toEqual([['ASSAULT', 'assault.attack', ['Azerbaijan']]]);
  });

  it('aid.arms-supply: the verbal noun توريد of weapons ("لتوريد الأسلحة والمعدات العسكرية"; heldout63); توريد الغاز stays cooperate.supply', () => {
    expect(rows('إن روسيا تقوم بكل شيء لتوريد الأسلحة والمعدات العسكرية إلى قرغيزستان.', { Russia: ['روسيا'], Kyrgyzstan: ['قرغيزستان'] }).map((r) => r[1])).toEqual(['aid.arms-supply']);
    expect(rows('وقعت روسيا اتفاقا لتوريد الغاز إلى الصين.', { Russia: ['روسيا'], China: ['الصين'] }).map((r) => r[1])).not.toContain('aid.arms-supply');
  });

  it('aid.arms-supply: ستورد X إلى Y منظومات; not أوردت وكالة (reported)', () => {
    const { events } = run('وستورد روسيا إلى كازاخستان منظومات دفاع جوي.', { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] } });
    expect(events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient), e.status])).toEqual([['AID', 'aid.arms-supply', ['Russia'], ['Kazakhstan'], 'planned']]);
    expect(rows('وأوردت وكالة تاس أن روسيا نشرت منظومات صواريخ في طاجيكستان.', { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] }).map((r) => r[1])).not.toContain('aid.arms-supply');
  });

  it('aid.delivery: تسليم صواريخ إلى Y', () => {
    expect(rows('وأعلنت روسيا الانتهاء من تسليم صواريخ إس 300 إلى كازاخستان.', { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'] }))
      .toEqual([['AID', 'aid.delivery', ['Russia'], ['Kazakhstan']]]);
  });

  it('aid.demining: إزالة/تطهير/نزع with الألغام after it', () => {
    expect(rows('وتواصل قوات حفظ السلام الروسية إزالة الألغام في إقليم قره باغ.', { Russia: ['الروسية'] }))
      .toEqual([['AID', 'aid.demining', ['Russia'], []]]);
  });

  it('aid.shelter: استقبلت X لاجئين (the refugees\' country helped); receiving a delegation stays a meeting', () => {
    expect(rows('واستقبلت طاجيكستان نحو ألف لاجئ أفغاني.', { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغاني'] }))
      .toEqual([['AID', 'aid.shelter', ['Tajikistan'], ['Afghanistan']]]);
    expect(rows('واستقبل رحمان وفدا من أفغانستان.', { Rahmon: ['رحمان'], Afghanistan: ['أفغانستان'] }).map((r) => r[1])).toEqual(['consult.meet']);
  });

  it('accuse.investigation: فتح تحقيق ضد Y; not تحقيق (achieving) stability', () => {
    expect(rows('وأعلنت لجنة التحقيق الروسية فتح تحقيق ضد أوكرانيا.', { Russia: ['الروسية'], Ukraine: ['أوكرانيا'] }))
      .toEqual([['ACCUSE', 'accuse.investigation', ['Russia'], ['Ukraine']]]);
    expect(rows('وتعمل طاجيكستان على تحقيق الاستقرار مع أفغانستان.', { Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] })).toEqual([]);
  });

  it('concede.ceasefire: أعلنت X وقف إطلاق النار مع Y; not a ceasefire breached', () => {
    const fx = { Kyrgyzstan: ['قيرغيزستان'], Tajikistan: ['طاجيكستان'] };
    expect(rows('وأعلنت قيرغيزستان وقف إطلاق النار مع طاجيكستان.', fx)).toEqual([['CONCEDE', 'concede.ceasefire', ['Kyrgyzstan'], ['Tajikistan']]]);
    expect(rows('وأعلنت قيرغيزستان خرق وقف إطلاق النار مع طاجيكستان.', fx)).toEqual([]);
  });

  it('cooperate.joint-exercise: the singular تدريب/تمرين عسكري مشترك', () => {
    const fx = { Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] };
    expect(rows('وبدأ تدريب عسكري مشترك بين قوات روسيا وطاجيكستان.', fx)).toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Russia'], ['Tajikistan']]]);
    expect(rows('وبدأ تمرين عسكري مشترك بين قوات روسيا وطاجيكستان.', fx).map((r) => r[1])).toEqual(['cooperate.joint-exercise']);
  });

  it('cooperate.joint-exercise: a multinational exercise, in the accusative ("بدأت منظمة شانغهاي للتعاون تدريبا لمكافحة الارهاب متعدد الجنسيات")', () => {
    const fx = { SCO: ['منظمة شانغهاي للتعاون'] };
    expect(rows('بدأت منظمة شانغهاي للتعاون تدريبا لمكافحة الارهاب متعدد الجنسيات اليوم.', fx)).toEqual([['COOPERATE', 'cooperate.joint-exercise', ['Shanghai Cooperation Organisation'], []]]);
  });

  it('assault.open-fire: the verbal noun إطلاق X النار; وقف إطلاق النار is none', () => {
    const fx = { Kyrgyzstan: ['قيرغيزستان'], Tajikistan: ['طاجيكستان'] };
    expect(rows('وجاء ذلك بعد ساعات من إطلاق طاجيكستان النار على مركبات تابعة لقيرغيزستان.', fx))
      .toEqual([['ASSAULT', 'assault.open-fire', ['Tajikistan'], ['Kyrgyzstan']]]);
    expect(rows('واتفقت قيرغيزستان وطاجيكستان على وقف إطلاق النار.', fx).map((r) => r[1])).toEqual(['agree.agreement']);
  });

  it('concede.easing: a date between the verb and the ban ("رفعت روسيا في أبريل الماضي الحظر")', () => {
    expect(rows('ورفعت روسيا في أبريل الماضي الحظر المفروض على حركة طالبان.', { Russia: ['روسيا'], Taliban: ['حركة طالبان'] }).map((r) => [r[0], r[1], r[2]]))
      .toEqual([['CONCEDE', 'concede.easing', ['Russia']]]);
  });

  it('aid.humanitarian-goods: humanitarian goods, shipments and materials sent ("أرسلت ... 40 طنا من البضائع الإنسانية إلى أفغانستان"); goods alone are none', () => {
    const fx = { Uzbekistan: ['أوزبكستان'], Afghanistan: ['أفغانستان'] };
    // the country it is sent to is its place, as in "أرسلت أوزبكستان مساعدات إلى أفغانستان" (places.ts travelledTo)
    expect(rows('أرسلت أوزبكستان قطارا محملا بالمواد الإنسانية إلى أفغانستان.', fx)).toEqual([['AID', 'aid.humanitarian-goods', ['Uzbekistan'], []]]);
    expect(rows('أرسلت أوزبكستان قطارا محملا بالبضائع إلى أفغانستان.', fx).map((r) => r[1])).not.toContain('aid.humanitarian-goods');
  });
});
