import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a dateline with day and month but no year (refiners/dateline.ts)', () => {
  const lead = 'موسكو، 28 فبراير - تعقد منظمة معاهدة الأمن الجماعي الشهر المقبل اجتماعا لوزراء الدفاع.';
  it('stays unresolved without an article date', () => {
    const r = run(lead);
    expect(r.published).toBeNull();
    expect(r.dates[0]).toMatchObject({ text: '28 فبراير', value: null, resolved: false });
  });
  it('with one, the filing day on or before it, even in a future-tense lead', () => {
    expect(run(lead, '2022-03-01').dates[0]).toMatchObject({ text: '28 فبراير', value: '2022-02-28' });
  });
  it('in the agency form "(28 فبراير/سبوتنيك)" too', () => {
    expect(run('(يريفان 28 فبراير/سبوتنيك) ستبحث أرمينيا مع المنظمة', '2022-03-02').dates[0]).toMatchObject({ text: '28 فبراير', value: '2022-02-28' });
  });
  it('a day-month in the body keeps the tense of its clause', () => {
    const r = run('أعلن الوزير أن القمة ستعقد في 28 فبراير - وفق البيان', '2022-03-01');
    expect(r.dates[0]).toMatchObject({ text: '28 فبراير', value: '2023-02-28' });
  });
  it('with an agency after a slash', () => {
    const r = run('يريفان في 28 فبراير/أرمنبريس - قال الرئيس', '2023-02-28');
    expect(r.dates[0]).toMatchObject({ text: '28 فبراير', value: '2023-02-28' });
    expect(run('يريفان في 28 فبراير 2023/أرمنبريس - قال الرئيس')).toMatchObject({ published: '2023-02-28', publishedBasis: 'dateline' });
  });
});
