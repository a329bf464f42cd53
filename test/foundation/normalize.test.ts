import { describe, expect, it } from 'vitest';
import { fold, foldKey, normalize, toOriginal } from '../../src/text/normalize.js';

const norm = (s: string, o = {}) => normalize(s, o).text;

describe('normalisation rules', () => {
  it('maps presentation forms from PDFs to letters', () => {
    // ﻣﻮﺳﻜﻮ: Moscow in isolated/initial/medial/final presentation forms
    expect(norm('ﻣﻮﺳﻜﻮ')).toBe('موسكو');
    expect(norm('ﻻ')).toBe('لا');
    expect(norm('ﻣﻮﺳﻜﻮ', { compat: false })).toBe('ﻣﻮﺳﻜﻮ');
  });
  it('removes tashkeel, superscript alef and Quranic marks', () => {
    expect(norm('مُنَظَّمَةُ')).toBe('منظمة');
    expect(norm('هٰذا')).toBe('هذا');
    expect(norm('الرَّحِيمِ ۝')).toBe('الرحيم ۝');
    expect(norm('مُنَظَّمَةُ', { diacritics: false })).toBe('مُنَظَّمَةُ');
  });
  it('removes tatweel', () => {
    expect(norm('الأمـــن')).toBe('الأمن');
    expect(norm('الأمـــن', { tatweel: false })).toBe('الأمـــن');
  });
  it('removes zero-width and bidi controls', () => {
    expect(norm('بوتين\u200f \u200eموسكو\u200c')).toBe('بوتين موسكو');
    expect(norm('\u202bدوشنبه\u202c\ufeff')).toBe('دوشنبه');
  });
  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(norm('٢٨ نوفمبر ٢٠٢٤')).toBe('28 نوفمبر 2024');
    expect(norm('۱۴۰۲')).toBe('1402');
    expect(norm('٢٠٢٤', { digits: false })).toBe('٢٠٢٤');
  });
  it('maps Arabic punctuation and quotes', () => {
    expect(norm('قال، «نعم»؛ لماذا؟')).toBe('قال, "نعم"; لماذا?');
    expect(norm('“الفيديو كونفرنس”')).toBe('"الفيديو كونفرنس"');
    expect(norm('أرمينيا — أذربيجان')).toBe('أرمينيا - أذربيجان');
  });
  it('collapses white space, keeping one line break for a run containing one', () => {
    expect(norm('  روسيا \t\u00a0 و   كازاخستان  ')).toBe('روسيا و كازاخستان');
    expect(norm('سطر\r\n\r\n   سطر')).toBe('سطر\nسطر');
    expect(norm('a  b', { whitespace: false })).toBe('a  b');
  });
  it('folds letter variants for matching without changing length', () => {
    expect(fold('أفغانستان إيران آسيا ٱلله')).toBe('افغانستان ايران اسيا الله');
    expect(fold('مصطفى منظمة مؤتمر رئيس')).toBe('مصطفي منظمه موتمر رييس');
    expect(fold('کابل ایران')).toBe('كابل ايران');
    expect(fold('TASS Sputnik')).toBe('tass sputnik');
    const s = 'الإتحاد الروسي';
    expect(fold(s)).toHaveLength(s.length);
    expect(foldKey('  الـمُنظَّمة ')).toBe('المنظمه');
  });
});

describe('offset map', () => {
  it('maps spans of normalised text back to the original', () => {
    const original = 'قال الرَّئيسُ  بوتيـــن: «نعم»';
    const n = normalize(original);
    const at = n.text.indexOf('بوتين');
    const span = toOriginal(n, at, at + 'بوتين'.length);
    expect(original.slice(span.start, span.end)).toBe('بوتيـــن');
    const r = n.text.indexOf('الرئيس');
    const s2 = toOriginal(n, r, r + 'الرئيس'.length);
    expect(original.slice(s2.start, s2.end)).toBe('الرَّئيسُ');
  });
  it('maps a span inside an expanded ligature to the whole ligature', () => {
    const original = 'ﻻ شيء';
    const n = normalize(original);
    expect(n.text).toBe('لا شيء');
    expect(toOriginal(n, 0, 1)).toEqual({ start: 0, end: 1 });
    expect(toOriginal(n, 0, 2)).toEqual({ start: 0, end: 1 });
  });
  it('handles astral characters as one unit', () => {
    const original = 'روسيا 😀 بيلاروس';
    const n = normalize(original);
    const at = n.text.indexOf('بيلاروس');
    const span = toOriginal(n, at, at + 7);
    expect(original.slice(span.start, span.end)).toBe('بيلاروس');
  });
});
