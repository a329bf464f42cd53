// entities/passes/gazetteer.ts: gazetteer names, the longest first, behind clitics, nisba adjectives.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/text/analyze.js';
import { extractDates } from '../../../src/dates/index.js';
import { loadEntityEngine } from '../../../src/entities/index.js';
import { at, byId, run, spans } from '../helpers.js';

describe('exact and longest match', () => {
  it('takes a multi-word name as one mention', () => {
    const text = 'اجتمع قادة منظمة معاهدة الأمن الجماعي اليوم';
    const ents = run(text);
    expect(ents.map((e) => e.id)).toEqual(['org:csto']);
    expect(spans(ents, 'org:csto')).toEqual([['منظمة معاهدة الأمن الجماعي', ...at(text, 'منظمة معاهدة الأمن الجماعي'), 'exact']]);
  });
  it('a name crosses quotation marks in pairs ("منظمة «شنغهاي» للتعاون"), not one alone (مجلس «الأمن الجماعي)', () => {
    for (const name of ['منظمة «شنغهاي» للتعاون', 'منظمة "شنغهاي" للتعاون']) {
      const text = `بدأت قمة قادة دول ${name} أعمالها اليوم`;
      const ents = run(text);
      expect(ents.map((e) => e.id)).toEqual(['org:sco']);
      expect(spans(ents, 'org:sco')).toEqual([[name, ...at(text, name), 'exact']]);
    }
    const text = 'وقال مجلس "الأمن الجماعي" إن القمة ستعقد';
    expect(run(text).some((e) => e.id === 'org:csto-collective-security-council')).toBe(false);
  });
  it('tells the Collective Security Council from the UN Security Council', () => {
    const text = 'عقد مجلس الأمن الجماعي جلسة ثم ناقش مجلس الأمن الدولي الأمر';
    const ents = run(text);
    expect(spans(ents, 'org:csto-collective-security-council')).toEqual([['مجلس الأمن الجماعي', ...at(text, 'مجلس الأمن الجماعي'), 'exact']]);
    expect(spans(ents, 'org:un-security-council')).toEqual([['مجلس الأمن الدولي', ...at(text, 'مجلس الأمن الدولي'), 'exact']]);
    expect(ents).toHaveLength(2);
  });
  it('fills the record fields from the gazetteer', () => {
    const ents = run('زار طاجيكستان');
    expect(byId(ents, 'place:tajikistan')).toMatchObject({ type: 'PLACE', name: 'Tajikistan', name_ar: 'طاجيكستان', linked: true, country: 'TJ', iso3: 'TJK', kind: 'country' });
    const m = byId(ents, 'place:tajikistan')!.mentions[0];
    expect(m.sentence).toBe(0);
    expect(m.confidence).toBeGreaterThan(0.9);
  });
});

describe('names and date expressions', () => {
  it('no name ends inside a date expression: "روسيا اليوم الجمعة" is Russia, today, Friday; "روسيا اليوم" alone is RT', () => {
    const text = 'اتهمت روسيا اليوم الجمعة سلطات طاجيكستان. وقالت "روسيا اليوم" إن الوضع صعب.';
    const t = analyze(text);
    const ents = loadEntityEngine().extract(t, extractDates(t).dates);
    expect(spans(ents, 'place:russia')).toEqual([['روسيا', ...at(text, 'روسيا'), 'exact']]);
    expect(spans(ents, 'org:rt').map((x) => x[0])).toEqual(['روسيا اليوم']);
  });
  it('a name ending on a word that opens a date is the outlet only in quotation marks or after an outlet word', () => {
    const ids = (text: string): string[] => {
      const t = analyze(text);
      return loadEntityEngine().extract(t, extractDates(t).dates).map((e) => e.id);
    };
    expect(ids('صدق برلمان طاجيكستان على اتفاق مع روسيا اليوم لتمديد الوجود العسكري.')).toContain('place:russia');
    expect(ids('أعلن الجيش المصري اليوم مقتل عشرة مسلحين.')).toEqual(['place:egypt']);
    for (const text of ['وفقًا لموقع «روسيا اليوم» الإخباري.', 'أوردت قناة روسيا اليوم أن الوضع مستقر.', 'ونقلت وكالة روسيا اليوم الخبر.']) {
      expect(ids(text), text).toEqual(['org:rt']);
    }
    expect(ids('ذكرت صحيفة المصري اليوم أن الرئيس سافر.')).toEqual(['org:al-masry-al-youm']);
  });
});

describe('clitics', () => {
  // [text, entity, the mention's text], two cases a line
  const cases: [string, string, string][] = [
    ['وصل ولأفغانستان', 'place:afghanistan', 'أفغانستان'], ['وصل الوفد بموسكو', 'place:moscow', 'موسكو'],
    ['منظمة شنغهاي للتعاون', 'org:sco', 'منظمة شنغهاي للتعاون'], ['قال والكرملين', 'org:kremlin', 'الكرملين'],
    ['قال وبطاجيكستان', 'place:tajikistan', 'طاجيكستان'], ['الأمين العام لمنظمة معاهدة الأمن الجماعي', 'org:csto', 'منظمة معاهدة الأمن الجماعي'],
  ];
  for (const [text, id, surface] of cases) {
    it(`finds ${id} in "${text}"`, () => {
      const ents = run(text);
      const want = at(text, surface);
      const m = byId(ents, id)!.mentions[0];
      expect([m.text, m.start, m.end]).toEqual([surface, ...want]);
      if (surface !== text.slice(...want) || !text.includes(' ' + surface) ) expect(['clitic', 'exact']).toContain(m.method);
    });
  }
  it('marks stripped prefixes as clitic', () => {
    const text = 'بموسكو';
    expect(spans(run(text), 'place:moscow')).toEqual([['موسكو', 1, 6, 'clitic']]);
  });
  it('finds an alias with ال behind لل and ولل', () => {
    const text = 'رسالة للكرملين ثم وللكرملين';
    expect(spans(run(text), 'org:kremlin')).toEqual([
      ['كرملين', at(text, 'للكرملين')[0] + 2, at(text, 'للكرملين')[1], 'clitic'],
      ['كرملين', at(text, 'وللكرملين')[0] + 3, at(text, 'وللكرملين')[1], 'clitic'],
    ]);
  });
  it('never cuts real names that start like a clitic', () => {
    const text = 'بوتين ليبيا لوكاشينكو باكو كابول فرغانة';
    const ents = run(text);
    expect(spans(ents, 'person:vladimir-putin')).toEqual([['بوتين', 0, 5, 'exact']]);
    expect(spans(ents, 'place:libya')).toEqual([['ليبيا', ...at(text, 'ليبيا'), 'exact']]);
    expect(spans(ents, 'person:alexander-lukashenko')).toEqual([['لوكاشينكو', ...at(text, 'لوكاشينكو'), 'exact']]);
    expect(spans(ents, 'place:baku')).toEqual([['باكو', ...at(text, 'باكو'), 'exact']]);
    expect(spans(ents, 'place:kabul')).toEqual([['كابول', ...at(text, 'كابول'), 'exact']]);
    expect(spans(ents, 'place:fergana')).toEqual([['فرغانة', ...at(text, 'فرغانة'), 'exact']]);
    expect(ents).toHaveLength(6);
  });
});

describe('nisba adjectives', () => {
  it('resolves two nisbas to two countries', () => {
    const text = 'تعزيز الحدود الطاجيكية الأفغانية';
    expect(run(text).map((e) => [e.id, spans([e], e.id)])).toEqual([
      ['place:tajikistan', [['الطاجيكية', ...at(text, 'الطاجيكية'), 'nisba']]],
      ['place:afghanistan', [['الأفغانية', ...at(text, 'الأفغانية'), 'nisba']]],
    ]);
  });
  it('resolves الروسي, الطاجيكستانية, الأمريكية, plurals and clitics', () => {
    const text = 'قال الرئيس الروسي إن الرئاسة الطاجيكستانية والقوات الأمريكية والأمريكيين وللروسية';
    const ents = run(text);
    expect(spans(ents, 'place:russia')).toEqual([
      ['الروسي', ...at(text, 'الروسي'), 'nisba'],
      ['الروسية', at(text, 'وللروسية')[0] + 3, at(text, 'وللروسية')[1], 'nisba'].map((x, i) => (i === 0 ? 'روسية' : x)) as [string, number, number, string],
    ]);
    expect(spans(ents, 'place:tajikistan')).toEqual([['الطاجيكستانية', ...at(text, 'الطاجيكستانية'), 'nisba']]);
    expect(spans(ents, 'place:united-states').map((s) => s[0])).toEqual(['الأمريكية', 'الأمريكيين']);
  });
});

describe('negative cases', () => {
  it('common words are not entities', () => {
    expect(run('الأمن المنظمة الدولة الرئاسة السلطة العالم الإسلامي الرئيس الجمهورية')).toEqual([]);
    expect(run('وقال الرئيس إن الجمهورية والدولة في أمان')).toEqual([]);
    expect(run('أكد الرئيس أن الوضع مستقر')).toEqual([]);
  });
  it('an alias hidden inside a longer word is not found', () => {
    expect(run('كان إنسانا طيبا')).toEqual([]);
    expect(run('أستانا-سانا').map((e) => e.id)).toEqual(['place:astana', 'org:sana']);
  });
  it('built-in data: "القاعدة" alone is a base, not al-Qaeda; "تنظيم القاعدة" is al-Qaeda', () => {
    const engine = loadEntityEngine();
    const ids = (text: string): string[] => engine.extract(analyze(text)).filter((e) => e.type === 'ORG').map((e) => e.id);
    expect(ids('وتقع القاعدة العسكرية على أراضي مدينة دوشنبه')).not.toContain('org:al-qaeda');
    expect(ids('وأعلن تنظيم القاعدة مسؤوليته عن الهجوم')).toContain('org:al-qaeda');
  });
  it('built-in data: "منظمة شانغهاي", "منظمة شنجهاي" are the SCO, not the city; "الجمهوريات السوفياتية السابقة" names no place', () => {
    const engine = loadEntityEngine();
    const names = (text: string): string[] => engine.extract(analyze(text)).map((e) => e.name);
    expect(names('ان الموقف الموحد للدول الاعضاء في منظمة شانغهاي سيكون له صدى')).toEqual(['Shanghai Cooperation Organisation']);
    expect(names('في اجتماع لوزراء الدفاع عن منظمة شنجهاي')).toEqual(['Shanghai Cooperation Organisation']);
    expect(names('تعاون بين الجمهوريات السوفياتية السابقة')).toEqual([]);
  });
  it('built-in data: "القوات الروسية" is Russia\'s forces, the state by its adjective; "الجيش الروسي" names the armed forces', () => {
    const engine = loadEntityEngine();
    const names = (text: string): string[] => engine.extract(analyze(text)).map((e) => e.name);
    expect(names('وسيطرت القوات الروسية على المدينة')).toEqual(['Russia']);
    expect(names('وسيطر الجيش الروسي على المدينة')).toContain('Russian Armed Forces');
  });
  it('built-in data: "دولة الوحدة" is the Union State, "الاتحاد الجمركي" the Eurasian Customs Union', () => {
    const engine = loadEntityEngine();
    const names = (text: string): string[] => engine.extract(analyze(text)).map((e) => e.name);
    expect(names('عززت دولة الوحدة التعاون العسكري')).toEqual(['Union State of Russia and Belarus']);
    expect(names('انضمت أرمينيا إلى الاتحاد الجمركي')).toEqual(['Armenia', 'Eurasian Customs Union']);
  });
  it('built-in data: spellings of Gyumri, Kulob, Sughd and Armenia ("غيموري", "قلياب", "محافظة ضغد", "منطقة لينيناباد", "أرمنيا")', () => {
    const engine = loadEntityEngine();
    const names = (text: string): string[] => engine.extract(analyze(text)).map((e) => e.name);
    expect(names('وصل إلى مدينة غيموري')).toEqual(['Gyumri']);
    expect(names('وقعت اشتباكات في قلياب')).toEqual(['Kulob']);
    expect(names('في محافظة ضغد')).toEqual(['Sughd Region']);
    expect(names('في منطقة لينيناباد')).toEqual(['Sughd Region']);
    expect(names('زار الرئيس أرمنيا')).toEqual(['Armenia']);
  });
});
