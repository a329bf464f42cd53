import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { extractDates } from '../../src/dates/index.js';

const MONTHS = ['يناير', 'كانون الثاني', 'فبراير', 'آذار', 'أبريل', 'أيار', 'حزيران', 'تموز', 'آب', 'سبتمبر / أيلول', 'أكتوبر/ تشرين الأول', 'جانفي', 'ديسمبر'];
const FILL = ['قال الرئيس', 'اليوم', 'أمس', 'يوم الثلاثاء', 'العام الماضي', 'لمدة خمس سنوات', '\n', '، ', '«', '»', 'مُحَدَّث', 'ـ', '\u200f', '15:22', 'GMT', 'هـ', 'عام', 'في', '٢٠٢١', '17.09.2021'];
const toIndic = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

describe('properties', () => {
  it('every mention is an exact slice of the original, sorted and non-overlapping', () => {
    const piece = fc.oneof(
      fc.constantFrom(...FILL),
      fc.tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...MONTHS), fc.integer({ min: 1950, max: 2030 }), fc.boolean())
        .map(([d, m, y, indic]) => { const s = `${d} ${m} ${y}`; return indic ? toIndic(s) : s; }),
    );
    let checked = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(null, '2021-10-28'), (parts, ref) => {
      const text = parts.join(' ');
      const r = extractDates(analyze(text), { refDate: ref });
      checked += r.dates.length;
      let last = -1;
      for (const d of r.dates) {
        expect(text.slice(d.start, d.end)).toBe(d.text);
        expect(d.start).toBeGreaterThanOrEqual(last);
        last = d.end;
        if (d.value === null) expect(d.resolved).toBe(false);
      }
    }), { numRuns: 300 });
    // the loop above checks each date found: it must have found some
    expect(checked).toBeGreaterThan(100);
  });
  it('a full date with any valid day reads back', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2049-12-31'), noInvalidDate: true }), fc.boolean(), (dt, indic) => {
      const iso = dt.toISOString().slice(0, 10);
      const [y, m, d] = iso.split('-').map(Number);
      const name = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'][m - 1];
      const s = `وقع ذلك في ${d} ${name} ${y} في موسكو`;
      const r = extractDates(analyze(indic ? toIndic(s) : s));
      expect(r.dates.map((x) => x.value)).toEqual([iso]);
    }), { numRuns: 200 });
  });
});
