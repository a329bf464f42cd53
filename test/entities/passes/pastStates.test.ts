// entities/passes/pastStates.ts: the adjective of a state that no longer exists names no state.
import { describe, expect, it } from 'vitest';
import { namesIn } from '../helpers.js';

describe('the adjective of a dissolved state', () => {
  it('"الجمهورية السوفياتية السابقة", "الحقبة السوفيتية": a past, not the Soviet Union', () => {
    expect(namesIn('انسحب الجيش الروسي من أراضي هذه الجمهورية السوفياتية السابقة', 'PLACE')).toEqual(['Russia']);
    expect(namesIn('بنيت القاعدة في الحقبة السوفيتية', 'PLACE')).toEqual([]);
  });
  it('its name still names it; a living state\'s adjective still names that state', () => {
    expect(namesIn('وقعت المعاهدة بعد ستة اشهر من انهيار الاتحاد السوفياتي', 'PLACE')).toEqual(['Soviet Union']);
    expect(namesIn('قال الرئيس الطاجيكي إن الجمهورية السوفياتية السابقة مستقرة', 'PLACE')).toEqual(['Tajikistan']);
  });
});
