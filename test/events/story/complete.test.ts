// events/story/complete.ts: what an event that is not the main one takes from the story.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../src/pipeline.js';
import { names, run, seed } from '../helpers.js';

describe('completing from the story', () => {
  it('an agreement or cooperation with a partner of its own ("تعاون مع الهياكل الدولية") takes no other side of the main meeting', () => {
    const { events } = run('التقى بوتين مع توكاييف في موسكو. وشدد بوتين على أهمية إقامة تعاون بناء مع الهياكل الدولية الأخرى.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([
      ['CONSULT', ['Vladimir Putin'], ['Kassym-Jomart Tokayev']],
      ['COOPERATE', ['Vladimir Putin'], []],
    ]);
  });

  it('those who take part in the main summit recalled ("وشارك في القمة كل من ...") take part in the main record, which names only its chair; no second record of it (heldout26)', () => {
    const { events } = run('عقدت القمة في دوشنبه تحت رئاسة الرئيس الطاجيكي إمام علي رحمان. وقد أقر القادة المشاركون في القمة بيانا ختاميا.\nوشارك في القمة كل من الرئيس الروسي فلاديمير بوتين ورئيس كازاخستان قاسم جومارت توكاييف.', {
      entities: { Rahmon: [{ text: 'إمام علي رحمان', role: 'الرئيس الطاجيكي' }], Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }],
        Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'رئيس كازاخستان' }], Dushanbe: ['دوشنبه'] },
    });
    expect(events.filter((e) => e.type === 'CONSULT').map((e) => [e.main, names(e.chair), names(e.participants), e.location?.name])).toEqual([
      [true, ['Emomali Rahmon'], ['Vladimir Putin', 'Kassym-Jomart Tokayev'], 'Dushanbe'],
    ]);
  });

  it('a word for the two sides after the trigger, in another phrase, does not replace the source the sentence names', () => {
    const { events } = run('وقعت روسيا وبيلاروسيا اتفاقية للتعاون العسكري. وقال رحمون خلال اجتماعه مع توكاييف إن العلاقات جيدة، كما أن الأمور الأمنية بين البلدين تتصدر الأجندة.', {
      entities: { Russia: ['روسيا'], Belarus: ['بيلاروسيا'], Rahmon: [{ text: 'رحمون', method: 'coreference' }], Tokayev: ['توكاييف'] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])[1]).toEqual(['CONSULT', ['Emomali Rahmon'], ['Kassym-Jomart Tokayev']]);
  });

  it('violence placed in a city names no side and is kept; in a whole country it is dropped', () => {
    const kept = run('قتل 45 شخصا عندما اندلعت اشتباكات في مدينة دوشنبه.', { entities: { Dushanbe: ['دوشنبه'] } }).events;
    expect(kept.map((e) => [e.type, names(e.source), names(e.recipient), e.location?.name])).toEqual([['ASSAULT', [], [], 'Dushanbe']]);
    expect(run('قتل 45 شخصا عندما اندلعت اشتباكات في طاجيكستان.', { entities: { Tajikistan: ['طاجيكستان'] } }).events).toEqual([]);
  });

  it('"قوات البلدين": drills of the main event\'s two states are joint (COOPERATE), not one side\'s (MOBILIZE)', () => {
    const { events } = run('وقعت روسيا وبيلاروسيا اتفاقية للتعاون العسكري في موسكو. وستجري قوات البلدين مناورات عسكرية.', {
      entities: { Russia: ['روسيا'], Belarus: ['بيلاروسيا'], Moscow: ['موسكو'] },
    });
    expect(events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)])).toEqual([
      ['SUPPORT', 'support.signing', ['Russia'], ['Belarus']],
      ['COOPERATE', 'cooperate.joint-exercise', ['Russia'], ['Belarus']],
    ]);
    expect(events[1].basis.slice(0, 2)).toEqual(['source: the two sides of the main event', 'type: the sides are several states or an alliance']);
  });

  it('"الرئيسان": the two sides of the main event act, in its direction, on its date and at its place', () => {
    const { events } = run('التقى بوتين مع توكاييف في موسكو يوم 5 مايو 2023. واتفق الرئيسان على تعزيز التعاون.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'] }, dates: [['5 مايو 2023', '2023-05-05', 'day']],
    });
    expect(events.map((e) => [e.type, e.main, names(e.source), names(e.recipient), e.date?.value, e.date?.basis, e.location?.name ?? null])).toEqual([
      ['CONSULT', true, ['Vladimir Putin'], ['Kassym-Jomart Tokayev'], '2023-05-05', 'sentence', 'Moscow'],
      ['AGREE', false, ['Vladimir Putin'], ['Kassym-Jomart Tokayev'], '2023-05-05', 'main event', 'Moscow'],
    ]);
    expect(events[1].basis).toEqual(['source: the two sides of the main event', 'date: main event', 'location: lead']);
  });

  it('what a side of the main meeting does there takes its place (meeting_outcomes); another actor\'s act does not', () => {
    const { events } = run('التقى بوتين مع توكاييف في موسكو. وأشاد بوتين بدور كازاخستان. وانتقدت أرمينيا المنظمة.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'], Kazakhstan: ['كازاخستان'], Armenia: ['أرمينيا'] },
    });
    expect(events.map((e) => [e.type, names(e.source), e.location?.name ?? null])).toEqual([
      ['CONSULT', ['Vladimir Putin'], 'Moscow'],
      ['SUPPORT', ['Vladimir Putin'], 'Moscow'],
      ['DISAPPROVE', ['Armenia'], null],
    ]);
  });

  it('what is agreed at the main meeting is agreed with its other side (meeting_agreements)', () => {
    const { events } = run('التقى بوتين مع توكاييف في موسكو. ووقع بوتين اتفاقية للتعاون العسكري.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'] },
    });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient), e.location?.name ?? null])).toEqual([
      ['CONSULT', ['Vladimir Putin'], ['Kassym-Jomart Tokayev'], 'Moscow'],
      ['SUPPORT', ['Vladimir Putin'], ['Kassym-Jomart Tokayev'], 'Moscow'],
    ]);
  });

  it('... also when the meeting names its two sides together as its subject ("التقى بوتين ولوكاشينكو")', () => {
    const { events } = run('التقى بوتين ولوكاشينكو في موسكو. ووقع بوتين اتفاقية للتعاون العسكري.', {
      entities: { Putin: ['بوتين'], Lukashenko: ['لوكاشينكو'], Moscow: ['موسكو'] },
    });
    expect(events.filter((e) => e.type === 'SUPPORT').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Vladimir Putin'], ['Alexander Lukashenko']]]);
  });

  it('at a body\'s own session, what the body agrees it agrees as one: its chair is no other side (seed 000: "عقد ... جلسة عادية لمجلس الأمن الجماعي ... واتفق أعضاء مجلس الأمن الجماعي")', () => {
    const doc = createPipeline().process({ id: 'doc', source: 'test', text: seed('000_cbff494ec939caaa.txt'), encoding: 'utf-8' }, 'ar');
    const agreed = doc.events.filter((e) => e.type === 'AGREE' && e.trigger.text === 'واتفق');
    expect(agreed.map((e) => [names(e.source), names(e.recipient)])).toEqual([[['CSTO Collective Security Council'], []]]);
  });

  it('"بين البلدين" names the two sides of the main event, as "الطرفان" does', () => {
    const { events } = run('التقى بوتين مع ميرضيايف في موسكو. وتم توقيع خمس اتفاقيات تجارية بين البلدين.', {
      entities: { Putin: ['بوتين'], Mirziyoyev: ['ميرضيايف'], Moscow: ['موسكو'] },
    });
    expect(events.filter((e) => e.type === 'SUPPORT').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Vladimir Putin'], ['Shavkat Mirziyoyev']]]);
  });

  it('a main event two sides do together names them, not the third it is done with ("يلتقي الرئيسان ... في حضور نظيرهما الروسي" ... "من الطرفين")', () => {
    const { events } = run('يلتقي باشينيان وعلييف الاحد في سوتشي في حضور نظيرهما الروسي بوتين. وادت الاشتباكات الى مقتل 18 جنديا على الاقل من الطرفين.', {
      entities: { Pashinyan: ['باشينيان'], Aliyev: ['علييف'], Putin: ['بوتين'] },
    });
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => [names(e.source), names(e.recipient)]))
      .toEqual([[['Nikol Pashinyan', 'Ilham Aliyev'], []]]);
  });

  it('what both sides do to a third ("دعا الطرفان إلى") has both as its source', () => {
    const { events } = run('التقى بوتين مع توكاييف في موسكو. ودعا الطرفان الأمم المتحدة إلى التحرك.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'] },
    });
    expect(events.filter((e) => e.type === 'REQUEST').map((e) => names(e.source))).toEqual([['Vladimir Putin', 'Kassym-Jomart Tokayev']]);
  });

  it('the two sides keep the main event\'s direction: the visitor signs with the host', () => {
    const { events } = run('زار ميرضيايف موسكو والتقى بوتين. ووقع الطرفان اتفاقية للتعاون العسكري.', {
      entities: { Putin: ['بوتين'], Mirziyoyev: ['ميرضيايف'], Moscow: ['موسكو'] },
    });
    expect(events.filter((e) => e.type === 'SUPPORT').map((e) => [names(e.source), names(e.recipient)])).toEqual([[['Shavkat Mirziyoyev'], ['Vladimir Putin']]]);
  });

  it('a withdrawal by no one named is dropped (triggers.json source_required, which also lists SUPPORT and REJECT); one with its side is kept', () => {
    const retreats = (text: string, entities: Record<string, string[]>): string[][] => run(text, { entities }).events.filter((e) => e.type === 'RETREAT').map((e) => names(e.source));
    const entities = { Putin: ['بوتين'], Tokayev: ['توكاييف'], Afghanistan: ['أفغانستان'], Moscow: ['موسكو'] };
    expect(retreats('التقى بوتين مع توكاييف في موسكو. وأكد بوتين أن انسحاب القوات الأجنبية من أفغانستان يثير القلق.', entities)).toEqual([]);
    expect(retreats('التقى بوتين مع توكاييف في موسكو. وأعلنت روسيا انسحاب قواتها من أفغانستان.', { ...entities, Russia: ['روسيا'] })).toEqual([['Russia']]);
  });
});
