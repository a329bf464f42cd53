// events/roles/date.ts: the date of an event.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';
import { run } from '../helpers.js';

describe('date', () => {
  it('the sentence\'s date nearest the trigger', () => {
    const { events } = run('التقى بوتين مع توكاييف في موسكو يوم 5 مايو 2023.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'] }, dates: [['5 مايو 2023', '2023-05-05', 'day']],
    });
    expect([events[0].date, events[0].date_precision, events[0].date_basis]).toEqual([{ value: '2023-05-05', granularity: 'day', text: '5 مايو 2023', basis: 'sentence' }, 'day', 'explicit']);
  });

  it('the dateline\'s date is when the report was filed: a date of the report\'s own is the event\'s, unless it only says today (heldout51)', () => {
    const dated = (text: string) => createExtractor().extract(text).events.map((e) => [e.trigger.text, e.date?.value]);
    expect(dated('بشكيك 30 أبريل 2019 /التقى الرئيس القرغيزستاني سورونباي جينبيكوف يوم الإثنين وزير الدفاع الصيني وي فنغ خه.'))
      .toEqual([['التقى', '2019-04-29']]);
    expect(dated('دوشنبه 13 سبتمبر 2014 / اتفقت الصين وطاجيكستان في بيان مشترك صدر هنا اليوم (السبت) على تقوية التعاون.')[0])
      .toEqual(['اتفقت', '2014-09-13']);
  });

  it('the start or end of a period is no date of the event ("منذ عام 2012", "حتى 2025")', () => {
    const { events } = run('وأقر قادة منظمة معاهدة الأمن الجماعي استراتيجية للفترة الممتدة حتى 2025.', {
      entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'] }, dates: [['2025', '2025', 'year']],
    });
    expect(events.map((e) => [e.type, e.date])).toEqual([['AGREE', null]]);
  });

  it('a planned event takes no date before the article\'s', () => {
    const { events } = run('أكد الكرملين يوم الثلاثاء أن بوتين سيزور طاجيكستان.', {
      entities: { Putin: ['بوتين'], Tajikistan: ['طاجيكستان'] }, dates: [['يوم الثلاثاء', '2023-05-02', 'day', { relative: true }]], published: '2023-05-05',
    });
    expect(events.map((e) => [e.subtype, e.status, e.date])).toEqual([['official visit', 'planned', null]]);
  });

  it('a verb in the past takes no date the text marks as to come', () => {
    const { events } = run('وبحث بوتين مع توكاييف التحضير للتدريبات المقررة في أكتوبر المقبل.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'] }, dates: [['أكتوبر المقبل', '2023-10', 'month', { relative: true }]],
    });
    expect(events.map((e) => [e.subtype, e.status, e.date])).toEqual([['talks', 'reported', null]]);
  });

  it('a date after أن/إن is what is said, not the trigger\'s ("وقال فرادكوف في اثناء المباحثات مع ميرزايف ان التبادل بلغ في عام 2006")', () => {
    const { events } = run('وقال بوتين في اثناء المباحثات مع توكاييف ان التبادل السلعي بين البلدين بلغ في عام 2006 حوالي ثلاثة مليارات دولار.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'] }, dates: [['عام 2006', '2006', 'year']],
    });
    expect(events.map((e) => [e.subtype, e.date])).toEqual([['talks', null]]);
    // ... unless a restating clause gives it back to the event ("...، وذلك اليوم الأربعاء 29 يناير 2025")
    const restated = run('أكد بوتين خلال اجتماعه مع توكاييف أن البرنامج سيسهم في الأمن، وذلك اليوم الأربعاء 29 يناير 2025.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'] }, dates: [['اليوم الأربعاء 29 يناير 2025', '2025-01-29', 'day']],
    }).events;
    expect(restated.map((e) => [e.subtype, e.date?.value ?? null])).toEqual([['bilateral meeting', '2025-01-29']]);
  });
});
