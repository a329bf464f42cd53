import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('words that are not dates', () => {
  const none = [
    'قال أب الضحية إنه غاضب',
    'وأب لثلاثة أطفال',
    'مارس الضغط على الحكومة',
    'ومارس الرئيس صلاحياته',
    'التقى مايكل وماي بالوفد',
    'وصل وفد نيسان للسيارات',
    'يجتمع البلدان الاثنين',
    'كان أحد الحاضرين',
    'صلاة الجمعة في المسجد',
    'النشرة اليومية',
    'الأمين العام للمنظمة',
    'تمتد على مسافة 1344 كيلومتراً',
    'نشر 2000 جندي',
    'رقم الهاتف 28-11-99',
    'قال رمضان قديروف',
    'عقد الاجتماع برئاسة الرئيس',
    'في نفس اليوم',
  ];
  for (const s of none) it(s, () => expect(run(s, '2024-03-01').dates.map((d) => d.text)).toEqual([]));
  it('ambiguous month names count with a day or year', () => {
    expect(run('في 15 مارس', '2024-06-01').dates[0].value).toBe('2024-03-15');
    expect(run('في آب 2020').dates[0].value).toBe('2020-08');
    expect(run('في 5 أيار').dates[0].text).toBe('5 أيار');
    expect(run('في ماي 2021').dates[0].value).toBe('2021-05');
  });
  it('ambiguous month names count with a direction after them ("مارس الماضي")', () => {
    expect(run('في مارس الماضي', '2024-06-01').dates[0]).toMatchObject({ text: 'مارس الماضي', value: '2024-03' });
    expect(run('في نيسان المقبل', '2024-06-01').dates[0]).toMatchObject({ text: 'نيسان المقبل', value: '2025-04' });
    expect(run('ومارس الرئيس صلاحياته الماضية', '2024-06-01').dates).toEqual([]);
  });
  it('an unambiguous month alone is a month', () => {
    expect(run('في سبتمبر', '2021-10-28').dates[0]).toMatchObject({ value: '2021-09', granularity: 'month' });
  });
  it('sentence index and offsets are right in a longer text', () => {
    const text = 'السطر الأول.\nعقد الاجتماع في ٢٨ نوفمبر ٢٠٢٤. ثم غادر أمس.';
    const r = run(text);
    expect(r.dates.map((d) => d.sentence)).toEqual([1, 2]);
  });
});
