// dates/parsers/hijri.ts: Hijri dates ("24 شوال 1445 هـ", "رمضان 1443", "1445 هـ"), converted with the
// Umm al-Qura calendar.
import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

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
  it('a month name with no year is not dated (رمضان قديروف)', () => {
    expect(run('قال رمضان قديروف').dates).toHaveLength(0);
  });
});

describe('a Hijri year alone', () => {
  it('the Gregorian year holding most of it', () => {
    expect(one('تأسست الجمعية في عام 1445 هـ')).toMatchObject({ text: 'عام 1445 هـ', value: '2024', granularity: 'year', calendar: 'hijri', hijri: '1445', rule: 'hijri-year' });
    expect(one('في 1443هـ')).toMatchObject({ text: '1443هـ', value: '2022', hijri: '1443', rule: 'hijri-year' });
  });
});
