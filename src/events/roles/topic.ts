// What a meeting discusses is not news of its own: "بدأت قمة ... أعمالها، حيث تبحث ملفات ... أبرزها تداعيات
// الانسحاب الأمريكي من أفغانستان" reports the summit; the withdrawal is its topic.
import { tokIs } from '../cues.js';
import { thatBetween, type Frame } from '../frame.js';
import type { Group } from '../triggers.js';

/**
 * An event noun after a discussing trigger of another event of its sentence (cue list discussion_rules),
 * in the same clause (no أن/إن between): what that event discusses. The story does not make it the main event.
 * A meeting is none, nor a noun after a preposition: "ناقش زاس في اجتماعاته" names where he discussed.
 */
export function discussedTopic(f: Frame, g: Group): boolean {
  const rules = f.sets.discussionRules;
  const { k, hit } = g.head;
  if (!rules || hit.entry.pos !== 'noun' || hit.entry.type === 'CONSULT' || tokIs(f.doc.toks[k - 1], f.sets.preps)) return false;
  for (const other of f.groups) {
    if (other === g) continue;
    for (const h of [other.head, ...other.extra]) {
      if (h.k < k && rules.has(h.hit.entry.rule) && !thatBetween(f.doc, f.rd, f.sets, h.k, k)) return true;
    }
  }
  return false;
}
