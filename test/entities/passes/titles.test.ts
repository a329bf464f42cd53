// entities/passes/titles.ts: a title gives a person their role, or finds an unknown person.
import { describe, expect, it } from 'vitest';
import { at, byId, namesIn, run } from '../helpers.js';

describe('titles', () => {
  it('finds "رئيس وزراء أرمينيا X Y Z" with its role', () => {
    const text = 'حضر رئيس وزراء أرمينيا نيكول فوفايفيتش باشينيان الجلسة';
    const e = byId(run(text), 'unlinked:PERSON:نيكول فوفايفيتش باشينيان')!;
    expect(e).toMatchObject({ type: 'PERSON', linked: false, name: 'نيكول فوفايفيتش باشينيان', name_ar: 'نيكول فوفايفيتش باشينيان' });
    expect(e.mentions).toEqual([{ text: 'نيكول فوفايفيتش باشينيان', start: at(text, 'نيكول')[0], end: at(text, 'باشينيان')[1], sentence: 0, method: 'pattern', confidence: 0.6, role: 'رئيس وزراء أرمينيا' }]);
  });
  it('a quoted name right after an organisation\'s noun in the title is the organisation\'s, not a person (heldout51); a quoted name after a title is the person\'s', () => {
    const names = namesIn('وأعلنت الشرطة توقيف زعيم حزب "أتا ميكن" الاشتراكي عمر بيك تيكيباييف.');
    expect(names).toContain('Omurbek Tekebayev');
    expect(names).not.toContain('أتا ميكن');
    expect(namesIn('استقبل الرئيس التركي "رجب طيب أردوغان" نظيره في أنقرة.')).toContain('Recep Tayyip Erdoğan');
  });

  it('his two counterparts ("ونظيراه الطاجيكي X والقرغيزي Y", "نظيريه") title the name after them', () => {
    const roles = (text: string) => run(text).filter((e) => e.type === 'PERSON').map((e) => [e.name, e.mentions.map((m) => m.role)]);
    expect(roles('وقع الرئيس الروسي فلاديمير بوتين ونظيراه الطاجيكي إمام علي رحمان والقرغيزي صدير جاباروف معاهدة'))
      .toEqual([['Vladimir Putin', ['الرئيس الروسي']], ['Emomali Rahmon', ['نظيراه الطاجيكي']], ['Sadyr Japarov', [undefined]]]);
    expect(roles('واستقبل نظيريه الطاجيكي إمام علي رحمان')).toEqual([['Emomali Rahmon', ['نظيريه الطاجيكي']]]);
  });
  it('takes the genitive\'s ل written apart ("الأمين العام لـ «منظمة معاهدة الأمن الجماعي»، X Y") into the role', () => {
    const text = 'دعا الأمين العام لـ «منظمة معاهدة الأمن الجماعي»، أرمين غريغوريان، إلى عقد اجتماع طارئ';
    const people = run(text).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.role)])).toEqual([['أرمين غريغوريان', ['الأمين العام لـ «منظمة معاهدة الأمن الجماعي»']]]);
  });
  it('one unknown word after a title is no name ("الرئيس التركماني توفي", "وزير خارجية روسيا، ويحلُّ"); two are ("السفير الأمريكي، وليام بيرنز")', () => {
    const people = (text: string) => run(text).filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people('كما يشارك وزير خارجية روسيا، ويحلُّ رئيس الوزراء ضيف شرف على القمة')).not.toContain('ويحلُّ');
    expect(people('وقال إن الرئيس الروسي توفي في ديسمبر')).toEqual([]);
    expect(people('والتقى السفير الأمريكي، وليام بيرنز، الوزير')).toEqual(['وليام بيرنز']);
    expect(people('وقال الرئيس الروسي إننا نعيش في عالم جديد')).toEqual([]);
  });
  it('the article as written inside a name only after عبد, أبو ... or in a part such as الدين ("قسم السياسة" is no name, "عبد الرشيد" is)', () => {
    const people = (text: string) => run(text).filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people('وقال رئيس قسم السياسة في الصحيفة إن')).toEqual([]);
    expect(people('وقال السيد عبد الرشيد إن')).toEqual(['عبد الرشيد']);
    expect(people('وقال الادميرال وليام فالون إن')).toEqual(['وليام فالون']);
  });
  it('takes the body a spokesman speaks for into the role ("المتحدث باسم وزارة الداخلية X"), and a direction is no name', () => {
    const people = (text: string) => namesIn(text, 'PERSON');
    expect(people('وأكد المتحدث باسم وزارة الداخلية " رحمة الله أحمدوف " ان الوضع بالغ السوء')).toEqual(['رحمة الله أحمدوف']);
    expect(people('ونقل عن مدير الشرطة إقليم خاتلون جنوب غرب البلاد قوله')).toEqual([]);
  });
  it('takes "في" or "لدى" and the known place or body of the office into the role (office_prepositions), not other words after في', () => {
    const people = (text: string) => namesIn(text, 'PERSON');
    expect(people('وكشفت السفيرة الأمريكية في قرغيزستان باميلا سبراتلين أن جميع العسكريين')).toEqual(['باميلا سبراتلين']);
    expect(people('قال نائب وزير الدفاع في قرغيزستان زامير سويركولوف إن عناصر')).toEqual(['زامير سويركولوف']);
    expect(people('وقال الرئيس الروسي في كلمة ألقاها أمام البرلمان')).toEqual([]);
  });
  it('finds an ambassador "لدى" a country, with a given name that starts with أل', () => {
    const text = 'وأشار السفير الروسي لدى كازاخستان أليكسي بورودافكين إلى أن';
    expect(byId(run(text), 'unlinked:PERSON:اليكسي بورودافكين')!.mentions[0]).toMatchObject({ text: 'أليكسي بورودافكين', method: 'pattern', role: 'السفير الروسي لدى كازاخستان' });
  });
  it('"البلاد" completes a title ("زعيم البلاد، سردار بيردي محمدوف"); a common noun after it is no name ("رئيس البلاد بمجرد التصفيق")', () => {
    const people = run('أجرى الوزير محادثات مع زعيم البلاد، سردار قربانوف.').filter((e) => e.type === 'PERSON');
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.role)])).toEqual([['سردار قربانوف', ['زعيم البلاد']]]);
    expect(run('احتج المتظاهرون على رئيس البلاد بمجرد التصفيق').filter((e) => e.type === 'PERSON')).toEqual([]);
  });
  it('"الجديد" completes a title ("ونظيره الطاجيكي الجديد إمام علي رحمون")', () => {
    const text = 'وعد بوتين ونظيره الطاجيكي الجديد إمام علي رحمون بتعزيز الصداقة';
    expect(byId(run(text), 'person:emomali-rahmon')!.mentions.map((m) => m.role)).toEqual(['نظيره الطاجيكي الجديد']);
  });
  it('what a holder was or is for now completes a title ("الرئيس الطاجيكي المخلوع", "رئيس الادارة الافغانية المؤقتة", "المنتهية ولايته")', () => {
    const roles = (text: string) => run(text).filter((e) => e.type === 'PERSON').map((e) => [e.name, e.mentions.map((m) => m.role)]);
    expect(roles('أجرى بوتين مكالمة مع الرئيس الطاجيكي المخلوع كرمان بك باكييف')).toContainEqual(['كرمان بك باكييف', ['الرئيس الطاجيكي المخلوع']]);
    expect(roles('استقبل بوتين رئيس الادارة الافغانية المؤقتة حميد كرزاي')).toContainEqual(['حميد كرزاي', ['رئيس الادارة الافغانية المؤقتة']]);
    expect(roles('أعيد انتخاب رئيس كازاخستان المنتهية ولايته قاسم جومارت توكاييف')).toContainEqual(['قاسم جومارت توكاييف', ['رئيس كازاخستان المنتهية ولايته']]);
  });
  it('finds experts and stops before "للصحفيين"', () => {
    expect(byId(run('وقال الخبير العسكري الروسي فيكتور ليتوفكين إن'), 'unlinked:PERSON:فيكتور ليتوفكين')).toBeDefined();
    expect(byId(run('وقال المتحدث باسم الخارجية الطاجيكية شمس الدين محمدوف للصحفيين إن'), 'unlinked:PERSON:شمس الدين محمدوف')).toBeDefined();
  });
  it('reads علي (with ي) as a given name, not as the preposition على', () => {
    expect(byId(run('وصرح قائد حرس الحدود اللواء رجب علي نظروف بأن'), 'unlinked:PERSON:رجب علي نظروف')).toBeDefined();
    expect(run('وأكد الوزير على أهمية التعاون').filter((e) => e.type === 'PERSON')).toEqual([]);
  });
  it('given names a known person does not have make another person of that surname', () => {
    const r = run('وصرح اللواء رجب علي رحمان بأن');
    expect(byId(r, 'person:emomali-rahmon')).toBeUndefined();
    expect(byId(r, 'unlinked:PERSON:رجب علي رحمان')!.mentions[0].text).toBe('رجب علي رحمان');
    expect(byId(run('وقال الرئيس الطاجيكي إمام علي رحمان إن'), 'person:emomali-rahmon')).toBeDefined();
  });
  it('finds "وزير خارجية طاجيكستان - X Y" with a compound given name', () => {
    const text = 'التقى بوزير خارجية طاجيكستان - سراج الدين مهر الدين، وبحثا';
    const e = byId(run(text), 'unlinked:PERSON:سراج الدين مهر الدين')!;
    expect(e.mentions[0]).toMatchObject({ text: 'سراج الدين مهر الدين', start: at(text, 'سراج')[0], method: 'pattern', role: 'وزير خارجية طاجيكستان' });
  });
  it('finds "وزير الدفاع الروسي X Y" and stops at a verb or function word', () => {
    const text = 'قال وزير الدفاع الروسي سيرغي شويغو إن القوات جاهزة';
    const e = byId(run(text), 'unlinked:PERSON:سيرغي شويغو')!;
    expect(e.mentions[0]).toMatchObject({ text: 'سيرغي شويغو', role: 'وزير الدفاع الروسي' });
    expect(byId(run(text), 'place:russia')).toBeDefined();
  });
  it('links a known name after a title and records the role', () => {
    const text = 'أعلن الرئيس الروسي، فلاديمير بوتين، اليوم';
    const m = byId(run(text), 'person:vladimir-putin')!.mentions[0];
    expect(m).toMatchObject({ text: 'فلاديمير بوتين', start: at(text, 'فلاديمير بوتين')[0], method: 'exact', role: 'الرئيس الروسي' });
  });
  it('"الرئيس بوتين" is Putin with the role', () => {
    const m = byId(run('وأكد الرئيس بوتين أن'), 'person:vladimir-putin')!.mentions[0];
    expect(m).toMatchObject({ text: 'بوتين', role: 'الرئيس' });
  });
  it('joins an unknown first name and patronymic to a known surname after a title', () => {
    const text = 'الأمين العام لمنظمة "معاهدة الأمن الجماعي" - إيمان غالي تاسماغامبيتوف، الذي';
    const m = byId(run(text), 'person:imangali-tasmagambetov')!.mentions[0];
    expect(m).toMatchObject({ text: 'إيمان غالي تاسماغامبيتوف', start: at(text, 'إيمان')[0], role: 'الأمين العام لمنظمة "معاهدة الأمن الجماعي"' });
  });
  it('finds the ambassador and the spokesman of the Kremlin', () => {
    const text = 'قال المتحدث باسم الكرملين دميتري بيسكوف إن السفير أندريه كيلين وصل';
    const ents = run(text);
    expect(byId(ents, 'unlinked:PERSON:دميتري بيسكوف')!.mentions[0].role).toBe('المتحدث باسم الكرملين');
    expect(byId(ents, 'unlinked:PERSON:اندريه كيلين')!.mentions[0].role).toBe('السفير');
    expect(byId(ents, 'org:kremlin')).toBeDefined();
  });
  it('a bare title needs two name words for an unknown person', () => {
    expect(run('وقال الرئيس يلتقي نظيره')).toEqual([]);
  });
  it('a leading name part starts a name ("أبو بكر"), never ends one', () => {
    expect(run('وقال الخبير العسكري أبو بكر محمدوف إن').filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['أبو بكر محمدوف']);
    expect(run('وقال الخبير العسكري فيكتور ليتوفكين أبو').filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['فيكتور ليتوفكين']);
  });
});
