// dates/parsers/monthName.ts: a Gregorian month name with a day, a year or both, in every order and regional
// spelling; the clitics before a month (clitic table) and before a part of a month.
import { describe, expect, it } from 'vitest';
import { fullDate, one, run } from '../helpers.js';

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
  it('a range of days is dated by its first day (markers.json day_range_joiners)', () => {
    expect(one('يقوم بزيارة رسمية إلى طاجيكستان يومي 10 – 11 يونيو 2021')).toMatchObject({ text: '10 – 11 يونيو 2021', value: '2021-06-10' });
    expect(one('تجري المناورات في الفترة من 24 إلى 29 أغسطس 2014')).toMatchObject({ text: '24 إلى 29 أغسطس 2014', value: '2014-08-24' });
    expect(one('يومي 10 و11 يونيو', '2021-06-09')).toMatchObject({ text: '10 و11 يونيو', value: '2021-06-10' });
    // not a range: a count before a day, or a first number after the second
    expect(one('قتل 12 شخصا في 11 يونيو 2021')).toMatchObject({ text: '11 يونيو 2021', value: '2021-06-11' });
    expect(one('المادة 15 - 11 يونيو 2021')).toMatchObject({ text: '11 يونيو 2021', value: '2021-06-11' });
  });
  it('a paired spelling counts unless it is one of the other words', () => {
    expect(one('في أغسطس / آب 2020')).toMatchObject({ text: 'أغسطس / آب 2020', value: '2020-08' });
    expect(one('في أغسطس أب الضحية')).toMatchObject({ text: 'أغسطس' });
  });
});

describe('full dates in every order and separator', () => {
  const cases: [string, string, string][] = [
    ['عقد في 29 يناير 2025 اجتماع', '29 يناير 2025', '2025-01-29'],
    ['أغسطس 23, 2021 15:22', 'أغسطس 23, 2021', '2021-08-23'],
    ['وصل في ٢٨ نوفمبر ٢٠٢٤ إلى موسكو', '٢٨ نوفمبر ٢٠٢٤', '2024-11-28'],
    ['وقع في 12 مايو 1992م في طشقند', '12 مايو 1992م', '1992-05-12'],
    ['في 16 سبتمبر من عام 2021', '16 سبتمبر من عام 2021', '2021-09-16'],
    ['في 16 من شهر سبتمبر 2021', '16 من شهر سبتمبر 2021', '2021-09-16'],
    ['في الأول من أكتوبر 2022', 'الأول من أكتوبر 2022', '2022-10-01'],
    ['13 كانون الثاني (يناير) 2020', '13 كانون الثاني (يناير) 2020', '2020-01-13'],
    ['28 أكتوبر/ تشرين الأول 2021', '28 أكتوبر/ تشرين الأول 2021', '2021-10-28'],
    ['في 5 أيار/مايو 2023', '5 أيار/مايو 2023', '2023-05-05'],
  ];
  for (const [text, span, value] of cases) it(text, () => fullDate(text, span, value));
  it('ordinal days in words', () => {
    expect(one('عقد في الحادي والعشرين من سبتمبر 2023')).toMatchObject({ text: 'الحادي والعشرين من سبتمبر 2023', value: '2023-09-21' });
    expect(one('في الثالث عشر من يناير 2022').value).toBe('2022-01-13');
    expect(one('يوم الثلاثين من يونيو 2021').value).toBe('2021-06-30');
  });
});

describe('month names of every region', () => {
  const months: [string, number][] = [
    ['يناير', 1], ['كانون الثاني', 1], ['جانفي', 1], ['فبراير', 2], ['شباط', 2], ['فيفري', 2], ['مارس', 3], ['آذار', 3],
    ['أبريل', 4], ['إبريل', 4], ['نيسان', 4], ['أفريل', 4], ['مايو', 5], ['أيار', 5], ['ماي', 5], ['يونيو', 6], ['يونيه', 6],
    ['حزيران', 6], ['جوان', 6], ['يوليو', 7], ['يوليه', 7], ['تموز', 7], ['جويلية', 7], ['يوليوز', 7], ['أغسطس', 8], ['اغسطس', 8],
    ['آب', 8], ['أوت', 8], ['غشت', 8], ['سبتمبر', 9], ['أيلول', 9], ['شتنبر', 9], ['أكتوبر', 10], ['تشرين الأول', 10],
    ['نوفمبر', 11], ['تشرين الثاني', 11], ['نونبر', 11], ['ديسمبر', 12], ['كانون الأول', 12], ['دجنبر', 12],
  ];
  for (const [name, m] of months) it(`${name} -> ${m}`, () => {
    expect(one(`في 3 ${name} 2020`).value).toBe(`2020-${String(m).padStart(2, '0')}-03`);
    expect(one(`خلال ${name} 2019`).value).toBe(`2019-${String(m).padStart(2, '0')}`);
  });
  it('pairs give one mention', () => {
    const r = run('في 16 سبتمبر / أيلول في دوشنبه', '2021-08-23');
    expect(r.dates).toHaveLength(1);
    expect(r.dates[0].text).toBe('16 سبتمبر / أيلول');
    expect(one('في أكتوبر/ تشرين الأول 2021').value).toBe('2021-10');
    expect(one('في نوفمبر/تشرين الثاني 2024 في أستانا')).toMatchObject({ text: 'نوفمبر/تشرين الثاني 2024', value: '2024-11', granularity: 'month' });
  });
});

describe('a month relative to the article date', () => {
  it('a month with الماضي or المقبل', () => {
    expect(one('بداية شهر يونيو الماضي', '2021-10-28')).toMatchObject({ text: 'بداية شهر يونيو الماضي', value: '2021-06' });
    expect(one('في نوفمبر المقبل', '2021-12-05').value).toBe('2022-11');
  });
});

describe('day and month without a year', () => {
  it('needs an anchor', () => {
    expect(one('في 15 سبتمبر')).toMatchObject({ text: '15 سبتمبر', value: null, resolved: false, relative: true });
    expect(one('في 15 سبتمبر', '2021-10-01')).toMatchObject({ value: '2021-09-15', resolved: true, anchor: '2021-10-01', relative: true });
  });
  it('no tense cue: the nearest such day ("التدريبات تجري يوم 22 أكتوبر" in an article of 13 October)', () => {
    expect(one('التدريبات تجري يوم 22 أكتوبر في طاجيكستان', '2021-10-13').value).toBe('2021-10-22');
    expect(one('التدريبات تجري يوم 20 ديسمبر في طاجيكستان', '2022-01-05').value).toBe('2021-12-20');
  });
  it('past sentence: the latest such date not after the anchor', () => {
    expect(one('وقع الهجوم في 20 ديسمبر', '2022-01-05').value).toBe('2021-12-20');
    expect(one('وقع الهجوم في 7 يناير', '2022-01-05').value).toBe('2022-01-07'); // within the margin
  });
  it('future sentence: the next one', () => {
    expect(one('ستعقد القمة في 5 يناير', '2021-12-20').value).toBe('2022-01-05');
    expect(run('واتفقوا على مواصلة المشاورات في 16 سبتمبر / أيلول في دوشنبه خلال القمة المقبلة', '2021-08-23').dates[0].value).toBe('2021-09-16');
  });
});
