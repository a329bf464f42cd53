// Shared infrastructure opened or begun ("افتتح هو جنتاو خط أنابيب", "أطلق جاباروف بناء خط لسكك الحديد يربط بين"):
// the entry cooperate.infrastructure of data/events/triggers.json and its frame; each test fails without its change.
import { describe, expect, it } from 'vitest';
import { ruleRows as rows } from './helpers.js';

describe('shared infrastructure', () => {
  it('a pipeline opened: who opens it (افتتح carries its subject) with the state it comes from, past "جديد سينقل الغاز"', () => {
    expect(rows('افتتح الرئيس الصيني هو جنتاو خط انابيب جديد سينقل الغاز الطبيعي من تركمنستان الى بلاده.', { HuJintao: ['هو جنتاو'], Turkmenistan: ['تركمنستان'] }))
      .toEqual([['COOPERATE', 'cooperate.infrastructure', ['Hu Jintao'], ['Turkmenistan']]]);
  });
  it('a railway begun between states ("يربط بين الصين وقرغيزستان وأوزبكستان"), the launcher\'s own not among the others', () => {
    const entities = { Japarov: ['صدير جاباروف'], China: ['الصين'], Kyrgyzstan: ['قرغيزستان'], Uzbekistan: ['أوزبكستان'] };
    expect(rows('أطلق الرئيس القرغيزستاني صدير جاباروف أعمال بناء خط جديد لسكك الحديد يربط بين الصين وقرغيزستان وأوزبكستان.', entities))
      .toEqual([['COOPERATE', 'cooperate.infrastructure', ['Sadyr Japarov'], ['China', 'Uzbekistan']]]);
  });
  it('laying one state\'s part of a pipeline to others ("بدأت تركمانستان في مد ... خط أنابيب إلى أفغانستان")', () => {
    expect(rows('بدأت تركمانستان في مد الجزء الخاص بها من خط أنابيب إلى أفغانستان.', { Turkmenistan: ['تركمانستان'], Afghanistan: ['أفغانستان'] }))
      .toEqual([['COOPERATE', 'cooperate.infrastructure', ['Turkmenistan'], ['Afghanistan']]]);
  });
  it('not the agreement to build one, nor a pipeline that "reaches" a state (no visit)', () => {
    const entities = { Turkmenistan: ['تركمانستان'], Afghanistan: ['أفغانستان'] };
    expect(rows('تم اليوم التوقيع على اتفاقية تنفيذ مشروع مد أنبوب الغاز الطبيعي من تركمانستان إلى أفغانستان.', entities).map((r) => r[1])).not.toContain('cooperate.infrastructure');
    expect(rows('خط الأنابيب سيصل إلى أفغانستان.', { Afghanistan: ['أفغانستان'] }).map((r) => r[1])).not.toContain('consult.arrival');
  });
});
