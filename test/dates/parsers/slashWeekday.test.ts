import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

describe('weekdays in slashes (parsers/slashWeekday.ts)', () => {
  it('اليوم /الاثنين/ is today, one mention, checked against the weekday', () => {
    const s = 'أعلنت وزارة الدفاع الروسية اليوم /الاثنين/ انطلاق تدريبات قوات الرد السريع التابعة لمنظمة معاهدة الأمن الجماعي.';
    expect(run(s, '2022-03-07')).toMatchObject({ warnings: [], dates: [{ text: 'اليوم /الاثنين/', value: '2022-03-07' }] });
    expect(run(s, '2022-03-08').warnings).toHaveLength(1);
  });
  it('unresolved without an article date', () => {
    expect(one('وصل الرئيس الطاجيكي إمام علي رحمن اليوم /الخميس/ إلى موسكو')).toMatchObject({ text: 'اليوم /الخميس/', value: null, resolved: false });
  });
  it('a bare weekday in slashes, even one that is also a word', () => {
    expect(one('وقال لافروف /الجمعة/ إن المنظمة مستعدة', '2022-01-10')).toMatchObject({ text: '/الجمعة/', value: '2022-01-07' });
  });
  it('اليوم (الإثنين), as Xinhua writes it: today, one mention with its brackets', () => {
    const s = 'عقد رئيس مجلس الدولة الصيني لي كه تشيانغ محادثات مع نظيره القازاقى كريم ماسيموف فى بكين اليوم (الإثنين) حيث تعهدا بزيادة التعاون';
    expect(run(s, '2015-12-14')).toMatchObject({ warnings: [], dates: [{ text: 'اليوم (الإثنين)', value: '2015-12-14' }] });
  });
  it('أمس (الأحد), as Al-Hayat writes it: yesterday, one mention', () => {
    expect(one('قُتل عشرة أشخاص أمس (الأحد) بينهم ستة مسلحين', '2016-06-06')).toMatchObject({ text: 'أمس (الأحد)', value: '2016-06-05', rule: 'day-word+bracket-weekday' });
  });
  it('a slash alone is no weekday context', () => {
    expect(run('الرئيسين الاثنين/ بوتين', '2022-01-10').dates).toEqual([]);
  });
});
