// "اقتحم معارضو الحكومة القرغيزية مبنى", "تجمع مئات المعارضين للحكومة المؤقتة": the actor whose opponents act (cue
// list opponents, the actor their genitive or after ل) is what they act against, the recipient, not the source.
import { tokIs } from '../cues.js';
import type { Slots } from '../slots.js';

export function opponents(ev: Slots): void {
  const { f } = ev;
  if (ev.recipient.length) return;
  const toks = f.doc.toks;
  const against = ev.source.filter((x) => x.roleStart > f.a && toks[x.roleStart - 1].sentence === f.s && tokIs(toks[x.roleStart - 1], f.sets.opponents));
  if (!against.length) return;
  for (const x of against) ev.source.splice(ev.source.indexOf(x), 1);
  ev.recipient.push(...against);
  ev.basis.push('recipient: the one whose opponents act');
}
