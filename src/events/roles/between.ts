// "اشتباكات بين قوات قيرغيزستان وطاجيكستان", "اتفاقية بين روسيا وطاجيكستان": بين A و B after the
// trigger names both sides, where the trigger's argument frame gives بين that role (frames.json "sides");
// so does any other word the frame gives it ("تدريبات بمشاركة وحدات كازاخية وأميركية").
import { definiteStem } from '../../text/clitics.js';
import { loadClauseWords } from '../clause/data.js';
import { findCue, tokIs } from '../cues.js';
import { loadFrames } from '../frames.js';
import type { Ment } from '../doc.js';
import type { Frame } from '../frame.js';
import { pick, type Slots } from '../slots.js';
import { eventWordAt } from '../triggers.js';
import { withCoordinated } from './subject.js';

/** بين stands this close after the trigger ("تبادل إطلاق نار بين قوات الأمن على الحدود بين قرغيزستان وطاجيكستان"). */
const PREP_WINDOW = 10;
/** The first side stands this close after بين. */
const WINDOW = 3;

/** The first side is the source when the event has none, the others the recipient. */
export function betweenSides(ev: Slots): void {
  const { f, k } = ev;
  if (ev.source.length && ev.recipient.length) return;
  const frame = loadFrames().byRule.get(ev.entry.rule);
  if (!frame) return;
  const toks = f.doc.toks;
  for (let p = k + 1; p <= Math.min(k + PREP_WINDOW, f.b - 1); p++) {
    // another event's word ends the trigger's phrase (not a word whose required context is absent:
    // "صادقوا على اتفاقية ترسيم الحدود بين A و B")
    if (p > k + 1 && eventWordAt(f.doc, p)) return;
    const role = frame.preps.get(toks[p].w.c);
    // "مناورات مشتركة مع أوزبكستان ... قرب الحدود بين طاجيكستان وأفغانستان": the partner named first is the other side
    // ... but what the act is about leads on to its sides ("صادقوا على اتفاقية ... بين A و B")
    // ... a place phrase is passed ("تدريبات في كازاخستان بمشاركة وحدات كازاخية وأميركية")
    if (role !== undefined && role !== 'sides' && role !== 'theme' && role !== 'place') return;
    if (role !== 'sides') continue;
    const from = afterHeads(f, p);
    const first = f.actors.find((x) => x.roleStart > p && x.roleStart - from <= WINDOW && !ev.used.has(x));
    // "بين قوات الأمن": no named side here, maybe in a بين further on
    if (!first) continue;
    const sides = withCoordinated(ev, first);
    // بين wants two sides; a participant list word (cue list participant_lists: "بمشاركة") may name one
    if (sides.length < 2 && !ev.source.length && !tokIs(toks[p], f.sets.participantLists)) return;
    // "تدريبات لتأمين الحدود بين أفغانستان وطاجيكستان": a border between them names them, not as the act's parties
    takeSides(ev, sides, !placeBefore(f, k, p), `sides: ${f.doc.t.text.slice(toks[p].start, toks[p].end)} A و B`);
    return;
  }
}

/**
 * A place's head (cue list place_heads) before بين: the place lies between the sides ("الحدود بين", "قاعدة
 * عسكرية بين"). Its adjectives right after the trigger describe the trigger ("تدريبات عسكرية بين روسيا وكازاخستان").
 */
function placeBefore(f: Frame, k: number, p: number): boolean {
  const toks = f.doc.toks;
  let i = p - 1;
  while (i > k && tokIs(toks[i], f.sets.placeHeads)) i--;
  return i < p - 1 && i > k;
}

/**
 * "بين جيوش كل من روسيا وقرغيزستان": the heads of the sides' genitive chains (جيوش، قوات) and "كل من"
 * before them do not count in the window; the token before the first side's phrase.
 */
function afterHeads(f: Frame, p: number): number {
  const toks = f.doc.toks;
  const words = loadClauseWords();
  const head = (i: number): boolean => {
    const c = toks[i].w.c;
    return words.genitiveHeads.has(c) || words.nonHumanPlurals.has(c) || words.genitiveHeads.has(definiteStem(c) ?? c);
  };
  let i = p;
  while (i + 1 < f.b && head(i + 1)) i++;
  const each = findCue(f.doc, f.s, 'each_of').find((c) => c.at === i + 1);
  return each ? each.end - 1 : i;
}

/**
 * The sides of "بين A و B": the first is the source when the event has none, the others the recipient;
 * `parties`: they are the act's own sides (roles/severalSides.ts reads it).
 */
export function takeSides(ev: Slots, sides: Ment[], parties: boolean, basis: string): void {
  if (!ev.source.length) ev.source.push(pick(ev, sides.shift()!));
  // "صادق البرلمان الطاجيكي على اتفاقية بين طاجيكستان وقيرغيزستان", "بحث بوتين تعزيز العلاقات بين موسكو ودوشنبه": the
  // source's own state, or its capital, is no other side
  const own = new Set(ev.source.map((x) => x.ent.country ?? x.ent.id));
  for (const x of sides) if (!((x.isCountry || x.ent.kind === 'capital') && own.has(x.ent.country ?? x.ent.id))) ev.recipient.push(pick(ev, x));
  ev.sides = parties;
  ev.basis.push(basis);
}
