// dates/parsers/weekday.ts: a weekday, with the day word يوم (markers.json day_word) and the clitics
// of the clitic table before it.
import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

describe('weekdays (parsers/weekday.ts)', () => {
  it('يوم + weekday is one mention; a clitic before يوم stays out of it', () => {
    expect(one('وعقد الاجتماع ويوم الثلاثاء الماضي', '2022-03-10')).toMatchObject({ text: 'يوم الثلاثاء الماضي', value: '2022-03-08' });
    expect(one('وصل الوفد إلى موسكو يوم الخميس', '2022-03-10')).toMatchObject({ text: 'يوم الخميس', value: '2022-03-10' });
  });
  it('a clitic before a bare weekday stays out of the mention', () => {
    expect(one('عقدت القمة بالخميس', '2022-03-10')).toMatchObject({ text: 'الخميس', value: '2022-03-10' });
  });
  it('a weekday that is also a word needs يوم, a date, a direction or commas', () => {
    expect(run('اتفق الطرفان الاثنين على التعاون', '2022-03-10').dates).toEqual([]);
    expect(one('وصل الرئيس يوم الاثنين', '2022-03-10')).toMatchObject({ text: 'يوم الاثنين', value: '2022-03-07' });
    expect(one('قال الرئيس، الجمعة، إن المنظمة مستعدة', '2022-03-10')).toMatchObject({ text: 'الجمعة', value: '2022-03-04' });
  });
});

describe('which such day a weekday is', () => {
  it('past report: the most recent such day', () => {
    expect(one('وأكد الكرملين في بيان يوم الثلاثاء', '2021-10-28').value).toBe('2021-10-26');
  });
  it('future sentence: the next one', () => {
    expect(one('سيعقد الاجتماع يوم الثلاثاء', '2021-10-28').value).toBe('2021-11-02');
    expect(one('يعقد الاجتماع الثلاثاء المقبل', '2021-10-28').value).toBe('2021-11-02');
  });
  it('future sentence on that very weekday: that day; with المقبل, the week after', () => {
    // a report of Wednesday 3 April 2019 (heldout3): the reception was that day
    expect(one('وأعلن المكتب الصحفي للكرملين أن الرئيس الروسي فلاديمير بوتين سيستقبل رئيس كازاخستان في موسكو يوم الأربعاء', '2019-04-03').value).toBe('2019-04-03');
    expect(one('سيعقد الاجتماع الأربعاء المقبل', '2019-04-03').value).toBe('2019-04-10');
  });
  it('across a month boundary', () => {
    expect(one('اجتمع الوزراء يوم الجمعة', '2024-03-02').value).toBe('2024-03-01');
    expect(one('اجتمع الوزراء يوم الأربعاء', '2024-03-02').value).toBe('2024-02-28');
  });
  it('across a year boundary', () => {
    expect(one('اجتمع يوم الأحد', '2022-01-01').value).toBe('2021-12-26');
    expect(one('سيجتمع القادة يوم الثلاثاء', '2021-12-30').value).toBe('2022-01-04');
  });
  it('bare الاثنين (also "the two") needs context', () => {
    expect(run('بين البلدين الاثنين', '2024-03-01').dates).toHaveLength(0);
    expect(one('قال مساء الاثنين', '2024-03-01').value).toBe('2024-02-26');
  });
  it('a bare weekday set off by commas, as agencies write it', () => {
    expect(one('أعلن رئيس الوزراء الأرميني، الجمعة، أن بلاده جمدت مشاركتها', '2024-02-23')).toMatchObject({ text: 'الجمعة', value: '2024-02-23' });
    expect(one('قال الوزير, الاثنين, إن', '2024-03-01').value).toBe('2024-02-26');
    expect(run('صلاة الجمعة، في المسجد', '2024-03-01').dates).toHaveLength(0);
  });
  it('a future cue after لأن belongs to another clause (relative.json clauseBreak, tense.ts)', () => {
    expect(one('التقى الوزيران يوم الخميس والقمة المقبلة تقترب', '2022-03-09')).toMatchObject({ text: 'يوم الخميس', value: '2022-03-10' });
    expect(one('التقى الوزيران يوم الخميس لأن القمة المقبلة تقترب', '2022-03-09')).toMatchObject({ text: 'يوم الخميس', value: '2022-03-03' });
  });
});
