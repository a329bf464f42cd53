// dates/parsers/weekday.ts: a weekday, with the day word يوم (markers.json day_word) and the clitics
// of the clitic table before it.
import { describe, expect, it } from 'vitest';
import { one, run } from './helpers.js';

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
