// "أرمينيا تجمد مشاركتها" as the headline and, further down, "جمدت أرمينيا مشاركتها في منظمة معاهدة الأمن
// الجماعي": the main record with one side missing takes it from a later report of the same act by the
// same side, wherever in the article, or by the same word with no side named, or in the passive, in the next
// sentence. In the lead sentences the same act may be told by another word of its kind ("التقى الرئيس شي ..." and
// then "خلال اجتماعه بالرئيس الكازاخي قاسم جومارت توكاييف"); a visit and the talks held during it are two happenings.
import { tokIs } from '../cues.js';
import { actorWithBasis, datesAgree, entryRule, type Raw } from '../record.js';
import { eventfulSentences, LEAD_SENTENCES } from './lead.js';
import type { Story } from './story.js';

export function sidesFromLaterReport(st: Story): void {
  const main = st.main;
  const e = main.rec;
  if (e.status !== 'reported' || (e.source.length > 0) === (e.recipient.length > 0)) return;
  const [known, missing] = e.source.length ? (['source', 'recipient'] as const) : (['recipient', 'source'] as const);
  const ids = new Set(e[known].map((a) => a.entity));
  // ... or in the passive, which names no agent, in the next sentence ("أعلنت وزارة الداخلية أنه تم اعتقال ثلاثة
  // إسلاميين" and then "«تم اعتقال ثلاثة عناصر في الحركة الإسلامية في أوزبكستان»")
  // ... or with no source named, by the same word ("قالت السلطات في كازاخستان إنها اعتقلت قائد جهاز الأمن الوطني السابق"
  // and then "وأعلن جهاز الأمن الوطني اعتقال كريم ماسيموف")
  const bySide = (x: Raw): boolean => x.rec[known].some((a) => ids.has(a.entity)) ||
    (known === 'source' && !x.rec.source.length && ((x.rec.sentence.index === e.sentence.index + 1 && tokIs(st.doc.toks[x.tok.i - 1], st.doc.sets.passive)) ||
      entryRule(x.rec) === entryRule(e)));
  const r = st.raws.find((x) => x !== main && sameAct(st.raws, x, main) && bySide(x) &&
    x.rec[missing].length > 0 && x.rec[missing].every((a) => !ids.has(a.entity)));
  if (!r) return;
  e[missing] = r.rec[missing].map((a) => actorWithBasis(a, `sentence ${r.rec.sentence.index}`));
  e.basis.push(`${missing}: the report of the same act in sentence ${r.rec.sentence.index}`);
}

/** Told later with the same rule (in the lead, of the same type and subtype) and tense, not as background, and no other date. */
function sameAct(raws: readonly Raw[], r: Raw, main: Raw): boolean {
  const s = r.rec.sentence.index, s0 = main.rec.sentence.index;
  if (s <= s0 || r.background || r.rec.status !== main.rec.status || !datesAgree(r.rec, main.rec)) return false;
  return entryRule(r.rec) === entryRule(main.rec) || (r.rec.type === main.rec.type && r.rec.subtype === main.rec.subtype && eventfulSentences(raws, s0, s) <= LEAD_SENTENCES);
}
