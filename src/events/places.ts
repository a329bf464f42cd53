// Place phrases of a sentence: a place after a location cue ("في موسكو"), else a country. A capital
// named by its country or nisba ("العاصمة الطاجيكية") is a mention of the capital already: the
// entity engine resolves it (entities/passes/capitals.ts).
import { membersNoun } from './actors.js';
import { findCue, tokIs, type CueSpan } from './cues.js';
import { isCountryNisba, locFromMention, type Doc, type Loc, type Ment, type Tok } from './doc.js';
import { ownCountryMentions } from './ownCountry.js';
import { wordsBetween } from './triggers.js';

export function sentenceLocations(doc: Doc, s: number, visitToks: number[]): Loc[] {
  const [a, b] = doc.sentTok[s];
  const ments = doc.bySentence.get(s) ?? [];
  // "نشر أسلحة نووية في بلاده": his country is a place too
  const places = [...ments.filter((m) => m.ent.type === 'PLACE'), ...ownCountryMentions(doc, s, ments)];
  const { location: locCue, here, visitLocation: visitCue, placeHeads: heads, placePartitives: partitives, locationBlockers: blockers, topicPreps, travelVerbs, placeSubjectVerbs, liesIn } = doc.sets;
  const out: Loc[] = [];
  // a two-word cue ("على أراضي") opens the phrase at its second word, a place head
  const twoWordCues = findCue(doc, s, 'location').filter((c) => c.end - c.at > 1);
  for (let k = a; k < b; k++) {
    const tk = doc.toks[k];
    // "شهدت مدينة أوش اشتباكات": the subject of the verb is the place, a city or region only
    const citySubject = tokIs(tk, placeSubjectVerbs);
    // "وصل الرئيس الصيني إلى هنا اليوم": here, in the report's own words, is where the dateline files it from
    if (doc.dateline?.ment && tokIs(tk, here) && !quoted(doc, s, k)) {
      out.push(locFromMention(doc, doc.dateline.ment, 'sentence', k, k));
      continue;
    }
    const isLoc = tokIs(tk, locCue) || opensAt(twoWordCues, k) || citySubject;
    const isVisit = tokIs(tk, visitCue) && (nearVisit(doc, s, visitToks, k) || travelledTo(doc, a, k, travelVerbs));
    // a place glued to its preposition: "بدوشنبه" is found as a mention starting at this token
    if (!isLoc && !isVisit) {
      const city = namedForCity(doc, places, k);
      if (city) out.push(locFromMention(doc, city, 'sentence', k + 1, k));
      continue;
    }
    // topic, not place: "الوضع في أفغانستان"
    const prev = doc.toks[k - 1];
    if (topicPreps?.has(tk.w.c) && blockers && prev?.sentence === s && prev.w.cands.some((c) => blockers.has(c))) continue;
    // "بالعاصمة الروسية موسكو": the cue word opens the place's own mention
    let j = placeAt(places, k) ? k : k + 1;
    // "زار وزير الخارجية الروسي سيرغي لافروف طشقند", "وصل وفد من حركة طالبان موسكو": the visitor (or members of
    // it) between the verb and the place it visits
    const visitor = isVisit && !placeAt(places, j) ? visitorAt(doc, ments, j) : undefined;
    if (visitor) j = visitor.t1;
    const end = Math.min(b, (visitor ? j : k) + 7);
    let country: Ment | null = null;
    let found: Ment | null = null;
    for (; j < end; j++) {
      const m = placeAt(places, j);
      if (m) {
        if (!m.isCountry) { found = m; break; }
        country = country ?? m;
        j = m.t1 - 1;
        continue;
      }
      const f = doc.toks[j];
      if (tokIs(f, heads)) continue;
      // "في ضاحية من ضواحي العاصمة", "في إحدى ضواحي", "في جزء من العاصمة": a part of what the next head names
      if (tokIs(f, partitives) && j + 1 < end && (tokIs(doc.toks[j + 1], heads) || tokIs(doc.toks[j + 1], partitives))) continue;
      // a nisba adjective of the entity engine's country table: "العاصمة الكازاخستانية “أستانا”"
      if (isCountryNisba(doc, f)) continue;
      // "شهدت، أمس، العاصمة البيلاروسية مينسك": a date between the cue and the place
      if (inDate(doc, f)) continue;
      break;
    }
    const place = found ?? (citySubject ? null : country);
    if (!place) continue;
    // "هذا البلد الواقع في آسيا الوسطى": where something lies, a region of no one country, describes it
    if (prev?.sentence === s && tokIs(prev, liesIn) && !place.ent.country) continue;
    // set on the Loc as made, not spread into a copy: one object shape (see locFromMention)
    const loc = locFromMention(doc, place, 'sentence', k + 1, k);
    loc.uses = placesFrom(places, k, j);
    loc.where = whereAfter(doc, place, b);
    if (!found) { loc.isCountry = true; loc.destination = isVisit; }
    out.push(loc);
  }
  return out;
}

// The helpers below are loops, not closures in the token loop above: a closure over its loop variable
// makes V8 allocate a context for every token.

/** Token k stands inside quotation marks of its sentence s: an odd number of straight quotes, or an opening « or “ not closed, before it. */
export function quoted(doc: Doc, s: number, k: number): boolean {
  const text = doc.t.text;
  let straight = 0, open = 0;
  for (let i = doc.t.sentences[s].start; i < doc.toks[k].start; i++) {
    const ch = text[i];
    if (ch === '"') straight++;
    else if (ch === '«' || ch === '“') open++;
    else if ((ch === '»' || ch === '”') && open > 0) open--;
  }
  return straight % 2 === 1 || open > 0;
}

/** A cue of the list opens at token k. */
function opensAt(cues: CueSpan[], k: number): boolean {
  for (const c of cues) if (c.at === k) return true;
  return false;
}

/** The visitor, not a place, or the members of it, between the verb and token j where the place it visits begins. */
function visitorAt(doc: Doc, ments: Ment[], j: number): Ment | undefined {
  for (const m of ments) if (m.ent.type !== 'PLACE' && ((Math.min(m.roleStart, m.t0) <= j && j <= m.t0) || membersNoun(doc, m) === j)) return m;
  return undefined;
}

/** The place mentions starting from token k to token j. */
function placesFrom(places: Ment[], k: number, j: number): Ment[] {
  const out: Ment[] = [];
  for (const p of places) if (p.t0 >= k && p.t0 <= j) out.push(p);
  return out;
}

/** "قمة دوشنبه", "محادثات موسكو": a meeting named for the city right after it (cue list named_for_place_rules), held there. */
function namedForCity(doc: Doc, places: Ment[], k: number): Ment | undefined {
  const rules = doc.sets.namedForPlaceRules;
  if (!rules || !doc.toks[k].w.trig?.some((h) => rules.has(h.entry.rule))) return undefined;
  const m = placeAt(places, k + 1);
  // a country after the noun is a side ("القمة الروسية", "محادثات روسيا وأوكرانيا"), not where it is held
  return m && !m.isCountry && m.ns === doc.toks[k + 1].start && m.m.method !== 'nisba' ? m : undefined;
}

/** The حيث right after a place, its nisba and a date ("في مدينة خودجند الطاجيكستانية، حيث", "في بكين اليوم (الإثنين) حيث"), before the sentence's end b. */
function whereAfter(doc: Doc, place: Ment, b: number): number | undefined {
  let j = place.t1;
  while (j < b && (isCountryNisba(doc, doc.toks[j]) || inDate(doc, doc.toks[j]))) j++;
  return j < b && tokIs(doc.toks[j], doc.sets.where) ? j : undefined;
}

/** A visit trigger stands this close to its cue word, in words. */
const VISIT_WINDOW = 6;

/** A visit trigger within VISIT_WINDOW tokens of token k, or words before it, a name with its title one ("زيارة من الرئيس الكازاخستاني قاسم جومارت توكاييف إلى"). */
function nearVisit(doc: Doc, s: number, visitToks: number[], k: number): boolean {
  for (const v of visitToks) if (Math.abs(k - v) <= VISIT_WINDOW || (v < k && wordsBetween(doc, s, v, k) <= VISIT_WINDOW)) return true;
  return false;
}

/** A token inside a date mention of its sentence. */
function inDate(doc: Doc, tok: Tok): boolean {
  for (const d of doc.dates) if (d.sentence === tok.sentence && d.ns <= tok.start && tok.end <= doc.t.toNorm(d.d.end)) return true;
  return false;
}

/** The first place mention starting at token k (as places.find: a loop, for it runs at every cue word). */
function placeAt(places: Ment[], k: number): Ment | undefined {
  for (const p of places) if (p.t0 === k) return p;
  return undefined;
}

/** A travel or sending verb stands this many words at most before its إلى ("توجه وفد من حكومة طالبان برئاسة ... حنفي إلى", "أرسلت منظومة صواريخ اسكندر القادرة على حمل أسلحة نووية إلى"). */
const TRAVEL_WINDOW = 14;

/** A travel or sending verb before the cue at k, in its sentence from a: the place after the cue is where the traveller, or what is sent, goes. */
function travelledTo(doc: Doc, a: number, k: number, travelVerbs: Set<string> | undefined): boolean {
  for (let i = k - 1; i >= Math.max(a, k - TRAVEL_WINDOW); i--) if (tokIs(doc.toks[i], travelVerbs)) return true;
  return false;
}
