// "قال رحمون إن موسكو ستساعد دولته", "أكد الوزير استعداد بلاده": his or her country (cue list
// own_country) is the state of the person named first before it in the sentence (the subject, not an
// addressee after it), whom the title or the gazetteer places: a mention of that country when the
// article names it.
import { affiliation } from './affiliation.js';
import { tokIs } from './cues.js';
import { corefMention, inMention, ment, type Doc, type Ment } from './doc.js';

export function ownCountryMentions(doc: Doc, s: number, present: Ment[]): Ment[] {
  const out: Ment[] = [];
  const [a, b] = doc.sentTok[s];
  // the word's reading is apart from the token loop: its closures would otherwise cost an allocation a token
  for (let i = a; i < b; i++) {
    if (!tokIs(doc.toks[i], doc.sets.ownCountry)) continue;
    const m = ownCountryAt(doc, s, a, present, i);
    if (m) out.push(m);
  }
  return out;
}

/** The mention of his or her country the own-country word at token i is, or null. */
function ownCountryAt(doc: Doc, s: number, a: number, present: Ment[], i: number): Ment | null {
  if (inMention(present, i)) return null;
  // "استعداد بلاده": after a statement noun it is whose readiness the speaker states; the speaker is the actor
  if (i > a && doc.toks[i - 1].w.trig?.some((h) => h.entry.pos === 'noun')) return null;
  // the subject, named first ("أكد لوكاشينكو لنظيره الروسي بوتين استعداد بلاده": Belarus, not Russia)
  const person = present.find((m) => m.ent.type === 'PERSON' && m.t1 <= i);
  if (!person) return null;
  const code = affiliation(doc, person)?.ent.country ?? person.ent.country;
  const state = code ? doc.ctx.entities.find((e) => e.kind === 'country' && e.country === code) : undefined;
  if (!state) return null;
  const tok = doc.toks[i];
  const surface = doc.t.span(tok.start, tok.end).text;
  return ment(state, corefMention(surface, 0, 0, s, 0.6, undefined), tok.start, tok.end, i, i + 1, s, true, i, `coreference: ${surface}`);
}
