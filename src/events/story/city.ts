// The guidelines' place is the city when the text names one: a main record placed in a country
// takes the city of that country where its sentence or the lead after it says it happened
// ("اعتقال تسعة أشخاص في طاجيكستان" ... "في ضاحية دوشنبه"); not the destination of aid or forces.
import type { Loc } from '../doc.js';
import { sentenceLocations } from '../places.js';
import { entryRule, setLocation } from '../record.js';
import { LEAD_SENTENCES } from './lead.js';
import type { Story } from './story.js';

/** The step: the main record's country narrowed to a city of it that a place phrase of the lead names. */
export function cityOfCountry(st: Story): void {
  const rec = st.main.rec, loc = rec.location;
  if (!loc || !isWholeCountry(st, loc)) return;
  // where aid or forces go ("مساعدات ... في قرغيزيا"), the country is the side that receives them; a visit's
  // talks are in a city of the country visited ("زار بوتين كازاخستان" ... "محادثات بوتين في أستانا")
  if (rec.type !== 'CONSULT' && st.doc.sets.destinationRules?.has(entryRule(rec))) return;
  const s0 = rec.sentence.index, last = Math.min(s0 + LEAD_SENTENCES, st.doc.sentTok.length - 1);
  for (let s = s0; s <= last; s++) {
    const city = sentenceLocations(st.doc, s, []).find((l) => isCityOf(l, loc.country!));
    if (!city) continue;
    const basis = s === s0 ? 'sentence' : `sentence ${s}`;
    setLocation(rec, city, `location: ${basis} (a city of ${loc.name})`, basis);
    return;
  }
}

/**
 * The step after the story's records are merged: what took the main record's country as its place ("location:
 * lead") takes the city of that country the main record ends up in ("زيارة إلى طاجيكستان" ... "في قصر الأمم في
 * دوشنبه": the talks of the visit are in Dushanbe too).
 */
export function cityOfLead(st: Story): void {
  const city = st.main.rec.location;
  if (!city?.country || isWholeCountry(st, city)) return;
  for (const e of st.events) {
    const loc = e.location;
    if (e === st.main.rec || loc?.basis !== 'lead' || loc.country !== city.country || !isWholeCountry(st, loc)) continue;
    setLocation(e, city, `location: lead (a city of ${loc.name})`, 'lead');
  }
}

/** A record's place that is a country itself, not a place in it. */
const isWholeCountry = (st: Story, loc: { name: string; country?: string }): boolean =>
  !!loc.country && st.doc.countries.byIso2.get(loc.country)?.name === loc.name;

/** A place of the country other than the country itself (a region has no country). */
const isCityOf = (l: Loc, country: string): boolean => !l.isCountry && l.country === country;
