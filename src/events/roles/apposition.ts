// "وشكر وكيل وزارة الإعلام الأفغانية، الناطق باسم طالبان ذبيح الله مجاهد، ... الرئيس الأوزبكي": a name set off by
// commas right after the subject that follows its verb names the subject again (an apposition). It is a
// source too, and no object: the object comes after it (roles/recipient.ts starts after the source).
import { commaBetween } from '../doc.js';
import { pick, type Slots } from '../slots.js';

export function apposition(ev: Slots): void {
  const { f, k } = ev;
  const subject = ev.source.filter((m) => m.t0 > k);
  if (!subject.length) return;
  const from = Math.max(...subject.map((m) => m.t1));
  const toks = f.doc.toks;
  const comma = (i: number): boolean => i > f.a && i < f.b && commaBetween(f.doc, toks[i - 1].end, toks[i].start);
  const y = f.actors.find((x) => x.roleStart === from && !ev.used.has(x));
  if (!y || !comma(from) || !comma(y.t1)) return;
  // the names inside its title ("الناطق باسم طالبان") are part of it
  for (const x of f.actors) if (x.t0 >= from && x.t1 <= y.t1 && x !== y) ev.used.add(x);
  ev.source.push(pick(ev, y));
  ev.basis.push('source: the name set off by commas after the subject');
}
