// "طالبت أوزبكستان بإجراء دراسة مستقلة في طاجيكستان", "أعرب عن قلقه من تدهور الوضع الأمني في أفغانستان": what a
// request asks for is to be done in a country, what a concern or a criticism is about happens there; with no one named
// who is asked or criticised, that country is the recipient (the types triggers.json lists as place_concerned). Only
// of a source named.
import { commaBetween } from '../doc.js';
import { thatBetween } from '../frame.js';
import { wordsBetween } from '../triggers.js';
import type { Slots } from '../slots.js';

/** The country's place phrase stands this close after the trigger, in words (a name counting as one). */
const PLACE_SPAN = 8;

export function placeConcerned(ev: Slots): void {
  const { f, k, entry } = ev;
  if (!f.doc.lex.placeConcerned.has(entry.type) || ev.recipient.length || !ev.source.length) return;
  const toks = f.doc.toks;
  // not where something is sent ("طلب توكاييف إرسال قوات إلى كازاخستان"), nor the asking side's own country
  const l = f.locs.find((x) => x.pos > k && x.ment?.isCountry && !x.destination && wordsBetween(f.doc, f.s, k, x.pos) <= PLACE_SPAN &&
    !thatBetween(f.doc, f.rd, f.sets, k, x.pos) && !commaBetween(f.doc, toks[k].end, toks[x.pos].start));
  if (!l?.ment || ev.source.some((m) => m.ent.country === l.ment!.ent.country)) return;
  ev.recipient.push(l.ment);
  ev.basis.push('recipient: the country where what is asked for is to be done or what it is about happens');
}
