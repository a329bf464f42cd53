// story/election.ts with the election triggers (triggers.json agree.election-win, agree.election, agree.oath; frames.json
// agree.election) and the election commission (state_bodies.json): who was elected or sworn in, who declares it.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';

const extractor = createExtractor();
const elections = (text: string): [string, string[], string[], string | null][] =>
  extractor.extract(text).events.filter((e) => e.subtype === 'election')
    .map((e) => [e.trigger.text, e.source.map((a) => a.name), e.recipient.map((a) => a.name), e.location?.name ?? null]);

describe('election results', () => {
  it('"أعلنت اللجنة الانتخابية في تركمانستان فوز ...": the commission declares the win of the one named after فوز (heldout27)', () => {
    expect(elections('أعلنت اللجنة الانتخابية في تركمانستان فوز رئيس الدولة بالوكالة قربان قولي بردي محمدوف بالانتخابات الرئاسية التي جرت يوم الأحد.'))
      .toEqual([['فوز', ['Central Election Commission of Turkmenistan'], ['Gurbanguly Berdimuhamedow'], 'Turkmenistan']]);
  });

  it('"فاز X ... وفق أرقام أعلنتها لجنة الانتخابات المركزية البيلاروسية": the subject is elected, the commission named later declares it', () => {
    expect(elections('فاز الرئيس البيلاروسي ألكسندر لوكاشينكو بولاية سابعة في الانتخابات الرئاسية التي جرت في البلاد أمس الأحد بحصوله على نحو 86.8% من أصوات الناخبين، وفق أرقام أولية أعلنتها لجنة الانتخابات المركزية البيلاروسية.'))
      .toEqual([['فاز', ['Central Election Commission of Belarus'], ['Alexander Lukashenko'], 'Belarus']]);
  });

  it('"فوز X بـ82 في المئة من الأصوات": the votes name the election (heldout22); the commission named alone is the country\'s named before it', () => {
    expect(elections('وأظهر استطلاع أجري لحساب الإذاعة والتلفزيون الرسميين فوز قاسم جومارت توكاييف بـ82,45 في المئة من الأصوات.'))
      .toEqual([['فوز', [], ['Kassym-Jomart Tokayev'], null]]);
    expect(elections('فاز السياسي صدر جباروف في الدورة الأولى من الانتخابات الرئاسية في قرغيزستان.\nوأفادت اللجنة الانتخابية أنه حصد أكثر من ثمانين في المئة من الأصوات.'))
      .toEqual([['فاز', ['Central Election Commission of Kyrgyzstan'], ['Sadyr Japarov'], 'Kyrgyzstan']]);
  });

  it('the election named before the win: "أسفرت الانتخابات الرئاسية في أذربيجان عن فوز متوقع لإلهام علييف" (heldout38)', () => {
    expect(elections('أسفرت الانتخابات الرئاسية في أذربيجان عن فوز متوقع لإلهام علييف نجل الرئيس الحالي حيدر علييف.'))
      .toEqual([['فوز', [], ['Ilham Aliyev'], 'Azerbaijan']]);
  });

  it('no commission named: no source, and the place is the country of the one elected', () => {
    expect(elections('فاز رئيس كازاخستان بالوكالة قاسم جومارت توكاييف الاحد في الانتخابات الرئاسية المبكرة في هذا البلد بوسط آسيا.'))
      .toEqual([['فاز', [], ['Kassym-Jomart Tokayev'], 'Kazakhstan']]);
    expect(elections('ذكرت وكالة تاس أنه تم انتخاب رئيس وزراء أوزبكستان شوكت ميرضيايف رئيسا للبلاد.').map((e) => e[2])).toEqual([['Shavkat Mirziyoyev']]);
  });

  it('no win without an election near it, nor one recalled: after a relative, a time preposition, a congratulation or a protest', () => {
    expect(elections('فاز المنتخب الروسي على نظيره الكازاخستاني في موسكو.')).toEqual([]);
    expect(elections('وقال ألمظ بك اتامباييف الرئيس الموالي لروسيا الذي فاز في انتخابات الرئاسة الأحد الماضي إن قرغيزستان ستحترم اتفاقها.')).toEqual([]);
    expect(elections('وصل بوتين إلى أوزبكستان في أول زيارة له منذ إعادة انتخابه.')).toEqual([]);
    expect(elections('وقد تقدم الرئيس الروسي فلاديمير بوتين بتهنئة لميرضيايف على فوزه بالانتخابات.')).toEqual([]);
    expect(elections('تظاهر عشرات آلاف البيلاروسيين في مينسك تنديداً بإعادة انتخاب الرئيس ألكسندر لوكاشنكو.')).toEqual([]);
  });

  it('an oath of office ("أدى X اليمين الدستورية"): the one sworn in, no commission, the place his country (heldout22)', () => {
    const oaths = (text: string): [string, string[], string[], string | null][] =>
      extractor.extract(text).events.filter((e) => e.subtype === 'taking office')
        .map((e) => [e.trigger.text, e.source.map((a) => a.name), e.recipient.map((a) => a.name), e.location?.name ?? null]);
    expect(oaths('أدّى سردار بردي محمدوف نجل رئيس تركمانستان، اليمين الدستورية رئيساً جديداً للبلاد، خلفاً لوالده.'))
      .toEqual([['أدّى', [], ['Serdar Berdimuhamedov'], 'Turkmenistan']]);
    expect(oaths('أدى الوفد دورا مهما في المفاوضات مع تركمانستان.')).toEqual([]);
    expect(oaths('وأقسم الرئيس التركماني قربان قولي بردي محمدوف اليمين على سجادة بيضاء.').map(([w]) => w)).toEqual(['وأقسم']);
    expect(oaths('أقسم بوتين أن روسيا لن تتراجع.')).toEqual([]);
    // the lead names the city: there
    expect(oaths('أقسم قربان قولي بردي محمدوف الذي يحكم تركمانستان منذ 2006، اليمين في حفل تنصيبه الجمعة.\nوجرى حفل تنصيب الرئيس في قصر فخم في وسط عشق آباد.').map(([, , , p]) => p)).toEqual(['Ashgabat']);
    // the news is who comes to office, though no one is named doing it
    const main = extractor.extract('أدى سردار بردي محمدوف اليمين الدستورية رئيسا لتركمانستان.\nوأشاد الرئيس الروسي فلاديمير بوتين بسردار بردي محمدوف.').events.find((e) => e.main);
    expect(main?.subtype).toBe('taking office');
  });

  it('one who resigns leaves office in his country, when the sentence names no place ("قدم رئيس كازاخستان نزارباييف استقالته")', () => {
    const resigned = extractor.extract('قدم رئيس كازاخستان، نور سلطان نزارباييف، استقالته الثلاثاء خلال كلمة متلفزة.').events.filter((e) => e.subtype === 'resignation');
    expect(resigned.map((e) => [e.source.map((a) => a.name), e.location?.name ?? null])).toEqual([[['Nursultan Nazarbayev'], 'Kazakhstan']]);
  });
});
