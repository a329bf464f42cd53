// entities/passes/timeZones.ts: a name in parentheses right after a clock time is its time zone.
import { describe, expect, it } from 'vitest';
import { namesIn } from '../helpers.js';

describe('a clock time\'s zone is no place', () => {
  it('"الساعة 3:00 (مكة المكرمة)": Al Jazeera\'s page stamp names no place', () => {
    expect(namesIn('الثلاثاء 1423/9/22 هـ - الموافق 26/11/2002 م (آخر تحديث) الساعة 3:00 (مكة المكرمة)، 0:00 (غرينتش)', 'PLACE')).toEqual([]);
  });
  it('the same name in parentheses elsewhere, or after a time with no parentheses, stays', () => {
    expect(namesIn('أدى الحجاج المناسك (مكة المكرمة) أمس', 'PLACE')).toEqual(['Mecca']);
    expect(namesIn('وصل الوفد الساعة 3:00 إلى مكة المكرمة', 'PLACE')).toEqual(['Mecca']);
  });
});
