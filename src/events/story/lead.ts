// A headline names its event in a few words ("قمة منظمة معاهدة الأمن الجماعي"); the lead sentences
// after it report the same happening with its sides, date and place. The article's main record is
// that fuller report.
import { dayNumber, parseIsoDay } from '../../dates/calendar.js';
import { tokIs } from '../cues.js';
import { commaBetween, type Doc } from '../doc.js';
import { actorIds, actorsOf, datesAgree, entryRule, setLocation, type Raw } from '../record.js';
import { bodyParents, type Story } from './story.js';

/** How many sentences after the headline's may report its event again. */
export const LEAD_SENTENCES = 2;

/**
 * How many sentences from sentence `a` to sentence `b` (either order; b's counted, a's not; both sentences of
 * `raws`) report an event: a date line, a byline or a caption with no event between the headline and its lead
 * is no lead sentence.
 */
export function eventfulSentences(raws: readonly Raw[], a: number, b: number): number {
  const rank = eventfulRanks(raws);
  return Math.abs(rank.get(b)! - rank.get(a)!);
}

const RANKS = new WeakMap<readonly Raw[], Map<number, number>>();

/** Each sentence that reports an event, numbered in order (raws come in sentence order); once per article. */
function eventfulRanks(raws: readonly Raw[]): Map<number, number> {
  let rank = RANKS.get(raws);
  if (!rank) {
    rank = new Map();
    for (const r of raws) { const s = r.rec.sentence.index; if (!rank.has(s)) rank.set(s, rank.size); }
    RANKS.set(raws, rank);
  }
  return rank;
}


/** The actors and the states or organisations they act for: "كوتشاريان" names Armenia as a side. */
function sideIds(r: Raw): Set<string> {
  const ids = actorIds(r.rec);
  for (const a of actorsOf(r.rec)) if (a.affiliation) ids.add(a.affiliation.entity);
  return ids;
}

/** The actors and the organisations their bodies belong to (`parents`: body → organisation): "مجلس وزراء خارجية المنظمة" meets as the CSTO. */
function withParents(parents: Map<string, string>, ids: Set<string>): Set<string> {
  if (!parents.size) return ids;
  const out = new Set(ids);
  for (const id of ids) { const p = parents.get(id); if (p) out.add(p); }
  return out;
}

/** What a record says of its happening: its named actors, a date, a place. */
function detail(r: Raw): number {
  const people = new Set(actorsOf(r.rec).filter((a) => a.type === 'PERSON').map((a) => a.entity));
  // a person named counts more than a country: a headline's "نظيره الطاجيكي" is Tajikistan, its lead's Rahmon
  // a year alone ("زار بوتين البلاد في عام 2016") says little of when a happening was
  const dated = r.rec.date !== null && r.rec.date.granularity !== 'year';
  return actorIds(r.rec).size + people.size + (dated ? 1 : 0) + (r.rec.location ? 1 : 0) + (r.rec.source.length ? 1 : 0);
}

const sameKind = (r: Raw, main: Raw): boolean => entryRule(r.rec) === entryRule(main.rec);

/** A relative pronoun opens the clause of a trigger this close before it, in tokens. */
const RELATIVE_SPAN = 5;

/**
 * "وفقا للاتفاق الذي تم التوصل إليه خلال لقاء ميشيل بعلييف": a happening a relative clause tells describes a
 * noun of its sentence, no report of the headline's news.
 */
function inRelativeClause(doc: Doc, r: Raw): boolean {
  const toks = doc.toks, k = r.tok.i, a = doc.sentTok[r.rec.sentence.index][0];
  for (let i = k - 1; i >= Math.max(a, k - RELATIVE_SPAN); i--) if (tokIs(toks[i], doc.sets.relative)) return !commaBetween(doc, toks[i].end, toks[k].start);
  return false;
}

/** Same type, not negated, in the lead sentences after the main record, not in a relative clause, naming one of its actors itself or by one who acts for it (`ids`: r's actors and whom they act for, by default without the organisations of its bodies: "كوتشاريان" names Armenia). */
function reportsAgain(doc: Doc, raws: readonly Raw[], r: Raw, main: Raw, named: Set<string>, ids = sideIds(r)): boolean {
  const s = r.rec.sentence.index, s0 = main.rec.sentence.index;
  if (s <= s0 || r.background || r.anaphoric || eventfulSentences(raws, s0, s) > LEAD_SENTENCES || inRelativeClause(doc, r)) return false;
  if (r.rec.type !== main.rec.type || r.rec.status === 'negated') return false;
  // "الاجتماع سيناقش ...": what the meeting will do is not the report of its happening
  if (r.rec.status === 'planned' && main.rec.status === 'reported') return false;
  // "يبدأ بوتين الخميس زيارة ... وزار بوتين البلاد في عام 2016": a report of another date is another happening
  if (!datesAgree(r.rec, main.rec)) return false;
  // "... في أعقاب رحلته الشهر الماضي إلى قيرغيزستان": an undated headline reports the news of its day, not what
  // happened weeks before the article
  if (!main.rec.date && r.rec.date?.value && doc.ctx.published && weeksBefore(r.rec.date.value, doc.ctx.published)) return false;
  // "... قمة منظمة معاهدة الأمن الجماعي ... البيان الختامي للقمة التي عقدت في موسكو": the same kind of
  // happening with no sides of its own is the one the headline names
  if (!ids.size) return sameKind(r, main);
  return !named.size || [...named].some((id) => ids.has(id));
}

/** A report is this many days older than its article at least to be no news of the article's day. */
const STALE_DAYS = 7;

/** A day (with its time, if any), month or year ("2023-10-05", "2021-02-23T15:22", "2023-10", "2023"); other values (a week, "2001-W49") are not compared. */
const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T[\d:]+)?)?)?$/;

/** A date (a day, month or year) whose period ended STALE_DAYS or more before the article's day. */
function weeksBefore(value: string, published: string): boolean {
  const v = CALENDAR_DATE.exec(value), day = parseIsoDay(published);
  if (!v || day === null) return false;
  const y = Number(v[1]), m = Number(v[2] ?? 0), d = Number(v[3] ?? 0);
  // the first day after the period: the next day, month or year (Date.UTC carries month 13 into the next year)
  const after = d ? dayNumber(y, m, d) + 1 : m ? dayNumber(y, m + 1, 1) : dayNumber(y + 1, 1, 1);
  return day - after >= STALE_DAYS;
}

/**
 * A headline before the main record that names the same type of happening with no sides of its own
 * ("وزراء دفاع دول آسيا الوسطى يعقدون اجتماعاً في موسكو" over "شويغو ونظراؤه ... يبحثون الوضع الأمني").
 */
function headlineOf(raws: readonly Raw[], r: Raw, main: Raw): boolean {
  const s = r.rec.sentence.index, s0 = main.rec.sentence.index;
  if (s >= s0 || r.background || r.anaphoric || actorIds(r.rec).size || eventfulSentences(raws, s, s0) > LEAD_SENTENCES) return false;
  return r.rec.type === main.rec.type && r.rec.status === main.rec.status;
}

/**
 * A visit of the main record's source reported in the lead ("وقع بيلاوسوف ... خطة" and then "خلال
 * زيارته ... إلى العاصمة طشقند"): what the visitor does, he does where he visits.
 */
function visitOfSource(raws: readonly Raw[], r: Raw, main: Raw): boolean {
  const s = r.rec.sentence.index, s0 = main.rec.sentence.index;
  if (r.background || r.rec.status !== 'reported' || r.rec.subtype !== 'official visit' || eventfulSentences(raws, s, s0) > LEAD_SENTENCES) return false;
  const visitors = new Set(r.rec.source.map((a) => a.entity));
  return main.rec.source.some((a) => visitors.has(a.entity));
}

/** A region ("آسيا الوسطى") says less of where than a city or country: it has no country. */
const vague = (r: Raw): boolean => !r.rec.location || !r.rec.location.country;

/**
 * The step: a main record with no place, or only a region, takes the place of a lead sentence that
 * reports the same happening ("«داعش خراسان» يتبنى التفجيرات ضد «طالبان»" over "... تفجيرات ... في جلال
 * أباد"), of the headline that names it, or of its source's visit.
 */
export function placeFromLead(st: Story): void {
  const main = st.main;
  if (!vague(main) || main.rec.status !== 'reported') return;
  const named = actorIds(main.rec);
  const parents = bodyParents(st.doc);
  const raws = st.raws;
  const r = raws.find((x) => x !== main && !vague(x) && (reportsAgain(st.doc, raws, x, main, named, withParents(parents, sideIds(x))) || headlineOf(raws, x, main) || visitOfSource(raws, x, main)));
  if (!r) return;
  const loc = r.rec.location!;
  setLocation(main.rec, loc, `location: sentence ${r.rec.sentence.index}`, `sentence ${r.rec.sentence.index}`);
}

/**
 * The record of the next sentences that reports the headline event again: of the same type, not
 * negated, with an actor the headline names, and more detail; else the headline's own. (A headline's
 * tense often differs from its lead's: "سيشاركون في قمة" above "القمة التي تعقد".)
 */
export function fullerLeadReport(doc: Doc, raws: Raw[], headline: Raw): Raw {
  const named = actorIds(headline.rec);
  let best = headline;
  for (const r of raws) if (reportsAgain(doc, raws, r, headline, named) && detail(r) > detail(best) && keepsPlace(r, headline)) best = r;
  return best;
}

/**
 * A fuller report keeps the headline's place: the same place, or one in the country the headline names
 * ("في أوزبكستان" above "في طشقند"). A lead that says where no more, or somewhere else ("توجه وفد ... إلى
 * طشقند" above "توجه وفد ... إلى أوزبكستان"), reports no more of that happening.
 */
function keepsPlace(r: Raw, headline: Raw): boolean {
  const h = headline.rec.location, p = r.rec.location;
  if (!h) return true;
  if (!p) return false;
  // a country's own place has its ISO code and no country name (locFromMention)
  const inCountry = h.country !== undefined && h.country_name === undefined && p.country === h.country;
  return p.entity === h.entity || inCountry;
}
