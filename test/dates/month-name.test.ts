// dates/parsers/monthName.ts: the clitics before a month (clitic table) and before a part of a month.
import { describe, expect, it } from 'vitest';
import { one, run } from './helpers.js';

describe('month names (parsers/monthName.ts)', () => {
  it('a clitic before a part of the month stays out of the mention, a part that starts with ب keeps it', () => {
    expect(one('ومطلع شهر سبتمبر', '2022-03-09')).toMatchObject({ text: 'مطلع شهر سبتمبر', value: '2021-09' });
    expect(one('فأواخر سبتمبر', '2022-03-09')).toMatchObject({ text: 'أواخر سبتمبر', value: '2021-09' });
    expect(one('وبداية سبتمبر', '2022-03-09')).toMatchObject({ text: 'بداية سبتمبر', value: '2021-09' });
    expect(one('بداية شهر سبتمبر', '2022-03-09')).toMatchObject({ text: 'بداية شهر سبتمبر', value: '2021-09' });
  });
  it('a clitic before the month name stays out; the article and a year keyword after it count', () => {
    expect(one('وصل الوفد بسبتمبر 2021')).toMatchObject({ text: 'سبتمبر 2021', value: '2021-09' });
    expect(one('في سبتمبر من العام 2021')).toMatchObject({ text: 'سبتمبر من العام 2021', value: '2021-09' });
  });
  it('آب and اب are August; أب (father) and إب, which fold to the same word, are not (months.json other_words)', () => {
    expect(one('في آب 2020')).toMatchObject({ text: 'آب 2020', value: '2020-08' });
    expect(one('في اب 2020')).toMatchObject({ text: 'اب 2020', value: '2020-08' });
    expect(run('قال أب 2020 مرة', '2022-03-09').dates).toEqual([]);
    expect(run('في إب 2020', '2022-03-09').dates).toEqual([]);
  });
  it('a paired spelling counts unless it is one of the other words', () => {
    expect(one('في أغسطس / آب 2020')).toMatchObject({ text: 'أغسطس / آب 2020', value: '2020-08' });
    expect(one('في أغسطس أب الضحية')).toMatchObject({ text: 'أغسطس' });
  });
});
