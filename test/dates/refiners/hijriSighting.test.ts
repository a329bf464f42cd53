import { describe, expect, it } from 'vitest';
import { one, run } from '../helpers.js';

describe('a Hijri day by its weekday (refiners/hijriSighting.ts)', () => {
  it('a weekday one day off the Umm al-Qura conversion gives the day meant: where the month began by sighting', () => {
    expect(one('الجمعة 1422/8/23 هـ')).toMatchObject({ text: 'الجمعة 1422/8/23 هـ', value: '2001-11-09' });
    const r = run('الثلاثاء 1423/9/22 هـ - الموافق 26/11/2002 م');
    expect(r.dates.map((d) => d.value)).toEqual(['2002-11-26', '2002-11-26']);
  });
  it('a weekday that agrees, or none, leaves the conversion', () => {
    expect(one('الخميس 1422/8/23 هـ').value).toBe('2001-11-08');
    expect(one('1422/8/23 هـ').value).toBe('2001-11-08');
  });
});
