// "القوات الأمريكية تغادر قاعدة باغرام", "غادرت القوات الروسية قاعدة غوداوتا": the place a leave verb takes as its
// object (its frame's object is the target) is where the withdrawal takes place, before a country a place phrase names
// ("غادروا قاعدة باغرام الجوية في أفغانستان": the base, in Afghanistan).
import { tokIs } from '../cues.js';
import { locFromMention } from '../doc.js';
import { loadFrames } from '../frames.js';
import type { Slots } from '../slots.js';

/** The place starts this close after the verb, its subject and a time between ("وغادرت آخر القوات الأمريكية وقوات حلف
 * شمال الأطلسي، الجمعة، قاعدة باجرام"), in tokens, with no preposition or other event's word between. */
const OBJECT_WINDOW = 12;

export function leftPlace(ev: Slots): void {
  const { f, k, entry } = ev;
  if ((ev.loc && !ev.loc.isCountry) || entry.type !== 'RETREAT' || !ev.isVerb || loadFrames().byRule.get(entry.rule)?.object !== 'target') return;
  const toks = f.doc.toks;
  const place = f.doc.bySentence.get(f.s)?.find((m) => m.t0 > k && m.t0 - k <= OBJECT_WINDOW && m.ent.type === 'PLACE' && !m.isCountry &&
    m.ns === toks[m.roleStart].start);
  if (!place || toks.slice(k + 1, place.roleStart).some((tk) => tokIs(tk, f.sets.preps) || tk.w.trig !== undefined)) return;
  ev.loc = locFromMention(f.doc, place, 'sentence', place.t0, place.t0);
  ev.basis.push('location: the place left');
}
