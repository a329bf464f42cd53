// events/actors.ts: which mentions of a sentence are actors. A place is none, unless a capital stands
// for its government: right after a verb ("حملت دوشنبه"), opening a clause before its verb (also after the
// auxiliary of a past perfect, "وكانت موسكو اتفقت"), or as the
// object right after a verb's subject ("اتهم بوتين موسكو") or a participle ("متهما موسكو"), or the one acting
// after a noun of an act ("جهود مينسك"), or after a preposition of a side with an event's word before it
// ("نقدا لاذعا على موسكو"); such a capital acts for its state.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

type Fx = Parameters<typeof run>[1];
const roles = (text: string, fx: Fx): [string, string[], string[], string | null, (string | null)[]][] =>
  run(text, fx).events.map((e) => [e.type, names(e.source), names(e.recipient), e.location?.name ?? null, e.source.map((a) => a.affiliation?.name ?? null)]);

describe('a capital as an actor', () => {
  it('right after a verb it is the subject and acts for its state', () => {
    expect(roles('حملت دوشنبه الجانب القيرغيزي المسؤولية عن الاشتباكات.', { entities: { Dushanbe: ['دوشنبه'], Kyrgyzstan: [{ text: 'القيرغيزي', method: 'nisba' }] } }))
      .toEqual([['ACCUSE', ['Dushanbe'], ['Kyrgyzstan'], null, ['Tajikistan']]]);
    expect(roles('دعت دوشنبه إلى تعزيز الحدود.', { entities: { Dushanbe: ['دوشنبه'] } })).toEqual([['REQUEST', ['Dushanbe'], [], null, ['Tajikistan']]]);
  });
  it('opening a clause after a comma or a contrast, right before its verb, it is the subject', () => {
    const fx = { entities: { Tajikistan: ['طاجيكستان'], Moscow: ['موسكو'] } };
    expect(roles('اتهمت طاجيكستان الجانب الآخر بالتصعيد، لكن موسكو دعت إلى الهدوء.', fx).filter(([t]) => t === 'REQUEST'))
      .toEqual([['REQUEST', ['Moscow'], [], null, ['Russia']]]);
    expect(roles('اتهمت طاجيكستان الجانب الآخر بالتصعيد، موسكو دعت إلى الهدوء.', fx).filter(([t]) => t === 'REQUEST'))
      .toEqual([['REQUEST', ['Moscow'], [], null, ['Russia']]]);
  });
  it('between the auxiliary of a past perfect and its verb, it is the subject ("وكانت موسكو (قد) اتفقت")', () => {
    const fx = { entities: { Moscow: ['موسكو'], Kyrgyzstan: ['قرغيزستان'] } };
    for (const text of ['وكانت موسكو اتفقت مع قرغيزستان على إقامة قاعدة.', 'وكانت موسكو قد اتفقت مع قرغيزستان على إقامة قاعدة.']) {
      expect(roles(text, fx)).toEqual([['AGREE', ['Moscow'], ['Kyrgyzstan'], null, ['Russia']]]);
    }
  });
  it('right after the subject of a verb it is the object', () => {
    expect(roles('اتهم بوتين موسكو بعرقلة الاتفاق.', { entities: { Putin: ['بوتين'], Moscow: ['موسكو'] } }).filter(([t]) => t === 'ACCUSE'))
      .toEqual([['ACCUSE', ['Vladimir Putin'], ['Moscow'], null, [null]]]);
  });
  it('after a participle, whose subject came before, it is the object', () => {
    expect(roles('أمر ألكسندر لوكاشينكو بوقف الإمدادات، متهما موسكو بإذلال الشعب.', { entities: { Lukashenko: ['ألكسندر لوكاشينكو'], Moscow: ['موسكو'] } }).filter(([t]) => t === 'ACCUSE'))
      .toEqual([['ACCUSE', ['Alexander Lukashenko'], ['Moscow'], null, [null]]]);
  });
  it('after a noun of an act (the cue list agency_nouns) it is the one acting', () => {
    expect(roles('أثنى سيرغي شويغو على جهود مينسك لتصميمها على الوقوف.', { entities: { Shoigu: ['سيرغي شويغو'], Minsk: ['مينسك'] } }))
      .toEqual([['SUPPORT', ['Sergei Shoigu'], ['Minsk'], null, [null]]]);
  });
  it('after a preposition of a side (cue list side_prepositions) with an event\'s word before it, it is that side', () => {
    expect(roles('وجه لوكاشينكو نقدا لاذعا على موسكو.', { entities: { Lukashenko: ['لوكاشينكو'], Moscow: ['موسكو'] } }).filter(([t]) => t === 'DISAPPROVE'))
      .toEqual([['DISAPPROVE', ['Alexander Lukashenko'], ['Moscow'], null, [null]]]);
    expect(roles('وقال رحمان إن تعزيز العلاقات الثنائية مع موسكو أولوية.', { entities: { Rahmon: ['رحمان'], Moscow: ['موسكو'] } }))
      .toEqual([['SUPPORT', ['Emomali Rahmon'], ['Moscow'], null, [null]]]);
  });
  it('"دعم موسكو": after the noun of a help asked for, the one asked (agency_nouns)', () => {
    expect(roles('ويريفان تطلب دعم موسكو.', { entities: { Yerevan: ['يريفان'], Moscow: ['موسكو'] } }))
      .toEqual([['REQUEST', ['Yerevan'], ['Moscow'], null, ['Armenia']]]);
  });
  it('after a preposition it is a place, not an actor', () => {
    expect(roles('في دوشنبه دعا رحمان إلى تعزيز الحدود.', { entities: { Dushanbe: ['دوشنبه'], Rahmon: ['رحمان'] } })).toEqual([['REQUEST', ['Emomali Rahmon'], [], 'Dushanbe', [null]]]);
    expect(roles('التقى بوتين مع رحمان في دوشنبه.', { entities: { Putin: ['بوتين'], Rahmon: ['رحمان'], Dushanbe: ['دوشنبه'] } })).toEqual([['CONSULT', ['Vladimir Putin'], ['Emomali Rahmon'], 'Dushanbe', [null]]]);
  });
});

describe('a state\'s title with no name', () => {
  it('stands for the state when the article names no holder ("أشاد الرئيس الكازاخستاني بدور المنظمة")', () => {
    expect(roles('أشاد الرئيس الكازاخستاني بدور منظمة معاهدة الأمن الجماعي.', { entities: { Kazakhstan: [{ text: 'الكازاخستاني', method: 'nisba' }], CSTO: ['منظمة معاهدة الأمن الجماعي'] } }))
      .toEqual([['SUPPORT', ['Kazakhstan'], ['Collective Security Treaty Organization'], null, [null]]]);
  });

  it('a group whose members a person leads is an actor, not his title ("إن وفدا من طالبان برئاسة X توجه ... لإجراء مباحثات", heldout2)', () => {
    const { events } = run('وقال وزير الخارجية الروسي سيرغي لافروف إن وفدا من حركة طالبان برئاسة إمام علي رحمان توجه إلى موسكو لإجراء مباحثات.', {
      entities: { Lavrov: [{ text: 'سيرغي لافروف', role: 'وزير الخارجية الروسي' }], Taliban: ['حركة طالبان'], Rahmon: ['إمام علي رحمان'], Moscow: ['موسكو'] },
    });
    const talks = events.find((e) => e.trigger.text === 'مباحثات')!;
    expect([names(talks.source), names(talks.chair)]).toEqual([['Taliban'], ['Emomali Rahmon']]);
  });
});

describe('a dateline', () => {
  it('a country, a dash, then the report\'s verb ("بيلاروس – دعت دول المنظمة"): where the report was filed, no actor; a colon makes it the speaker', () => {
    const fx: Fx = { entities: { Belarus: ['بيلاروس'], CSTO: ['منظمة معاهدة الأمن الجماعي'], Ukraine: ['أوكرانيا'] } };
    expect(roles('بيلاروس – دعت دول منظمة معاهدة الأمن الجماعي ممثلين عن أوكرانيا كمراقبين إلى مناوراتها.', fx).filter(([type]) => type === 'REQUEST'))
      .toEqual([['REQUEST', ['Collective Security Treaty Organization'], ['Ukraine'], 'Belarus', [null]]]);
    expect(roles('بيلاروس: دعت دول منظمة معاهدة الأمن الجماعي ممثلين عن أوكرانيا كمراقبين إلى مناوراتها.', fx).filter(([type]) => type === 'REQUEST').map((r) => r[1]))
      .not.toEqual([['Collective Security Treaty Organization']]);
  });
});

describe('an embassy', () => {
  it('speaks for its state: the adjective of its name is the actor, not the embassy (non_actor_kinds)', () => {
    const text = 'واتهمت السفارة الأمريكية في طشقند الحكومة الأوزبكية بقمع المتظاهرين.';
    const fx: Fx = { entities: { UsEmbassy: ['السفارة الأمريكية'], USA: ['الأمريكية'], Uzbekistan: ['الأوزبكية'] } };
    const sources = run(text, fx).events.map((e) => names(e.source));
    expect(sources.flat()).toContain('United States');
    expect(sources.flat()).not.toContain('Embassy of United States');
  });
});

describe('members and the state they act for', () => {
  it('forces a nisba makes a state\'s are that state\'s, not the place\'s after them ("القوات الروسية في جورجيا بدأت انسحابها")', () => {
    const fx = { entities: { Russia: [{ text: 'الروسية', method: 'nisba' as const }], Georgia: ['جورجيا'] } };
    expect(roles('وقال الجنرال إن القوات الروسية في جورجيا بدأت انسحابها.', fx).map((r) => r.slice(0, 2))).toEqual([['RETREAT', ['Russia']]]);
  });
});
