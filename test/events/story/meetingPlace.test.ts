// events/story/meetingPlace.ts: what a side of a meeting the article reports does with no place of its own,
// it does at that meeting, before or after the sentence that reports the meeting.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const placed = (text: string, entities: NonNullable<Parameters<typeof run>[1]>['entities']) =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), e.location?.name ?? null]);

describe('the place of the meeting', () => {
  it('a statement by a side of a meeting reported after it takes its place', () => {
    expect(placed('انتقد لوكاشينكو انسحاب أوزبكستان من المنظمة. وقال لوكاشينكو ذلك عقب لقائه مع بوتين في موسكو.', {
      Lukashenko: [{ text: 'لوكاشينكو', nth: 0 }, { text: 'لوكاشينكو', nth: 1 }], Uzbekistan: ['أوزبكستان'], CSTO: ['المنظمة'], Putin: ['بوتين'], Moscow: ['موسكو'],
    })).toEqual([
      ['DISAPPROVE', ['Alexander Lukashenko'], 'Moscow'],
      ['RETREAT', ['Uzbekistan'], null],
      ['CONSULT', ['Alexander Lukashenko'], 'Moscow'],
    ]);
  });

  it('a headline\'s signing by a side of the meeting its lead dates and places happens there and then (heldout10)', () => {
    const { events } = run('منظمة معاهدة الأمن الجماعي توقع 22 وثيقة\nعقد رؤساء الدول الأعضاء في منظمة معاهدة الأمن الجماعي، الثلاثاء 23/12/2014، اجتماعاً جديداً في موسكو.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي', { text: 'منظمة معاهدة الأمن الجماعي', nth: 1 }], Moscow: ['موسكو'] },
      dates: [['23/12/2014', '2014-12-23', 'day']],
    });
    const signing = events.find((e) => e.type === 'SUPPORT')!;
    expect([signing.main, signing.location?.name, signing.date?.value, signing.date?.basis]).toEqual([true, 'Moscow', '2014-12-23', 'the meeting of sentence 1']);
  });

  it('a meeting of the same sides with no place of its own is that meeting again ("واجتمع بوتين مع لوكاشينكو")', () => {
    expect(placed('انتقدت أرمينيا أذربيجان. وعقد بوتين ولوكاشينكو اجتماعا في موسكو. واجتمع بوتين مع لوكاشينكو على انفراد.', {
      Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'], Putin: [{ text: 'بوتين', nth: 0 }, { text: 'بوتين', nth: 1 }],
      Lukashenko: [{ text: 'لوكاشينكو', nth: 0 }, { text: 'لوكاشينكو', nth: 1 }], Moscow: ['موسكو'],
    }).map((e) => e[2])).toEqual([null, 'Moscow', 'Moscow']);
  });

  it('an event none of whose sides is at the meeting keeps no place; nor one planned after a meeting held', () => {
    expect(placed('انتقدت أرمينيا أذربيجان. وعقد بوتين ولوكاشينكو اجتماعا في موسكو.', {
      Armenia: ['أرمينيا'], Azerbaijan: ['أذربيجان'], Putin: ['بوتين'], Lukashenko: ['لوكاشينكو'], Moscow: ['موسكو'],
    }).map((e) => e[2])).toEqual([null, 'Moscow']);
    expect(placed('التقى بوتين مع لوكاشينكو في موسكو. وسيوقع بوتين اتفاقية مع أرمينيا.', {
      Putin: [{ text: 'بوتين', nth: 0 }, { text: 'بوتين', nth: 1 }], Lukashenko: ['لوكاشينكو'], Moscow: ['موسكو'], Armenia: ['أرمينيا'],
    }).map((e) => e[2])).toEqual(['Moscow', null]);
  });
});
