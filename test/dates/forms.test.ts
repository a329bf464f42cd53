import { describe, expect, it } from 'vitest';
import { one, run, values } from './helpers.js';

describe('full dates in every order and separator', () => {
  const cases: [string, string, string][] = [
    ['عقد في 29 يناير 2025 اجتماع', '29 يناير 2025', '2025-01-29'],
    ['أغسطس 23, 2021 15:22', 'أغسطس 23, 2021', '2021-08-23'],
    ['الأربعاء 29 يناير/كانون الثاني 2025', 'الأربعاء 29 يناير/كانون الثاني 2025', '2025-01-29'],
    ['وصل في ٢٨ نوفمبر ٢٠٢٤ إلى موسكو', '٢٨ نوفمبر ٢٠٢٤', '2024-11-28'],
    ['نشر 17.09.2021', '17.09.2021', '2021-09-17'],
    ['بتاريخ 2021/09/17', '2021/09/17', '2021-09-17'],
    ['في 28-11-2024', '28-11-2024', '2024-11-28'],
    ['في ٢٨/١١/٢٠٢٤', '٢٨/١١/٢٠٢٤', '2024-11-28'],
    ['وقع في 12 مايو 1992م في طشقند', '12 مايو 1992م', '1992-05-12'],
    ['في 16 سبتمبر من عام 2021', '16 سبتمبر من عام 2021', '2021-09-16'],
    ['في 16 من شهر سبتمبر 2021', '16 من شهر سبتمبر 2021', '2021-09-16'],
    ['في الأول من أكتوبر 2022', 'الأول من أكتوبر 2022', '2022-10-01'],
    ['13 كانون الثاني (يناير) 2020', '13 كانون الثاني (يناير) 2020', '2020-01-13'],
    ['28 أكتوبر/ تشرين الأول 2021', '28 أكتوبر/ تشرين الأول 2021', '2021-10-28'],
    ['في 5 أيار/مايو 2023', '5 أيار/مايو 2023', '2023-05-05'],
  ];
  for (const [text, span, value] of cases) it(text, () => {
    const d = run(text).dates.find((x) => x.granularity === 'day' || x.granularity === 'time')!;
    expect(d.text).toBe(span);
    expect(d.value).toBe(value);
    expect(d.resolved).toBe(true);
    expect(d.calendar).toBe('gregorian');
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

describe('partial dates', () => {
  it('day and month without year need an anchor', () => {
    expect(one('في 15 سبتمبر')).toMatchObject({ text: '15 سبتمبر', value: null, resolved: false, relative: true });
    expect(one('في 15 سبتمبر', '2021-10-01')).toMatchObject({ value: '2021-09-15', resolved: true, anchor: '2021-10-01', relative: true });
  });
  it('years', () => {
    expect(one('سيبدأ في عام 2025')).toMatchObject({ text: 'عام 2025', value: '2025', granularity: 'year' });
    expect(one('في 2021، بعد القرار')).toMatchObject({ text: '2021', value: '2021' });
    expect(one('منذ العام 2019')).toMatchObject({ text: 'العام 2019', value: '2019' });
    expect(one('في سنة 2020')).toMatchObject({ text: 'سنة 2020', value: '2020' });
    expect(one('تأسست 1991م')).toMatchObject({ text: '1991م', value: '1991' });
    expect(one('في عام ١٩٩٢')).toMatchObject({ value: '1992' });
  });
  it('two years after a dual keyword', () => {
    expect(run('ولا سيما في عامي 2021 و2022.').dates.map((d) => [d.text, d.value])).toEqual([['عامي 2021', '2021'], ['2022', '2022']]);
    expect(run('بين عامي 1992 و 1994').dates.map((d) => d.value)).toEqual(['1992', '1994']);
  });
  it('ordinal days in words', () => {
    expect(one('عقد في الحادي والعشرين من سبتمبر 2023')).toMatchObject({ text: 'الحادي والعشرين من سبتمبر 2023', value: '2023-09-21' });
    expect(one('في الثالث عشر من يناير 2022').value).toBe('2022-01-13');
    expect(one('يوم الثلاثين من يونيو 2021').value).toBe('2021-06-30');
  });
  it('decades', () => {
    expect(one('في التسعينيات')).toMatchObject({ text: 'التسعينيات', value: '199', granularity: 'decade' });
    expect(one('منذ تسعينيات القرن الماضي')).toMatchObject({ text: 'تسعينيات القرن الماضي', value: '199' });
    expect(one('في الثمانينات')).toMatchObject({ value: '198' });
    expect(one('عشرينيات القرن الحالي')).toMatchObject({ value: '202' });
  });
});

describe('Hijri dates', () => {
  it('day month year هـ', () => {
    expect(one('في 24 شوال 1445 هـ')).toMatchObject({ text: '24 شوال 1445 هـ', value: '2024-05-03', calendar: 'hijri', hijri: '1445-10-24', granularity: 'day' });
    expect(one('1 رمضان 1445هـ')).toMatchObject({ value: '2024-03-11', hijri: '1445-09-01' });
    expect(one('غرة محرم ١ محرم ١٤٤٦ هـ').value).toBe('2024-07-07');
    expect(one('في 10 ذو الحجة 1444 للهجرة')).toMatchObject({ value: '2023-06-28', hijri: '1444-12-10' });
  });
  it('month and year', () => {
    expect(one('خلال شهر رمضان 1443')).toMatchObject({ text: 'رمضان 1443', value: '2022-04', calendar: 'hijri', hijri: '1443-09', granularity: 'month' });
  });
  it('numeric Hijri', () => {
    expect(one('بتاريخ 1445/10/24 هـ')).toMatchObject({ value: '2024-05-03', calendar: 'hijri', hijri: '1445-10-24' });
  });
  it('a month name with no year is not dated (رمضان قديروف)', () => {
    expect(run('قال رمضان قديروف').dates).toHaveLength(0);
  });
});

describe('glued and noisy forms', () => {
  it('GMT glued to the day', () => {
    const r = run('19:04 GMT28 أكتوبر/ تشرين الأول 2021');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['19:04 GMT', '2021-10-28T19:04Z'], ['28 أكتوبر/ تشرين الأول 2021', '2021-10-28']]);
    expect(r.published).toBe('2021-10-28');
  });
  it('weekday, Arabic-Indic digits and a time after a dash', () => {
    const r = run('الخميس ٠٦ يناير ٢٠٢٢ - ٠٤:١٥');
    expect(r.dates.map((d) => [d.text, d.value, d.granularity])).toEqual([['الخميس ٠٦ يناير ٢٠٢٢', '2022-01-06', 'day'], ['٠٤:١٥', '2022-01-06T04:15', 'time']]);
    expect(r.warnings).toEqual([]);
  });
  it('dateline with agency', () => {
    const r = run('يريفان في 28 فبراير/أرمنبريس - قال الرئيس', '2023-02-28');
    expect(r.dates[0]).toMatchObject({ text: '28 فبراير', value: '2023-02-28' });
    expect(run('يريفان في 28 فبراير 2023/أرمنبريس - قال الرئيس')).toMatchObject({ published: '2023-02-28', publishedBasis: 'dateline' });
  });
  it('updated stamp', () => {
    const r = run('17.09.2021 - محدث : 18.09.2021\nقال الرئيس');
    expect(values('17.09.2021 - محدث : 18.09.2021')).toEqual(['2021-09-17', '2021-09-18']);
    expect(r.published).toBe('2021-09-17');
  });
});
