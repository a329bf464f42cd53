// Energy supplied or stopped ("استأنفت تركمانستان تصدير الغاز لإيران", "أوقفت تركمانستان تصدير الغاز إلى إيران"): the
// entries cooperate.supply and retreat.supply-stop of data/events/triggers.json and their frame; each test fails without its change.
import { describe, expect, it } from 'vitest';
import { ruleRows as rows } from './helpers.js';

const fx = { Turkmenistan: ['تركمانستان'], Iran: ['إيران'] };

describe('energy supply', () => {
  it('gas exports resumed or begun are cooperation, with the one supplied after ل or إلى', () => {
    expect(rows('قال مسؤول إيراني إن تركمانستان استأنفت تصدير الغاز الطبيعي لإيران أمس.', fx))
      .toEqual([['COOPERATE', 'cooperate.supply', ['Turkmenistan'], ['Iran']]]);
  });
  it('gas exports stopped are a retreat ("وأوقفت تركمانستان تصدير الغاز إلى إيران")', () => {
    expect(rows('وأوقفت تركمانستان تصدير الغاز إلى إيران أمس.', fx)).toEqual([['RETREAT', 'retreat.supply-stop', ['Turkmenistan'], ['Iran']]]);
  });
  it('not what a state lives on, a means ("من خلال قطع إمدادات"), or a topic ("إمكانيات توسيع إمدادات الغاز")', () => {
    expect(rows('تعتمد تركمانستان على تصدير الغاز إلى إيران.', fx)).toEqual([]);
    expect(rows('اتهمت تركمانستان إيران بمحاولات الضغط من خلال قطع إمدادات الغاز.', fx).map((r) => r[1])).not.toContain('retreat.supply-stop');
    expect(rows('تدرس تركمانستان إمكانيات توسيع إمدادات الغاز إلى إيران.', fx)).toEqual([]);
  });
});
