// entities/passes/outlets.ts: the adjective of a news outlet or a currency names no state.
import { describe, expect, it } from 'vitest';
import { namesIn } from '../helpers.js';

describe('the adjective of a news outlet or a currency', () => {
  it('"وكالة أنباء "تاس" الروسية", "شبكة "إيه بي سي نيوز" الإخبارية الأمريكية", "مليون دولار أميركي": no state', () => {
    expect(namesIn('حسبما نقلت وكالة أنباء "تاس" الروسية', 'PLACE')).toEqual([]);
    expect(namesIn('كما نقلت وكالات الأنباء الروسية عن اللجنة', 'PLACE')).toEqual([]);
    expect(namesIn('بحسب ما ذكرت شبكة "إيه بي سي نيوز" الإخبارية الأمريكية', 'PLACE')).toEqual([]);
    expect(namesIn('تسلمت القوات مساعدات بقيمة 122 مليون دولار أميركي', 'PLACE')).toEqual([]);
  });
  it('a state\'s own agency, another phrase before it, or the adjective of a state body still name the state', () => {
    expect(namesIn('قال المتحدث باسم وكالة الحدود الأوكرانية', 'PLACE')).toEqual(['Ukraine']);
    expect(namesIn('نقلت الوكالة، الروسية المصادر', 'PLACE')).toEqual(['Russia']);
    expect(namesIn('انتقدت الخارجية الروسية المبادرة', 'PLACE')).toEqual(['Russia']);
  });
});
