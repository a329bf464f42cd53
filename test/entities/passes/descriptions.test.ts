// entities/passes/descriptions.ts: descriptions that stand for the organisation the article is about, or for the
// movement it names.
import { describe, expect, it } from 'vitest';
import { descriptionsProblems } from '../../../src/entities/descriptions.js';
import { at, byId, run, spans } from '../helpers.js';

describe('descriptions of organisations', () => {
  it('"المنظمة" and "دول المنظمة" after the CSTO is named are CSTO mentions', () => {
    const text = 'اجتمع قادة منظمة معاهدة الأمن الجماعي في موسكو. وأعلنت دول المنظمة تلبية المناشدة، وقالت المنظمة إنها سترسل قوات.';
    expect(spans(run(text), 'org:csto')).toEqual([
      ['منظمة معاهدة الأمن الجماعي', ...at(text, 'منظمة معاهدة الأمن الجماعي'), 'exact'],
      ['دول المنظمة', ...at(text, 'دول المنظمة'), 'description'],
      ['المنظمة', ...at(text, 'المنظمة', 1), 'description'],
    ]);
  });
  it('the description stands for the organisation the article is about: the SCO here', () => {
    const text = 'افتتحت قمة منظمة شنغهاي للتعاون أعمالها، وقال الأمين العام إن المنظمة الأمنية ستتوسع.';
    const ents = run(text);
    expect(spans(ents, 'org:sco').map((s) => s.slice(0, 3).join('|') + '|' + s[3])).toEqual([
      'منظمة شنغهاي للتعاون|' + at(text, 'منظمة شنغهاي للتعاون').join('|') + '|exact',
      'المنظمة الأمنية|' + at(text, 'المنظمة الأمنية').join('|') + '|description',
    ]);
    expect(byId(ents, 'org:csto')).toBeUndefined();
  });
  it('"التكتل الذي تقوده موسكو" is the CSTO even when the article names no organisation', () => {
    const text = 'طاجيكستان تطلب من التكتل الذي تقوده موسكو إرسال مراقبين';
    const phrase = 'التكتل الذي تقوده موسكو';
    expect(spans(run(text), 'org:csto')).toEqual([[phrase, ...at(text, phrase), 'description']]);
  });
  it('a bloc by who leads it, in any of its forms ("تحالفا أمنيا تقوده روسيا", "كتلة أمنية تقودها روسيا", "تكتل بقيادة موسكو"), is the CSTO; an economic bloc is not', () => {
    for (const phrase of ['تحالفا أمنيا تقوده روسيا', 'كتلة أمنية تقودها روسيا', 'تكتل بقيادة موسكو', 'التحالف العسكري الذي تقوده روسيا']) {
      const text = `قال باشينيان إن ${phrase} سيرسل قوات إلى كازاخستان.`;
      expect(spans(run(text), 'org:csto')).toEqual([[phrase, ...at(text, phrase), 'description']]);
    }
    expect(byId(run('خلال اجتماع للكتلة الاقتصادية التي تقودها موسكو في مينسك.'), 'org:csto')).toBeUndefined();
  });
  it('"قوات حفظ السلام بقيادة روسيا" is the CSTO\'s force: the CSTO', () => {
    const text = 'بدء انسحاب قوات حفظ السلام بقيادة روسيا من كازاخستان';
    const phrase = 'قوات حفظ السلام بقيادة روسيا';
    expect(spans(run(text), 'org:csto')).toEqual([[phrase, ...at(text, phrase), 'description']]);
  });
  it('"الحركة" is the movement of its list the article names most (the Taliban); with none named, or "الحركة الإسلامية", it is none (heldout53)', () => {
    const text = 'أعلن وفد طالبان في روسيا سيطرة الحركة على 85 بالمئة من أراضي أفغانستان، وقال المتحدث باسم الحركة إنها لن تهاجم أحدا.';
    expect(spans(run(text), 'org:taliban')).toEqual([
      ['طالبان', ...at(text, 'طالبان'), 'exact'],
      ['الحركة', ...at(text, 'الحركة'), 'description'],
      ['الحركة', ...at(text, 'الحركة', 1), 'description'],
    ]);
    expect(byId(run('وقالت الحركة إنها لن تهاجم أحدا.'), 'org:taliban')).toBeUndefined();
    expect(spans(run('قالت طالبان إن الحركة الإسلامية لأوزبكستان لا تقاتل.'), 'org:taliban').map((s) => s[0])).toEqual(['طالبان']);
  });
  it('"دول الأمن الجماعي" with a proclitic keeps its offsets past the clitic', () => {
    const text = 'وقعت ولدول الأمن الجماعي اتفاقية';
    expect(spans(run(text), 'org:csto')).toEqual([['دول الأمن الجماعي', ...at(text, 'دول الأمن الجماعي'), 'description']]);
  });
  it('"دول الأمن الجماعي" names the CSTO though the article names another organisation', () => {
    const text = 'دول الأمن الجماعي توقع اتفاقات أبرزها ربطها بمنظمة شنغهاي للتعاون';
    const phrase = 'دول الأمن الجماعي';
    const ents = run(text);
    expect(spans(ents, 'org:csto')).toEqual([[phrase, ...at(text, phrase), 'description']]);
    expect(spans(ents, 'org:sco').map((s) => s[0])).toEqual(['منظمة شنغهاي للتعاون']);
  });
  it('a bare "المنظمة" with no organisation named is left alone (no guess)', () => {
    expect(run('قالت المنظمة إنها ستدرس الطلب').filter((e) => e.type === 'ORG')).toEqual([]);
  });
  it('"المنظمة الدولية للهجرة" is another organisation, not the one the article is about', () => {
    const text = 'عقدت منظمة معاهدة الأمن الجماعي اجتماعا، وحضرت المنظمة الدولية للهجرة.';
    expect(spans(run(text), 'org:csto').map((s) => s[3])).toEqual(['exact']);
  });
  it('"الحلف الأطلسي": a masculine adjective after a bare description makes it another alliance too', () => {
    const text = 'عقدت منظمة معاهدة الأمن الجماعي اجتماعا، وانتقد الحلف الأطلسي المناورات.';
    expect(spans(run(text), 'org:csto').map((s) => s[3])).toEqual(['exact']);
  });
  it('a descriptions file is checked against its schema, each problem naming its field', () => {
    const ok = { organisation_kinds: ['alliance'], default_organisation: 'org:csto', organisation: [{ text: 'التكتل الذي تقوده موسكو', default: true }] };
    expect(descriptionsProblems(ok)).toEqual([]);
    expect(descriptionsProblems({ ...ok, organisation: [{ text: 'المنظمة', default: 'yes' }] })).toEqual(['field organisation.0.default: must be boolean']);
  });
});
