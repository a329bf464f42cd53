import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

describe('a bare الجمعة / الاثنين / الأحد in a clause of news (parsers/reportWeekday.ts)', () => {
  it('before إن/أن: the most recent such day in a past report', () => {
    expect(one('وقال الرئيس الكازاخستاني قاسم جومارت توكاييف الجمعة إن المهمة انتهت', '2022-01-10')).toMatchObject({ text: 'الجمعة', value: '2022-01-07', rule: 'report-weekday' });
    expect(one('وأكد الكرملين الأحد أن بوتين سيشارك في القمة', '2022-05-16').value).toBe('2022-05-15');
  });
  it('after any word of its clause, whatever its verb ("الانتخابات التي جرت الاحد", "نظم مئات الأرمن الإثنين مسيرة")', () => {
    expect(one('أعلنت وزارة الدفاع الروسية الاثنين بدء انسحاب قوات حفظ السلام', '2022-01-13').value).toBe('2022-01-10');
    expect(one('نظم مئات الأرمن الإثنين مسيرة في العاصمة الأرمينية يريفان', '2008-03-04').value).toBe('2008-03-03');
    expect(one('اعتقلت شرطة بيلاروسيا الاثنين مئات المتظاهرين', '2010-12-21').value).toBe('2010-12-20');
    expect(one('لم يحالفهم الحظ في الانتخابات التي جرت الاحد.', '2019-06-10')).toMatchObject({ text: 'الاحد', value: '2019-06-09' });
    expect(one('فاز رئيس كازاخستان بالوكالة قاسم جومارت توكاييف الاحد في الانتخابات', '2019-06-10').value).toBe('2019-06-09');
    expect(one('وأطلقت الشرطة الجمعة النار على المحتجين', '2011-12-18').value).toBe('2011-12-16');
  });
  it('alone before the end of its clause, or after و', () => {
    expect(one('التقى الرئيسان إلهام علييف ونيكول باشنيان، في بروكسل، الأحد.', '2023-05-16')).toMatchObject({ text: 'الأحد', value: '2023-05-14' });
    expect(one('بعد أن قُتل عشرة أشخاص أمس (الأحد) بينهم ستة مسلحين', '2016-06-06').value).toBe('2016-06-05');
    expect(run('في دورتها الـ25 المنعقدة يومي الأحد والاثنين.', '2025-09-01').dates.map((d) => [d.text, d.value])).toEqual([['الأحد', '2025-08-31'], ['الاثنين', '2025-09-01']]);
    expect(one('والإثنين قالت وزارة الدفاع الأرمينية إن', '2023-01-03').value).toBe('2023-01-02');
  });
  it('on the article date itself it is that day', () => {
    expect(one('قال وزير الخارجية الجمعة إن', '2022-01-07').value).toBe('2022-01-07');
  });
  it('without an article date it stays unresolved', () => {
    expect(one('وقال الرئيس الجمعة إن')).toMatchObject({ value: null, resolved: false });
  });
  it('not the words: "the two" after a definite dual or before عشر, Friday prayer, a clause of its own that goes on', () => {
    expect(run('وقع البلدان اتفاقية بين الطرفين الاثنين', '2022-01-10').dates).toEqual([]);
    expect(run('فاز المرشحان الاثنين في الانتخابات', '2019-06-10').dates).toEqual([]);
    expect(run('الدول الأعضاء الاثنين عشر', '2022-01-10').dates).toEqual([]);
    expect(run('قال إمام المسجد بعد صلاة الجمعة إن', '2022-01-10').dates).toEqual([]);
    expect(run('وقال، الأحد من الأعضاء', '2022-01-10').dates).toEqual([]);
  });
});
