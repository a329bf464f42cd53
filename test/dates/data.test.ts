import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DATE_TABLE_NAMES, dateTableFile, dateTableProblems, DATES_DATA_DIR, loadDateTables, parseMonths, parseNumbers, parseRelative, parseWeekdays } from '../../src/dates/data.js';
import { numberValue } from '../../src/dates/lexicon.js';
import { DataFileError } from '../../src/errors.js';

describe('date tables', () => {
  it('load and fold', () => {
    const t = loadDateTables();
    expect(t.months.gregorian.get('اغسطس')).toBe(8);
    expect(t.months.gregorian.get('تشرين الاول')).toBe(10);
    expect(t.months.hijri.get('ذو الحجه')).toBe(12);
    expect(t.months.ambiguous.has('اب')).toBe(true);
    expect([...t.months.otherWords]).toEqual(['أب', 'إب']); // as written, not folded
    expect(t.weekdays.byName.get('الاربعاء')).toBe(3);
    expect(t.weekdays.names).toEqual(['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']); // as warnings write them
    expect(t.months.english.get('sept')).toBe(9);
    expect(t.weekdays.numberAfter.has('عشره')).toBe(true);
    expect(t.relative.units.get('سنوات')).toEqual({ unit: 'Y', form: 'plural' });
  });
  it('reject malformed files with clear messages', () => {
    expect(() => parseMonths({ gregorian: [{ month: 13, names: ['x'] }], hijri: [] }, 'm.json')).toThrow(/month: must be an integer 1-12/);
    expect(() => parseMonths({ gregorian: 'x' })).toThrow(DataFileError);
    expect(() => parseMonths({ gregorian: [{ month: 1, names: ['يناير'], ambiguous: ['مارس'] }], hijri: [] })).toThrow(/ambiguous "مارس" is not one of its names/);
    expect(() => parseMonths({ gregorian: [{ month: 8, names: ['آب'], other_words: ['أبو'] }], hijri: [] })).toThrow(/other word "أبو" does not fold to one of its names/);
    expect(() => parseWeekdays({ weekdays: [{ day: 9, names: ['x'] }] })).toThrow(/day: must be an integer 0-6/);
    expect(() => parseNumbers({ ones: { '12': ['x'] }, tens: {}, hundreds: {}, ten: ['عشر'] })).toThrow(/key "12" must be an integer 1-9/);
    expect(() => parseRelative({})).toThrow(/field days: must be an array/);
    const greg = loadDateTables().months;
    const months = (english: unknown): unknown => ({
      gregorian: [...Array(12).keys()].map((i) => ({ month: i + 1, names: [[...greg.gregorian].find(([, m]) => m === i + 1)![0]] })),
      hijri: [...Array(12).keys()].map((i) => ({ month: i + 1, names: [[...greg.hijri].find(([, m]) => m === i + 1)![0]] })),
      english,
    });
    expect(() => parseMonths(months([{ month: 3, names: ['March'] }]))).toThrow(/name "March" must be lower-case letters a-z/);
    expect(() => parseMonths(months([{ month: 3, names: ['mar'] }, { month: 5, names: ['mar'] }]))).toThrow(/"mar" already belongs to month 3/);
    expect(() => parseWeekdays({ weekdays: [], numberAfter: 'عشر' })).toThrow(/field numberAfter: must be an array of strings/);
  });
  it('a broken JSON file in a data directory is reported with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dates-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const n of DATE_TABLE_NAMES) writeFileSync(join(dir, `${n}.json`), readFileSync(dateTableFile(n)));
    writeFileSync(join(dir, 'weekdays.json'), '{ "weekdays": [ ');
    expect(() => loadDateTables(dir)).toThrow(/weekdays\.json: 1 problem\n\s+invalid JSON/);
  });
  it('each built-in table passes its schema; a wrong shape is named by field', () => {
    for (const n of DATE_TABLE_NAMES) expect(dateTableProblems(n)(JSON.parse(readFileSync(dateTableFile(n), 'utf8')))).toEqual([]);
    expect(dateTableProblems('weekdays')({ weekdays: [{ day: 7, names: ['الأحد'] }] })).toEqual(['field weekdays.0.day: must be <= 6']);
    expect(dateTableProblems('numbers')({ ones: { 1: ['واحد'] }, ten: ['عشرة'], tens: {}, hundreds: {}, teens: [] })).toEqual(['top level: must NOT have additional properties ("teens")']);
  });
  it('the words around a date are folded and read by name (markers.json)', () => {
    const M = loadDateTables().markers;
    expect(M.yearKeywords).toEqual(['عام', 'سنه']);
    expect([...M.yearDualKeywords]).toEqual(['عامي', 'سنتي']);
    expect(M.eraSuffixes.hijri).toEqual(['ه', 'هجريه', 'هجري', 'للهجره']);
    expect(M.decade.centuries.get('الحادي والعشرين')).toBe('20');
    expect(M.clock.pm.has('مساء')).toBe(true);
    expect(M.dayWord).toBe('يوم');
    expect(M.published).toEqual({
      updated: ['محدث', 'تحديث', 'حدث', 'عدل', 'تعديل', 'updated', 'update', 'modified'],
      headerWords: ['gmt', 'utc', 'نشر في', 'تم نشره', 'نشر', 'تاريخ النشر', 'التاريخ', 'بتاريخ', 'اخر تحديث', 'صباحا', 'مساء', 'published on', 'published'],
      datelineWords: ['في', 'بتاريخ'],
      bylineWords: ['كتب', 'كتبت', 'تحرير', 'بقلم', 'اعداد'],
    });
    expect(loadDateTables().relative.clauseBreak).toEqual(['ان', 'لان', 'حيث']);
    expect(dateTableProblems('markers')({ ...JSON.parse(readFileSync(dateTableFile('markers'), 'utf8')), of: 'من بين' })).toEqual(['field of: must match pattern "^\\S+$"']);
  });
  it('number words', () => {
    expect(numberValue('خمس')).toBe(5);
    expect(numberValue('أحد عشر'.replace('أ', 'ا'))).toBe(11);
    expect(numberValue('خمسه وعشرين')).toBe(25);
    expect(numberValue('48')).toBe(48);
  });
});
