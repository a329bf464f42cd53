// Place phrases of a sentence: a place after a location cue ("في موسكو"), a capital named by its
// country or nisba ("العاصمة الطاجيكية"), a country.
import type { CountryInfo } from '../entities/index.js';
import { tokIs } from './cues.js';
import { foldWord, locFromMention, type Doc, type Loc, type Ment } from './doc.js';

export function sentenceLocations(doc: Doc, s: number, visitToks: number[]): Loc[] {
  const [a, b] = doc.sentTok[s];
  const ments = doc.bySentence.get(s) ?? [];
  const places = ments.filter((m) => m.ent.type === 'PLACE');
  const { location: locCue, visitLocation: visitCue, placeHeads: heads, capital, locationBlockers: blockers, topicPreps } = doc.sets;
  const out: Loc[] = [];
  for (let k = a; k < b; k++) {
    const tk = doc.toks[k];
    const isLoc = tokIs(tk, locCue);
    const isVisit = tokIs(tk, visitCue) && visitToks.some((v) => Math.abs(k - v) <= 6);
    // a place glued to its preposition: "بدوشنبه" is found as a mention starting at this token
    if (!isLoc && !isVisit) continue;
    // topic, not place: "الوضع في أفغانستان"
    const prev = doc.toks[k - 1];
    if (topicPreps?.has(tk.w.c) && blockers && prev?.sentence === s && prev.w.cands.some((c) => blockers.has(c))) continue;
    let j = k + 1;
    let sawCapital = false, nisbaCountry: CountryInfo | null = null, country: Ment | null = null;
    let found: Ment | null = null;
    for (; j < Math.min(b, k + 7); j++) {
      const m = places.find((p) => p.t0 === j);
      if (m) {
        if (!m.isCountry) { found = m; break; }
        country = country ?? m;
        j = m.t1 - 1;
        continue;
      }
      const f = doc.toks[j];
      if (tokIs(f, capital)) { sawCapital = true; continue; }
      if (tokIs(f, heads)) continue;
      const n = doc.countries.nisba.get(f.f) ?? doc.countries.nisba.get(f.w.c);
      if (n) { nisbaCountry = nisbaCountry ?? n; continue; }
      break;
    }
    const uses = places.filter((p) => p.t0 > k && p.t0 <= j);
    if (found) { out.push({ ...locFromMention(doc, found, 'sentence', k + 1, k), uses }); continue; }
    const ci = country ? doc.countries.byIso2.get((country.ent.country ?? '').toUpperCase()) ?? doc.countries.byName.get(country.ent.name.toLowerCase()) ?? null : nisbaCountry;
    if (sawCapital && ci && ci.capital) {
      const cap = ci.capital;
      const text = doc.t.span(doc.toks[k + 1].start, doc.toks[Math.max(k + 1, j - 1)].end).text;
      const known = doc.ctx.entities.find((e) => e.type === 'PLACE' && (e.id === cap.id || e.name === cap.name || foldWord(e.name_ar) === foldWord(cap.name_ar)));
      out.push({
        entity: known?.id ?? cap.id, name: known?.name ?? cap.name,
        country: ci.iso2, iso3: ci.iso3, text, basis: 'sentence', pos: k, uses,
      });
      continue;
    }
    if (country) out.push({ ...locFromMention(doc, country, 'sentence', k + 1, k), uses, isCountry: true });
  }
  return out;
}
