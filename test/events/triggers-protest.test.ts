// Protests: a protest as the object of its organiser's or its breaker's verb (protest.object), a march organised
// (protest.march), the one an adjective of opposition names (the frame protest.protest), a protest placed in a city
// with no side named (placedUnrest in events/record.ts), what a protest objects to (events/roles/topic.ts) and the
// state a protest is against (events/roles/protestedState.ts). Each test fails without its change.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const NAMES: Record<string, string> = { Japarov: 'صدير جاباروف', Kyrgyzstan: 'قيرغيزستان', Bishkek: 'بيشكيك', Lukashenko: 'ألكسندر لوكاشينكو', Minsk: 'مينسك', Putin: 'فلاديمير بوتين', Russia: 'روسيا' };
/** The entities of NAMES the text names. */
const entities = (text: string): Record<string, string[]> =>
  Object.fromEntries(Object.entries(NAMES).filter(([, ar]) => text.includes(ar)).map(([k, ar]) => [k, [ar]]));
const rows = (text: string): [string, string, string[], string[]][] =>
  run(text, { entities: entities(text) }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);
const mainOf = (text: string): [string, string] | undefined =>
  run(text, { entities: entities(text) }).events.filter((e) => e.main).map((e): [string, string] => [e.type, e.trigger.text])[0];

describe('protests', () => {
  it('"احتجاجا" is a protest as the object of a verb that organises or breaks one ("فرقت الشرطة احتجاجا")', () => {
    expect(rows('فرقت شرطة قيرغيزستان احتجاجا ضد الرئيس صدير جاباروف في بيشكيك.').filter((r) => r[0] === 'PROTEST'))
      .toEqual([['PROTEST', 'protest.object', [], ['Sadyr Japarov']]]);
  });
  it('not "in protest at" after another act ("استدعت قيرغيزستان السفير احتجاجا على")', () => {
    expect(rows('استدعت قيرغيزستان السفير الروسي احتجاجا على تصريحات الرئيس فلاديمير بوتين.').map((r) => r[1])).not.toContain('protest.object');
  });
  it('a march organised is a protest ("نظم مئات الأرمن مسيرة"), and the visit it objects to is not the news', () => {
    expect(mainOf('نظم مئات الأرمن مسيرة في مينسك للتعبير عن رفضهم لزيارة الرئيس الروسي فلاديمير بوتين.')).toEqual(['PROTEST', 'مسيرة']);
  });
  it('the one an adjective of opposition names is the recipient ("مسيرة مناهضة للرئيس", "مظاهرة مناوئة للرئيس")', () => {
    expect(rows('خرجت مسيرة مناهضة للرئيس ألكسندر لوكاشينكو في مينسك.')).toEqual([['PROTEST', 'protest.march', [], ['Alexander Lukashenko']]]);
    expect(rows('قتل أربعة في مظاهرة مناوئة للرئيس صدير جاباروف.').filter((r) => r[0] === 'PROTEST')).toEqual([['PROTEST', 'protest.protest', [], ['Sadyr Japarov']]]);
  });
  it('a protest its sentence places in a city, with no side named, is kept', () => {
    const { events } = run('اندلعت احتجاجات في بيشكيك.', { entities: entities('اندلعت احتجاجات في بيشكيك.') });
    expect(events.map((e) => [e.type, e.location?.name, e.source.length + e.recipient.length])).toEqual([['PROTEST', 'Bishkek', 0]]);
  });
});

describe('the state protested against', () => {
  it('a protest against no one named is against the state where it takes place (roles/protestedState.ts)', () => {
    const text = 'أعلنت قيرغيزستان حالة الطوارئ.\nوفرقت الشرطة احتجاجا في بيشكيك.';
    const { events } = run(text, { entities: entities(text) });
    expect(events.filter((e) => e.type === 'PROTEST').map((e) => [names(e.recipient), e.location?.name])).toEqual([[['Kyrgyzstan'], 'Bishkek']]);
  });
  it('not when the article does not name the state, nor when one is named', () => {
    expect(run('اندلعت احتجاجات في بيشكيك.', { entities: entities('بيشكيك') }).events.map((e) => names(e.recipient))).toEqual([[]]);
    expect(rows('خرجت مسيرة مناهضة للرئيس صدير جاباروف في بيشكيك عاصمة قيرغيزستان.').map((r) => r[3])).toEqual([['Sadyr Japarov']]);
  });
});
