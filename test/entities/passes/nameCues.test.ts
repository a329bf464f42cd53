// entities/passes/nameCues.ts: a word that says a name follows, without a title.
import { describe, expect, it } from 'vitest';
import { namesIn } from '../helpers.js';

describe('a name after a cue word (name_cues)', () => {
  it('"ويدعى X Y", "بقيادة X بن Y Z", "وزوجته X Y Z": an unknown person', () => {
    expect(namesIn('كشف الموقع اسم المشتبه به، ويدعى يعقوب جوني يوسفزود، حيث تم تسليمه', 'PERSON')).toEqual(['يعقوب جوني يوسفزود']);
    expect(namesIn('مكوّنة من أربعة أشخاص بقيادة أزارخان بن سيد عمر، البالغ من العمر', 'PERSON')).toEqual(['أزارخان بن سيد عمر']);
    expect(namesIn('وكان في استقبال شي وزوجته بنغ لي يوان رئيس الوزراء', 'PERSON')).toContain('بنغ لي يوان');
  });
  it('not one word, nor a known name', () => {
    expect(namesIn('واعتقل شاب يدعى كريم، وهو طالب', 'PERSON')).toEqual([]);
    expect(namesIn('التحالف بقيادة روسيا', 'PERSON')).toEqual([]);
  });
});
