// Whom a person acts for, as the title before the name says it: "وزير الخارجية الروسي سيرجي لافروف"
// acts for Russia, "الأمين العام لمنظمة معاهدة الأمن الجماعي ستانيسلاف زاس" for the CSTO (whatever
// his own nationality), "نظيره الأوزبكستاني" followed by a name the gazetteer does not know for
// Uzbekistan. A state named in the title comes before an organisation ("مدير الإدارة ... لدول
// رابطة الدول المستقلة بوزارة الخارجية الروسية" acts for Russia). A mention with no title of its own
// ("وقال ميرزايف") takes the state named right before it in a list under one title, else the affiliation of
// the person's first titled mention in the article.
import { foldWord, hostCountry, roleWords, type Doc, type Ment } from './doc.js';

export function affiliation(doc: Doc, person: Ment): Ment | null {
  if (person.ent.type !== 'PERSON') return null;
  // every record a person acts in asks again
  let by = AFFILIATION.get(person);
  if (by === undefined) AFFILIATION.set(person, (by = ofPerson(doc, person)));
  return by;
}

const AFFILIATION = new WeakMap<Ment, Ment | null>();

function ofPerson(doc: Doc, person: Ment): Ment | null {
  if (person.roleStart < person.t0) return titleAffiliation(doc, person) ?? ownStateTitle(doc, person);
  // "ووزراء دفاع كازاخستان رسلان زاكسيليكوف، وقرغيزستان بكتيبيك بيك بولوتوف": a list under one title
  // names each one's state right before the name, in quotes or not ("وإيران "حسن روحاني""); past a dash or a
  // comma the state ends another phrase ("حركة طالبان - المحظورة في روسيا - أمير خان متكي")
  const state = (doc.bySentence.get(person.sentence) ?? []).find((m) => m.isCountry && m.t1 === person.t0 && !PAST_PHRASE.test(doc.t.text.slice(m.ne, person.ns)));
  return state ?? firstTitled(doc).get(person.ent.id) ?? null;
}

/** Anything between a state and a name but spaces and quotation marks. */
const PAST_PHRASE = /[^\s"“”«»'„]/u;

const FIRST_TITLED = new WeakMap<Doc, Map<string, Ment | null>>();

/** Per person of the document: the affiliation of the first mention with a title (once per document). */
function firstTitled(doc: Doc): Map<string, Ment | null> {
  let byPerson = FIRST_TITLED.get(doc);
  if (!byPerson) {
    byPerson = new Map();
    for (const m of doc.ments) {
      if (m.ent.type === 'PERSON' && m.roleStart < m.t0 && !byPerson.has(m.ent.id)) byPerson.set(m.ent.id, titleAffiliation(doc, m) ?? ownStateTitle(doc, m));
    }
    FIRST_TITLED.set(doc, byPerson);
  }
  return byPerson;
}

/**
 * "الرئيس نور سلطان نزارباييف": a head's title that names no state (cue list own_state_titles, the whole title)
 * says he heads his own: the gazetteer's country of the person, when the article names it.
 */
function ownStateTitle(doc: Doc, person: Ment): Ment | null {
  const role = person.m.role;
  const code = person.ent.country;
  if (!role || !code || !doc.sets.ownStateTitles?.has(roleWords(role).map(foldWord).join(' '))) return null;
  return hostCountry(doc, code, person.sentence, 'affiliation');
}

function titleAffiliation(doc: Doc, person: Ment): Ment | null {
  let org: Ment | null = null;
  for (const m of doc.bySentence.get(person.sentence) ?? []) {
    if (m.t0 < person.roleStart || m.t1 > person.t0) continue;
    if (m.isCountry) return m;
    if (m.ent.type === 'ORG' && !org) org = m;
  }
  return org;
}
