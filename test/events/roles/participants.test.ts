// events/roles/participants.ts: chair, invited and participants of a meeting.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';
import { names, run } from '../helpers.js';

describe('participants', () => {
  it('who a meeting brings together, listed right after its word ("لقاء قمة ثلاثية يضم الرئيس الروسي ... ونظيريه ...، و...")', () => {
    const { events } = run('وشهدت مدينة قازان امس لقاء قمة ثلاثية يضم الرئيس الروسي فلاديمير بوتين ونظيريه الأذربيجاني إلهام علييف، والأرميني نيكول باشينيان.', {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Aliyev: [{ text: 'إلهام علييف', role: 'نظيريه الأذربيجاني' }], Pashinyan: [{ text: 'نيكول باشينيان', role: 'والأرميني' }] },
    });
    const all = events.filter((e) => e.type === 'CONSULT').flatMap((e) => [...names(e.source), ...names(e.recipient), ...names(e.participants)]);
    expect(new Set(all)).toEqual(new Set(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan']));
  });
  it('"جمعت X بـY": those it brings X together with; a date between the meeting and the verb counts as one word; "إضافة إلى" adds to the list (heldout55)', () => {
    const { events } = run('عقدت قمة رباعية امس الاربعاء جمعت الرئيس الروسي فلاديمير بوتين بنظيريه الأذربيجاني والأرميني إلهام علييف ونيكول باشينيان إضافة إلى رئيس طاجيكستان إمام علي رحمان.', {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Aliyev: [{ text: 'إلهام علييف', role: 'نظيريه الأذربيجاني والأرميني' }], Pashinyan: ['نيكول باشينيان'], Rahmon: [{ text: 'إمام علي رحمان', role: 'رئيس طاجيكستان' }] },
      dates: [['امس الاربعاء', null, 'day']],
    });
    expect(events.filter((e) => e.type === 'CONSULT').map((e) => names(e.participants))).toEqual([['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan', 'Emomali Rahmon']]);
  });
  it('the chair after "برئاسة", every actor listed after "بمشاركة"', () => {
    const { events } = run('وعقدت القمة برئاسة الرئيس الأرميني نيكول باشينيان وبمشاركة بوتين ولوكاشينكو.', {
      entities: { Pashinyan: [{ text: 'نيكول باشينيان', role: 'الرئيس الأرميني' }], Putin: ['بوتين'], Lukashenko: ['لوكاشينكو'] },
    });
    expect(events.map((e) => [e.subtype, names(e.chair), names(e.participants)])).toEqual([['summit', ['Nikol Pashinyan'], ['Vladimir Putin', 'Alexander Lukashenko']]]);
  });

  it('the chair after the present or future of رأس ("وسيرأس الجلسة رئيس طاجيكستان"; heldout53)', () => {
    const { events } = run('تعقد منظمة معاهدة الأمن الجماعي جلسة استثنائية اليوم، وسيرأس الجلسة رئيس طاجيكستان إمام علي رحمن.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Rahmon: [{ text: 'إمام علي رحمن', role: 'رئيس طاجيكستان' }] },
    });
    expect(events.map((e) => [e.subtype, names(e.source), names(e.chair)])).toEqual([['session', ['Collective Security Treaty Organization'], ['Emomali Rahmon']]]);
  });

  it('an organisation listed after "بمشاركة" takes part too ("بمشاركة وفد من حركة طالبان", heldout2)', () => {
    const { events } = run('وتعقد الجلسة المرتقبة منذ أشهر طويلة حول أفغانستان غدا في موسكو بمشاركة وفد من حركة طالبان.', { entities: { Moscow: ['موسكو'], Taliban: ['حركة طالبان'] } });
    expect(events.map((e) => [e.subtype, names(e.participants)])).toEqual([['session', ['Taliban']]]);
  });

  it('who travels "للمشاركة في" a meeting takes part in it, a long destination between (heldout48)', () => {
    const { events } = run('توجه الرئيس الروسي فلاديمير بوتين صباح اليوم الاربعاء على متن طائرته إلى العاصمة البيلاروسية مينسك للمشاركة في قمة منظمة معاهدة الأمن الجماعي.', {
      entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Belarus: [{ text: 'البيلاروسية', method: 'nisba' }], Minsk: ['مينسك'], CSTO: ['منظمة معاهدة الأمن الجماعي'] },
    });
    const summit = events.find((e) => e.subtype === 'summit')!;
    expect([...names(summit.source), ...names(summit.participants)]).toEqual(expect.arrayContaining(['Vladimir Putin', 'Collective Security Treaty Organization']));
  });

  it('who meets ("يجتمع X ... لحضور جلسة") is the meeting\'s source, not a participant of it (dev)', () => {
    const { events } = createExtractor().extract('يجتمع رؤساء دول منظمة معاهدة الأمن الجماعي في عاصمة جمهورية قيرغيزستان - بيشكيك اليوم الخميس 27 نوفمبر/تشرين الثاني 2025، لحضور جلسة لمجلس "الأمن الجماعي".');
    const meet = events.find((e) => e.rule.startsWith('consult.meet'))!;
    expect([names(meet.source), names(meet.participants)]).toEqual([['Collective Security Treaty Organization'], []]);
  });

  it('invited: the actor before "بصفة مراقب"', () => {
    const { events } = run('وشارك في الاجتماع أوزبكستان بصفة مراقب.', { entities: { Uzbekistan: ['أوزبكستان'] } });
    expect(events.map((e) => [e.subtype, names(e.invited), names(e.participants)])).toEqual([['meeting', ['Uzbekistan'], []]]);
  });

  it('a participant verb takes its subject; a meeting by video is virtual', () => {
    const { events } = run('وشارك الرئيس الروسي فلاديمير بوتين في القمة عبر الفيديو.', { entities: { Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }] } });
    expect(events.map((e) => [e.subtype, names(e.participants), e.mode])).toEqual([['summit', ['Vladimir Putin'], 'virtual']]);
  });

  it('the verb\'s subject after the meeting it takes part in, a whole list ("وشارك في القمة كل من ..."); not past a comma, another clause\'s', () => {
    const fx = {
      entities: {
        Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }], Tokayev: [{ text: 'قاسم جومارت توكاييف', role: 'ورئيس كازاخستان' }],
        Mirziyoyev: [{ text: 'شوكت ميرضيائيف', role: 'ورئيس أوزبكستان' }],
      },
    };
    const list = run('وشارك في القمة كل من الرئيس الروسي فلاديمير بوتين، ورئيس كازاخستان قاسم جومارت توكاييف، ورئيس أوزبكستان شوكت ميرضيائيف.', fx).events;
    expect(list.map((e) => names(e.participants))).toEqual([['Vladimir Putin', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']]);
    const clause = run('وأفادت الخارجية الأرمنية بأن الوزير أرارات ميرزويان لن يشارك في الاجتماع، فيما صرح رئيس الوزراء نيكول باشينيان أن أرمينيا قد جمدت مشاركتها.', {
      entities: { Mirzoyan: [{ text: 'أرارات ميرزويان', role: 'الوزير' }], Pashinyan: [{ text: 'نيكول باشينيان', role: 'رئيس الوزراء' }], Armenia: ['أرمينيا'] },
    }).events;
    expect(clause.filter((e) => e.type === 'CONSULT').flatMap((e) => names(e.participants))).not.toContain('Nikol Pashinyan');
  });

  it('a future participation verb is a participant cue ("ممثلين من حركة طالبان سيشاركون في محادثات")', () => {
    const { events } = run('قال لافروف إن ممثلين من حركة طالبان سيشاركون في محادثات سلام في موسكو.', {
      entities: { Taliban: ['حركة طالبان'], Moscow: ['موسكو'] },
    });
    expect(events.map((e) => [e.type, names(e.participants)])).toEqual([['CONSULT', ['Taliban']]]);
  });
});
