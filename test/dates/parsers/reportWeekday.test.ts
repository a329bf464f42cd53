import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

describe('a bare الجمعة / الاثنين / الأحد in a report (parsers/reportWeekday.ts)', () => {
  it('before إن/أن: the most recent such day in a past report', () => {
    expect(one('وقال الرئيس الكازاخستاني قاسم جومارت توكاييف الجمعة إن المهمة انتهت', '2022-01-10')).toMatchObject({ text: 'الجمعة', value: '2022-01-07', rule: 'report-weekday' });
    expect(one('وأكد الكرملين الأحد أن بوتين سيشارك في القمة', '2022-05-16').value).toBe('2022-05-15');
  });
  it('a few words after a reporting verb of its clause', () => {
    expect(one('أعلنت وزارة الدفاع الروسية الاثنين بدء انسحاب قوات حفظ السلام', '2022-01-13').value).toBe('2022-01-10');
  });
  it('الأحد and الجمعة after any word of their clause, whatever its verb ("الانتخابات التي جرت الاحد", "فاز ... توكاييف الاحد")', () => {
    expect(one('لم يحالفهم الحظ في الانتخابات التي جرت الاحد.', '2019-06-10')).toMatchObject({ text: 'الاحد', value: '2019-06-09' });
    expect(one('فاز رئيس كازاخستان بالوكالة قاسم جومارت توكاييف الاحد في الانتخابات', '2019-06-10').value).toBe('2019-06-09');
    expect(one('وأطلقت الشرطة الجمعة النار على المحتجين', '2011-12-18').value).toBe('2011-12-16');
    // ... but الاثنين may be "the two" after any word: it still needs a reporting verb or إن
    expect(run('فاز المرشحان الاثنين في الانتخابات', '2019-06-10').dates).toEqual([]);
  });
  it('on the article date itself it is that day', () => {
    expect(one('قال وزير الخارجية الجمعة إن', '2022-01-07').value).toBe('2022-01-07');
  });
  it('without an article date it stays unresolved', () => {
    expect(one('وقال الرئيس الجمعة إن')).toMatchObject({ value: null, resolved: false });
  });
  it('not the words: "the two", Friday prayer, no report verb, a verb in another clause', () => {
    expect(run('وقع البلدان اتفاقية بين الطرفين الاثنين', '2022-01-10').dates).toEqual([]);
    expect(run('قال إمام المسجد بعد صلاة الجمعة إن', '2022-01-10').dates).toEqual([]);
    expect(run('الدول الأعضاء الاثنين عشر', '2022-01-10').dates).toEqual([]);
    expect(run('أعلن الرئيس، وحضر الوزراء الاثنين', '2022-01-10').dates).toEqual([]);
  });
});
