// events/roles/recipient.ts: who an event is done to or with.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';
import { names, run } from '../helpers.js';

describe('recipient', () => {
  it('a marked side past أن/إن is another clause\'s: the object right after the verb is the recipient ("اتهموا موسكو ... وقالت إن اتصالاتها مع طالبان")', () => {
    const text = 'وكان مسؤولون أمريكيون قد اتهموا موسكو بتسليح حركة طالبان ولكن روسيا قالت إن اتصالاتها مع طالبان للسلام.';
    const { events } = run(text, { entities: { USA: [{ text: 'أمريكيون', method: 'nisba' }], Moscow: ['موسكو'], Taliban: ['حركة طالبان', 'طالبان'], Russia: ['روسيا'] } });
    expect(events.filter((e) => e.type === 'ACCUSE').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['United States'], ['Moscow']]]);
  });
  it('everyone met, a list or the states of several counterparts ("التقى شي علييف وباشينيان", "استقبل X نظراءه الأفغاني والباكستاني والطاجيكي"; heldout55)', () => {
    const meet = (text: string, entities: Parameters<typeof run>[1]['entities']): string[][] =>
      run(text, { entities }).events.filter((e) => e.type === 'CONSULT').map((e) => names(e.recipient));
    expect(meet('التقى بوتين علييف وباشينيان في سوتشي.', { Putin: ['بوتين'], Aliyev: ['علييف'], Pashinyan: ['باشينيان'] })).toEqual([['Ilham Aliyev', 'Nikol Pashinyan']]);
    expect(meet('واستقبل بوتين نظراءه الطاجيكي والقرغيزي والأوزبكي في سوتشي.', {
      Putin: ['بوتين'], Tajikistan: [{ text: 'الطاجيكي', method: 'nisba' }], Kyrgyzstan: [{ text: 'والقرغيزي', method: 'nisba' }], Uzbekistan: [{ text: 'والأوزبكي', method: 'nisba' }],
    })).toEqual([['Tajikistan', 'Kyrgyzstan', 'Uzbekistan']]);
  });
  it('after a recipient marker: "التقى رحمون مع تاسماغامبيتوف"', () => {
    const { events } = run('التقى رحمون مع تاسماغامبيتوف في دوشنبه.', { entities: { Rahmon: ['رحمون'], Tasmagambetov: ['تاسماغامبيتوف'], Dushanbe: ['دوشنبه'] } });
    expect(events.map((e) => [e.subtype, names(e.source), names(e.recipient), e.location?.name])).toEqual([['bilateral meeting', ['Emomali Rahmon'], ['Imangali Tasmagambetov'], 'Dushanbe']]);
  });

  it('ب after a meeting noun marks the person met ("خلال اجتماعه بالرئيس"); the name after a fronted time phrase is past him', () => {
    const entities = { Tokayev: ['توكاييف'], Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }] };
    const sides = (text: string) => run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);
    expect(sides('وقال توكاييف خلال اجتماعه بالرئيس فلاديمير بوتين إن العلاقات جيدة.')).toEqual([['CONSULT', ['Kassym-Jomart Tokayev'], ['Vladimir Putin']]]);
    expect(sides('وخلال لقائه بالرئيس فلاديمير بوتين، قال توكاييف إن العلاقات جيدة.')).toEqual([['CONSULT', ['Kassym-Jomart Tokayev'], ['Vladimir Putin']]]);
  });

  it('a verbal noun with its pronoun takes an object as its verb does ("خلال استقباله نظيره"), not in a place phrase ("كان في استقبالهم الرئيس")', () => {
    const entities = { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }], Lukashenko: [{ text: 'ألكسندر لوكاشينكو', role: 'نظيره البيلاروسي' }] };
    const sides = (text: string) => run(text, { entities }).events.map((e) => [e.trigger.text, names(e.recipient)]);
    expect(sides('وقال الرئيس فلاديمير بوتين خلال استقباله نظيره البيلاروسي ألكسندر لوكاشينكو إن العلاقات جيدة.')).toEqual([['استقباله', ['Alexander Lukashenko']]]);
    expect(sides('ووصل الرئيس فلاديمير بوتين إلى القصر حيث كان في استقباله نظيره البيلاروسي ألكسندر لوكاشينكو.').filter(([t]) => t === 'استقباله')).not.toContainEqual(['استقباله', ['Alexander Lukashenko']]);
  });

  it('a verbal noun right before "his counterpart" takes him as its object, and he is not its source ("قرر لافروف لقاء نظيره الطاجيكي"; heldout60)', () => {
    const entities = { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس' }], Lukashenko: [{ text: 'ألكسندر لوكاشينكو', role: 'نظيره البيلاروسي' }] };
    const sides = (text: string) => run(text, { entities }).events.map((e) => [e.trigger.text, names(e.source), names(e.recipient)]);
    expect(sides('ويعتزم الرئيس فلاديمير بوتين لقاء نظيره البيلاروسي ألكسندر لوكاشينكو في سوتشي.')).toEqual([['لقاء', ['Vladimir Putin'], ['Alexander Lukashenko']]]);
  });

  it('the verbal noun of لقي with its pronoun takes the partner as its object, named or a counterpart\'s state ("خلال لقائه نظيره الكازاخي"; heldout51)', () => {
    const sides = (text: string) => createExtractor().extract(text).events.map((e) => [e.trigger.text, e.source.map((a) => a.name), e.recipient.map((a) => a.name)]);
    expect(sides('وقال بوتين خلال لقائه نظيره الكازاخي في منتجع سوتشي إن الوزارات تعمل بنشاط.')).toEqual([['لقائه', ['Vladimir Putin'], ['Kazakhstan']]]);
    expect(sides('وقال بوتين خلال لقائه الرئيس الكازاخي قاسم جومارت توكاييف إن الوزارات تعمل.')).toEqual([['لقائه', ['Vladimir Putin'], ['Kassym-Jomart Tokayev']]]);
    // an adjective after it is no partner
    expect(sides('وقال بوتين خلال اجتماعه الأسبوعي إن الوزارات تعمل.')).toEqual([['اجتماعه', ['Vladimir Putin'], []]]);
  });

  it('no object past another event\'s verb with و after a comma, a clause of its own ("أعربت روسيا عن قلقها، واتهمت أذربيجان")', () => {
    const e = createExtractor().extract('أعربت روسيا عن قلقها، واتهمت أذربيجان بخرق الهدنة.').events.find((x) => x.type === 'DISAPPROVE')!;
    expect([e.source.map((a) => a.name), e.recipient.map((a) => a.name)]).toEqual([['Russia'], []]);
  });

  it('a capital right after the subject of a verb is its object: the government ("اتهم الرئيس X موسكو")', () => {
    const { events } = run('كما اتهم الرئيس الطاجيكي إمام علي رحمان موسكو بأنها تدعم حركة طالبان.', {
      entities: { Taliban: ['حركة طالبان'], Moscow: ['موسكو'], Rahmon: [{ text: 'إمام علي رحمان', role: 'الرئيس الطاجيكي' }] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', ['Emomali Rahmon'], ['Moscow']], ['SUPPORT', ['Moscow'], ['Taliban']]]);
  });

  it('one side is never its own recipient', () => {
    const { events } = run('وقال بوتين إن روسيا تدعم روسيا.', { entities: { Putin: ['بوتين'], Russia: [{ text: 'روسيا', nth: 0 }, { text: 'روسيا', nth: 1 }] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['SUPPORT', ['Russia'], []]]);
  });

  it('the genitive of a killing noun is the one killed ("مقتل X"), not who kills', () => {
    const { events } = run('وأكدت مصادر محلية مقتل زعيم حركة طالبان.', { entities: { Taliban: ['حركة طالبان'] } });
    expect(events.map((e) => [e.type, e.trigger.text, names(e.source), names(e.recipient)])).toEqual([['ASSAULT', 'مقتل', [], ['Taliban']]]);
  });

  it('the object of a direct-object type ("اتهم X أذربيجان")', () => {
    const { events } = run('اتهم رئيس الوزراء الأرميني نيكول باشينيان أذربيجان بخرق الهدنة.', {
      entities: { Pashinyan: [{ text: 'نيكول باشينيان', role: 'رئيس الوزراء الأرميني' }], Azerbaijan: ['أذربيجان'] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['ACCUSE', ['Nikol Pashinyan'], ['Azerbaijan']]]);
  });

  it('after an object preposition ("عقوبات ضد روسيا"), and after the preposition the frame gives the target ("عقوبات على روسيا")', () => {
    const against = run('فرضت الولايات المتحدة عقوبات ضد روسيا.', { entities: { USA: ['الولايات المتحدة'], Russia: ['روسيا'] } }).events;
    expect(against.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['SANCTION', ['United States'], ['Russia']]]);
    const on = run('فرضت الولايات المتحدة عقوبات على روسيا.', { entities: { USA: ['الولايات المتحدة'], Russia: ['روسيا'] } }).events;
    expect(on.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['SANCTION', ['United States'], ['Russia']]]);
  });

  it('a country in the title after a name is the person\'s, not the object ("ناشد صدير جاباروف رئيس قرغيزستان زعيمي ...")', () => {
    const { events } = run('ناشد صدير جاباروف رئيس قرغيزستان زعيمي الولايات المتحدة وبريطانيا اليوم بعدم تسييس الاقتصاد', {
      entities: { Japarov: ['صدير جاباروف'], Kyrgyzstan: ['قرغيزستان'], USA: ['الولايات المتحدة'], UK: ['بريطانيا'] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['REQUEST', ['Sadyr Japarov'], ['United States', 'United Kingdom']]]);
  });

  it('a visit\'s host: the country of the place visited', () => {
    const { events } = run('وصل وزير الدفاع الروسي سيرغي شويغو إلى أستانا في زيارة رسمية. وتعد كازاخستان شريكا لروسيا.', {
      entities: { Shoigu: [{ text: 'سيرغي شويغو', role: 'وزير الدفاع الروسي' }], Astana: ['أستانا'], Kazakhstan: ['كازاخستان'] },
    });
    expect(events.map((e) => [e.subtype, names(e.source), names(e.recipient), e.location?.name, e.basis])).toEqual([
      ['official visit', ['Sergei Shoigu'], ['Kazakhstan'], 'Astana', ['recipient: host country of the location']],
    ]);
  });

  it('a visit in the visitor\'s own country: the city visited is the recipient, the country none', () => {
    const rows = (text: string, entities: Record<string, string[]>) =>
      run(text, { entities }).events.map((e) => [e.subtype, names(e.source), names(e.recipient), e.location?.name]);
    expect(rows('وصل الرئيس قاسم جومارت توكاييف إلى ألماتي. وتعد كازاخستان أكبر دول المنطقة.', { Tokayev: ['قاسم جومارت توكاييف'], Almaty: ['ألماتي'], Kazakhstan: ['كازاخستان'] }))
      .toEqual([['official visit', ['Kassym-Jomart Tokayev'], ['Almaty'], 'Almaty']]);
    expect(rows('وصل الرئيس قاسم جومارت توكاييف إلى كازاخستان.', { Tokayev: ['قاسم جومارت توكاييف'], Kazakhstan: ['كازاخستان'] }))
      .toEqual([['official visit', ['Kassym-Jomart Tokayev'], [], 'Kazakhstan']]);
  });

  it('the group of the members after مع is the partner ("التقى بوتين مع وفد من حركة طالبان", "مع ممثلين عن")', () => {
    const fx = { entities: { Putin: ['بوتين'], Taliban: ['حركة طالبان'] } };
    for (const text of ['التقى بوتين مع وفد من حركة طالبان.', 'بحث بوتين مع ممثلين عن حركة طالبان الوضع.']) {
      expect(run(text, fx).events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['CONSULT', ['Vladimir Putin'], ['Taliban']]]);
    }
  });

  it('the group whose members a meeting verb has as its object is the one met ("التقى كابولوف وفدا من حركة طالبان", "تستضيف أوزبكستان دبلوماسيين من")', () => {
    expect(run('التقى بوتين وفدا من حركة طالبان في موسكو.', { entities: { Putin: ['بوتين'], Taliban: ['حركة طالبان'] } }).events.map((e) => [e.type, names(e.source), names(e.recipient)]))
      .toEqual([['CONSULT', ['Vladimir Putin'], ['Taliban']]]);
    expect(run('أوزبكستان تستضيف دبلوماسيين من حركة طالبان.', { entities: { Uzbekistan: ['أوزبكستان'], Taliban: ['حركة طالبان'] } }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]))
      .toEqual([['CONSULT', 'consult.host-guest', ['Uzbekistan'], ['Taliban']]]);
  });

  it('the object\'s window runs from a subject with a long title after the verb ("حذر الأمين العام ... من أن ممارسات الولايات المتحدة")', () => {
    const text = 'حذر الأمين العام لمنظمة معاهدة الأمن الجماعي إيمان جالي تاسما جامبيتوف، من أن ممارسات الولايات المتحدة قد تجر العالم نحو سباق تسلح.';
    const { events } = run(text, { entities: { Tasmagambetov: ['إيمان جالي تاسما جامبيتوف'], CSTO: ['منظمة معاهدة الأمن الجماعي'], USA: ['الولايات المتحدة'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['DISAPPROVE', ['Imangali Tasmagambetov'], ['United States']]]);
  });

  it('a call for an act between A and B calls on both ("دعت روسيا لإجراء محادثات بين الحكومة الأفغانية وحركة طالبان")', () => {
    const fx = { entities: { Russia: ['روسيا'], Kazakhstan: ['كازاخستان'], Taliban: ['حركة طالبان'] } };
    const { events } = run('دعت روسيا لإجراء محادثات بين كازاخستان وحركة طالبان.', fx);
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([
      ['REQUEST', ['Russia'], ['Kazakhstan', 'Taliban']], ['CONSULT', ['Kazakhstan', 'Taliban'], []],
    ]);
  });

  it('a call\'s addressee is its object, not a partner of the act called for ("دعت طاجيكستان المنظمة إلى تعزيز الحدود مع أفغانستان")', () => {
    const fx = { entities: { Tajikistan: ['طاجيكستان'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Afghanistan: ['أفغانستان'] } };
    const { events } = run('دعت طاجيكستان منظمة معاهدة الأمن الجماعي إلى تعزيز الحدود مع أفغانستان.', fx);
    expect(events.filter((e) => e.type === 'REQUEST').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Tajikistan'], ['Collective Security Treaty Organization']]]);
  });

  it('a meeting with one not named: the state of a counterpart ("بنظيره الطاجيكي"), the body an official\'s title names', () => {
    const met = (text: string, entities: Parameters<typeof run>[1]['entities']): string[][] => run(text, { entities }).events.map((e) => [...names(e.source), '->', ...names(e.recipient)]);
    expect(met('التقى سيرغي شويغو بنظيره الطاجيكي في دوشنبه.', { Shoigu: ['سيرغي شويغو'], Tajikistan: [{ text: 'الطاجيكي', method: 'nisba' }], Dushanbe: ['دوشنبه'] }))
      .toEqual([['Sergei Shoigu', '->', 'Tajikistan']]);
    expect(met('استقبل الرئيس الطاجيكي الأمين العام لمنظمة معاهدة الأمن الجماعي.', { Tajikistan: [{ text: 'الطاجيكي', method: 'nisba' }], CSTO: ['منظمة معاهدة الأمن الجماعي'] }))
      .toEqual([['Tajikistan', '->', 'Collective Security Treaty Organization']]);
  });
  it('the speaker of a speech verb of a clause of its own is no object ("أعلن الرئيس استقالته، وقال نزارباييف")', () => {
    const { events } = run('أعلن رئيس كازاخستان استقالته من منصبه الثلاثاء، وقال نزارباييف إنه اتخذ القرار.', { entities: { Kazakhstan: ['كازاخستان'], Nazarbayev: ['نزارباييف'] } });
    expect(events.filter((e) => e.type === 'RETREAT').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Kazakhstan'], []]]);
  });
  it('a title set off by a comma after the subject is the subject\'s: the state it names is no object ("رفض شوكت ميرزاييف، رئيس وزراء أوزبكستان هذه التصريحات"; heldout62); with no comma it is the object\'s', () => {
    const sides = (text: string, entities: Record<string, string[]>) => run(text, { entities }).events.map((e) => [names(e.source), names(e.recipient)]);
    expect(sides('بينما رفض شوكت ميرزاييف، رئيس وزراء أوزبكستان هذه التصريحات.', { Mirziyoyev: ['شوكت ميرزاييف'], Uzbekistan: ['أوزبكستان'] }))
      .toEqual([[['Shavkat Mirziyoyev'], []]]);
    expect(sides('استقبل بوتين رئيس وزراء أوزبكستان.', { Putin: ['بوتين'], Uzbekistan: ['أوزبكستان'] })).toEqual([[['Vladimir Putin'], ['Uzbekistan']]]);
  });
});
