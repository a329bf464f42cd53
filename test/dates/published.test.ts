import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { analyze } from '../../src/text/analyze.js';
import { run } from './helpers.js';

describe('published', () => {
  it("the text's own date wins over ref-date; ref-date fills the gap", () => {
    const own = run('أغسطس 23, 2021 15:22\nعقد اليوم اجتماع وسيعقد آخر في 16 سبتمبر', '2022-11-23');
    expect(own).toMatchObject({ published: '2021-08-23', publishedBasis: 'header' });
    expect(own.dates.map((d) => d.value)).toEqual(['2021-08-23', '2021-08-23T15:22', '2021-08-23', '2021-09-16']);
    expect(run('عقد اليوم', '2021-08-24')).toMatchObject({ published: '2021-08-24', publishedBasis: 'ref-date' });
    expect(run('عقد اليوم', '2021-08-24').dates[0].value).toBe('2021-08-24');
  });
  it('a forced date wins over the text (--force-ref-date)', () => {
    const r = extractDates(analyze('أغسطس 23, 2021 15:22\nعقد اليوم'), { refDate: '2020-01-01', forceDate: '2022-11-23' });
    expect(r).toMatchObject({ published: '2022-11-23', publishedBasis: 'force-ref-date' });
    expect(r.dates.at(-1)!.value).toBe('2022-11-23');
  });
  it('a header stamp near the top', () => {
    expect(run('عنوان الخبر\nأغسطس 23, 2021 15:22, 564 مشاهدات\nعقد اليوم اجتماع')).toMatchObject({ published: '2021-08-23', publishedBasis: 'header' });
  });
  it('a dateline', () => {
    expect(run('موسكو في 28 أكتوبر 2021 - قال الرئيس')).toMatchObject({ published: '2021-10-28', publishedBasis: 'dateline' });
    expect(run('دوشنبه بتاريخ 3 مارس 2022 - قال الرئيس')).toMatchObject({ published: '2022-03-03', publishedBasis: 'dateline' });
  });
  it('the words of a header stamp line (markers.json published.header_words, the zone, اليوم, a weekday) leave it a header', () => {
    expect(run('عنوان الخبر\nنشر في: الاثنين 7 مارس 2022 - 10:30 صباحا بتوقيت موسكو\nعقد اجتماع')).toMatchObject({ published: '2022-03-07', publishedBasis: 'header' });
    expect(run('عنوان الخبر\nآخر تحديث: 7 مارس 2022\nعقد اجتماع')).toMatchObject({ published: '2022-03-07', publishedBasis: 'header' });
    expect(run('أرمينيا: عودة الاحتجاجات في العاصمة\nتم نشره الأربعاء 18 أيّار / مايو 2022 01:02 مساءً\nقالت وسائل إعلام')).toMatchObject({ published: '2022-05-18', publishedBasis: 'header' });
    // a clock time before the date, with its am/pm letter
    expect(run('داعش يعلن مسؤوليته عن هجوم\n\n02:55 ص الثلاثاء 31 يوليو 2018\n\nموسكو - (د ب أ):')).toMatchObject({ published: '2018-07-31', publishedBasis: 'header' });
    // words the header words do not hold, and no byline: not a header stamp, and no dateline (more than four words before it)
    expect(run('عنوان الخبر\nوقال المراسل الخاص للوكالة الثلاثا 8 مارس 2022\nعقد اجتماع').published).toBeNull();
  });
  it('a byline and its writer\'s name of at most three words before a header stamp (markers.json published.byline_words); "Published On"', () => {
    expect(run('روسيا تنقل مساعدات إلى أفغانستان\n\nكتب: خالد الشامي السبت 18-12-2021 14:30\n\nأعلنت وزارة الدفاع')).toMatchObject({ published: '2021-12-18', publishedBasis: 'header' });
    expect(run('هل تصبح روسيا وبيلاروسيا دولة واحدة؟\nتحرير:أحمد سليمان ١٧ فبراير ٢٠١٩ - ١٠:٥٨ ص\nقال رئيس بيلاروسيا')).toMatchObject({ published: '2019-02-17', publishedBasis: 'header' });
    expect(run('مقتل 3 صينيين في هجوم\nPublished On 28/11/2025\nقالت سفارة الصين')).toMatchObject({ published: '2025-11-28', publishedBasis: 'header' });
  });
  it('a day, a month name and a year between slashes ("الثلاثاء 04/يونيو/2024")', () => {
    expect(run('كازاخستان تعلن رفع طالبان من القائمة\nالثلاثاء 04/يونيو/2024 - 09:04 م\nأعلن المتحدث')).toMatchObject({ published: '2024-06-04', publishedBasis: 'header' });
  });
  it('an updated stamp (markers.json published.updated) counts only when nothing else dates the article', () => {
    expect(run('عنوان الخبر\nمحدث: 9 مارس 2022\nعقد اجتماع')).toMatchObject({ published: '2022-03-09', publishedBasis: 'header' });
    expect(run('عنوان الخبر\nupdated: 9 مارس 2022\nموسكو في 8 مارس 2022 - قال الرئيس')).toMatchObject({ published: '2022-03-08', publishedBasis: 'dateline' });
  });
  it('اليوم + a full date in the lead', () => {
    const lead = 'أكد الرئيس خلال اجتماعه مع الأمين العام الذي يزور العاصمة في زيارة رسمية أن التعاون سيسهم في الأمن الإقليمي، وذلك اليوم الأربعاء 29 يناير/كانون الثاني 2025.';
    const r = run('x'.repeat(500) + '\n' + lead);
    expect(r).toMatchObject({ published: '2025-01-29', publishedBasis: 'lead', warnings: [] });
    expect(r.dates[0].text).toBe('اليوم الأربعاء 29 يناير/كانون الثاني 2025');
  });
  it('the dateline over an updated stamp', () => {
    expect(run('محدث : 18.09.2021\nموسكو في 17.09.2021 - قال')).toMatchObject({ published: '2021-09-17' });
    expect(run('17.09.2021 - محدث : 18.09.2021\nقال')).toMatchObject({ published: '2021-09-17' });
  });
  it('a lead date over a footer date', () => {
    const text = 'قال الرئيس اليوم الخميس 28 أكتوبر 2021 إن...\n' + 'نص '.repeat(300) + '\nأخبار ذات صلة\n12 مايو 2020';
    expect(run(text).published).toBe('2021-10-28');
  });
  it('a footer date alone does not make a published date', () => {
    expect(run('قال الرئيس اليوم الخميس.\n' + 'نص '.repeat(300) + '\nأخبار ذات صلة\n12 مايو 2020').published).toBeNull();
  });
  it('a stamp on the last line, under the body', () => {
    const body = 'أعلن رئيس الوزراء، الجمعة، أن بلاده جمدت مشاركتها في المنظمة.\n' + 'وقال إن المنظمة لم تف بالتزاماتها.\n'.repeat(12).trim();
    expect(run(`${body}\n23 فبراير 2024`)).toMatchObject({ published: '2024-02-23', publishedBasis: 'footer' });
    expect(run(`${body}\n\nنشر في: 23 فبراير 2024 - 10:05\n`)).toMatchObject({ published: '2024-02-23', publishedBasis: 'footer' });
    expect(run(`${body}\n23 فبراير 2024`).dates.find((d) => d.text === 'الجمعة')?.value).toBe('2024-02-23');
  });
  it('a last-line date after a headline or with words is no stamp', () => {
    const body = 'قال الرئيس إن المنظمة لم تف بالتزاماتها.\n'.repeat(12);
    expect(run(`${body}المنظمة تعقد قمتها في مينسك\n12 مايو 2020`).published).toBeNull();
    expect(run(`${body}وانتهت المهمة في 12 مايو 2020`).published).toBeNull();
  });
  it('a full date with its weekday and a bare اليوم in one lead sentence', () => {
    const text = 'x'.repeat(500) + '\nأعلن الأمين العام لمنظمة معاهدة الأمن الجماعي ستانيسلاف زاس، يوم الخميس 13 يناير/كانون الثاني 2022، أن انسحاب القوات سيبدأ اليوم.';
    const r = run(text);
    expect(r).toMatchObject({ published: '2022-01-13', publishedBasis: 'lead' });
    expect(r.dates.find((d) => d.text === 'اليوم')?.value).toBe('2022-01-13');
    expect(run('أعلن الأمين العام يوم الخميس 13 يناير 2022 أن الانسحاب سيبدأ غدا.').published).toBeNull();
  });
  it('bare اليوم الخميس gives null', () => {
    expect(run('وافق القادة اليوم الخميس على الخطة')).toMatchObject({ published: null, publishedBasis: null });
  });
});
