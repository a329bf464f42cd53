// "زيارة من رئيس كازاخستان إلى روسيا": right after a verbal noun, the preposition its frame marks as the
// source's (consult.visit: من) names who acts, a state's title before it included.
import { titleStart } from '../actors.js';
import { loadFrames } from '../frames.js';
import { pick, type Slots } from '../slots.js';
import { withCoordinated } from './subject.js';

export function fromSource(ev: Slots): void {
  const { f, k } = ev;
  if (ev.isVerb || ev.source.length || k + 2 >= f.b) return;
  const toks = f.doc.toks;
  if (loadFrames().byRule.get(ev.entry.rule)?.preps.get(toks[k + 1].w.c) !== 'source') return;
  const m = f.actors.find((x) => !ev.used.has(x) && (x.roleStart === k + 2 || titleStart(f.doc, x.roleStart) === k + 2));
  if (!m) return;
  for (const x of withCoordinated(ev, m)) ev.source.push(pick(ev, x));
  ev.basis.push('source: after the preposition its frame gives that role');
}
