// What a meeting discusses, or a protest objects to, is not news of its own: "بدأت قمة ... أعمالها، حيث تبحث
// ملفات ... أبرزها تداعيات الانسحاب الأمريكي من أفغانستان" reports the summit, "نظم مئات الأرمن مسيرة ... للتعبير
// عن رفضهم لزيارة الرئيس الروسي" the march; the withdrawal and the visit are their topics.
import { tokIs } from '../cues.js';
import { thatBetween, type Frame } from '../frame.js';
import type { Group } from '../triggers.js';

/**
 * An event noun after a discussing or protesting trigger of another event of its sentence (cue list
 * discussion_rules), in the same clause (no أن/إن between): what that event discusses. The story does not make
 * it the main event. A meeting is no topic of a discussion, nor is a noun after a preposition: "ناقش زاس في
 * اجتماعاته" names where he discussed.
 */
export function discussedTopic(f: Frame, g: Group): boolean {
  const rules = f.sets.discussionRules;
  const { k, hit } = g.head;
  if (!rules || hit.entry.pos !== 'noun' || tokIs(f.doc.toks[k - 1], f.sets.preps)) return false;
  for (const other of f.groups) {
    if (other === g) continue;
    for (const h of [other.head, ...other.extra]) {
      if (h.k < k && rules.has(h.hit.entry.rule) && !(hit.entry.type === 'CONSULT' && h.hit.entry.type === 'CONSULT') &&
        !thatBetween(f.doc, f.rd, f.sets, h.k, k)) return true;
    }
  }
  return false;
}
