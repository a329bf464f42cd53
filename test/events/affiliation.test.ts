// events/affiliation.ts: whom a person acts for, as the title before the name says it.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import { run } from './helpers.js';

describe('affiliation', () => {
  it('the state a title names', () => {
    const text = 'وقع وزير الدفاع الروسي سيرغي شويغو مع نظيره الأوزبكستاني خطة للتعاون العسكري.';
    const { events } = run(text, { entities: { Shoigu: [{ text: 'سيرغي شويغو', role: 'وزير الدفاع الروسي' }], Russia: ['الروسي'], Uzbekistan: ['الأوزبكستاني'] } });
    expect(events.map((e) => [e.type, e.rule, e.source.map((a) => a.affiliation?.name), e.source.map((a) => a.country)])).toEqual([
      ['SUPPORT', 'support.signing', ['Russia'], ['RU']],
    ]);
  });

  it('an organisation when the title names no state, whatever the person\'s own country', () => {
    const text = 'التقى الأمين العام لمنظمة معاهدة الأمن الجماعي ستانيسلاف زاس مع الرئيس إمام علي رحمان.';
    const { events } = run(text, {
      entities: { Zas: [{ text: 'ستانيسلاف زاس', role: 'الأمين العام لمنظمة معاهدة الأمن الجماعي' }], CSTO: ['منظمة معاهدة الأمن الجماعي'], Rahmon: [{ text: 'إمام علي رحمان', role: 'الرئيس' }] },
    });
    const zas = events[0].source[0];
    expect([zas.name, zas.affiliation, zas.country]).toEqual(['Stanislav Zas', { entity: 'org:csto', name: 'Collective Security Treaty Organization' }, 'BY']);
    expect(events[0].recipient.map((a) => a.affiliation)).toEqual([undefined]);
  });

  it('a head\'s title that names no state ("الرئيس نور سلطان نزارباييف"): his own state, when the article names it (cue list own_state_titles)', () => {
    const text = 'مددت كازاخستان حالة الطوارئ. وقال الرئيس نور سلطان نزارباييف إنه قرر تمديد حالة الطوارئ في ألماتي.';
    const { events } = run(text, {
      entities: { Kazakhstan: ['كازاخستان'], Nazarbayev: [{ text: 'نور سلطان نزارباييف', role: 'الرئيس' }], Almaty: ['ألماتي'] },
    });
    expect(events.flatMap((e) => e.source).filter((a) => a.type === 'PERSON').map((a) => a.affiliation?.name)).toEqual(['Kazakhstan']);
    // ... not when the article does not name it
    const alone = run('وقال الرئيس نور سلطان نزارباييف إنه قرر تمديد حالة الطوارئ في ألماتي.', { entities: { Nazarbayev: [{ text: 'نور سلطان نزارباييف', role: 'الرئيس' }], Almaty: ['ألماتي'] } });
    expect(alone.events.flatMap((e) => e.source).map((a) => a.affiliation)).toEqual([undefined]);
  });

  it('an unknown person takes the country of his title ("نظيره الأوزبكستاني بختيار نوروزوف")', () => {
    const text = 'التقى وزير الدفاع الروسي أندريه بيلاوسوف مع نظيره الأوزبكستاني بختيار نوروزوف في طشقند.';
    const doc = createPipeline().process({ id: 'doc', source: 'test', text, encoding: 'utf-8' }, 'ar');
    const host = doc.events[0].recipient[0];
    expect([host.name, host.affiliation?.name, host.country, host.iso3]).toEqual(['بختيار نوروزوف', 'Uzbekistan', 'UZ', 'UZB']);
  });

  it('a gazetteer person keeps his entry\'s country ("نظيره الأوزبكستاني شوهرات خال محمدوف")', () => {
    const text = 'التقى وزير الدفاع الروسي أندريه بيلاوسوف مع نظيره الأوزبكستاني شوهرات خال محمدوف في طشقند.';
    const doc = createPipeline().process({ id: 'doc', source: 'test', text, encoding: 'utf-8' }, 'ar');
    const host = doc.events[0].recipient[0];
    expect([host.name, host.country]).toEqual(['Shukhrat Khalmukhamedov', 'UZ']);
  });

  it('a mention with no title takes the affiliation of the person\'s first titled mention', () => {
    const text = 'وصل وزير الدفاع الروسي سيرغي شويغو إلى دوشنبه. وبحث شويغو مع الرئيس إمام علي رحمان التعاون العسكري.';
    const { events } = run(text, {
      entities: { Shoigu: [{ text: 'سيرغي شويغو', role: 'وزير الدفاع الروسي' }, 'شويغو'], Russia: ['الروسي'], Rahmon: [{ text: 'إمام علي رحمان', role: 'الرئيس' }] },
    });
    const talks = events.find((e) => e.rule === 'consult.discuss')!;
    expect(talks.source.map((a) => [a.name, a.affiliation?.name])).toEqual([['Sergei Shoigu', 'Russia']]);
  });

  it('a list under one title names each one\'s state right before the name', () => {
    const text = 'وحضر الاجتماع وزير الدفاع الروسي سيرغي شويغو، ووزراء دفاع كازاخستان رسلان زاكسيليكوف، وطاجيكستان شيرالي ميرزو.';
    const doc = createPipeline().process({ id: 'doc', source: 'test', text, encoding: 'utf-8' }, 'ar');
    const actors = doc.events.flatMap((e) => [...e.source, ...e.participants, ...e.recipient]).filter((a) => a.type === 'PERSON');
    expect(Object.fromEntries(actors.map((a) => [a.name, a.affiliation?.name]))).toMatchObject({ 'Sergei Shoigu': 'Russia', 'Sherali Mirzo': 'Tajikistan' });
  });

  it('... in quotes too ("وإيران "حسن روحاني""); a state past a dash ends another phrase ("المحظورة في روسيا - أمير خان متكي")', () => {
    const affiliations = (text: string) => {
      const doc = createPipeline().process({ id: 'doc', source: 'test', text, encoding: 'utf-8' }, 'ar');
      const actors = doc.events.flatMap((e) => [...e.source, ...e.participants, ...e.recipient]).filter((a) => a.type === 'PERSON');
      return Object.fromEntries(actors.map((a) => [a.name, a.affiliation?.name ?? null]));
    };
    expect(affiliations('ويشارك في القمة رؤساء روسيا "فلاديمير بوتين" وإيران "حسن روحاني".')).toMatchObject({ 'Hassan Rouhani': 'Iran' });
    expect(affiliations('أعلن المتحدث أن حركة "طالبان" - المحظورة في روسيا - أمير خان متكي، التقى في موسكو بالممثل الخاص للرئيس الروسي.'))
      .toMatchObject({ 'Amir Khan Muttaqi': null });
  });

  it('a capital acting acts for its state; "X: Y تتحمل مسؤولية" is X blaming Y', () => {
    const doc = createPipeline().process({ id: 'doc', source: 'test', text: 'منظمة الأمن الجماعي: واشنطن تتحمل مسؤولية انقسام التحالف المضاد للإرهاب', encoding: 'utf-8' }, 'ar');
    expect(doc.events.map((e) => [e.type, e.rule, e.source.map((a) => a.name), e.recipient.map((a) => [a.name, a.affiliation?.name])])).toEqual([
      ['ACCUSE', 'accuse.responsibility', ['Collective Security Treaty Organization'], [['Washington', 'United States']]],
    ]);
  });

  it('a state body acts for its state: a ministry, a base ("قاعدة كانت الجوية الروسية"); a party does not', () => {
    const text = 'وقال إن قيرغيزستان مستعدة للنظر في توسيع قاعدة "كانت" الجوية الروسية. واتهمت وزارة الخارجية الروسية حزب النهضة الإسلامي بالتطرف.';
    const doc = createPipeline().process({ id: 'doc', source: 'test', text, encoding: 'utf-8' }, 'ar');
    const actors = doc.events.flatMap((e) => [...e.source, ...e.recipient]);
    expect(Object.fromEntries(actors.map((a) => [a.name, a.affiliation?.name ?? null]))).toEqual({
      Kyrgyzstan: null, 'Kant Air Base': 'Russia', 'Ministry of Foreign Affairs of Russia': 'Russia', 'Islamic Renaissance Party of Tajikistan': null,
    });
  });
});
