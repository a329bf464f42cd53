// Whom a person acts for, as the title before the name says it: "وزير الخارجية الروسي سيرجي لافروف"
// acts for Russia, "الأمين العام لمنظمة معاهدة الأمن الجماعي ستانيسلاف زاس" for the CSTO (whatever
// his own nationality), "نظيره الأوزبكستاني شوهرات خال محمدوف" for Uzbekistan although the gazetteer
// does not know him. A state named in the title comes before an organisation ("مدير الإدارة ... لدول
// رابطة الدول المستقلة بوزارة الخارجية الروسية" acts for Russia).
import type { Doc, Ment } from './doc.js';

export function affiliation(doc: Doc, person: Ment): Ment | null {
  if (person.ent.type !== 'PERSON' || person.roleStart >= person.t0) return null;
  let org: Ment | null = null;
  for (const m of doc.bySentence.get(person.sentence) ?? []) {
    if (m.t0 < person.roleStart || m.t1 > person.t0) continue;
    if (m.isCountry) return m;
    if (m.ent.type === 'ORG' && !org) org = m;
  }
  return org;
}
