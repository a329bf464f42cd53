// The main event of an article, and its date and place when its sentence gives none.
import { hasActor, placedUnrest, setArticleDate, setLocation, type Raw } from '../record.js';
import { INTO_OFFICE } from './election.js';
import type { EventRecord } from '../../types.js';
import type { Loc } from '../doc.js';
import type { Story } from './story.js';

/** The event names someone; violence or a protest placed in a city counts its place as one. */
const withActor = (r: Raw): boolean => hasActor(r.rec) || placedUnrest(r.rec);

/** A record that names who acts, or an attack or an arrest, whose doers the news often does not know, or an
 * election's result or an oath of office, whose news is who comes to office ("فاز توكاييف بالانتخابات الرئاسية"), not
 * who counted the votes. */
const namesDoer = (r: Raw): boolean =>
  r.rec.source.length > 0 || r.rec.chair.length > 0 || r.rec.participants.length > 0 || r.rec.type === 'ASSAULT' || r.rec.type === 'COERCE' ||
  INTO_OFFICE.has(r.rec.subtype);

/** The first sentence with an event someone is named doing (else with actors); there, the one with most actors. What did not happen is main only when nothing else is there. */
export function mainEvent(raws: Raw[]): Raw | null {
  const all = raws.filter(withActor);
  if (!all.length) return null;
  const happened = all.filter((r) => r.rec.status !== 'negated');
  const withActors = happened.length ? happened : all;
  const named = withActors.filter((r) => !r.groupOnly);
  // the background of a sentence ("رغم انسحاب طشقند الأخير من المنظمة") is no news of the article's own
  const news = named.filter((r) => !r.background);
  const candidates = news.length ? news : named.length ? named : withActors;
  // "أكد بوتين أن انسحاب القوات الدولية من أفغانستان يثير قلقه": an act no one is named doing is what the
  // article talks about; its news is the first act someone is named doing
  const done = candidates.filter(namesDoer);
  const firstS = Math.min(...(done.length ? done : candidates).map((r) => r.rec.sentence.index));
  const pool = withActors.filter((r) => r.rec.sentence.index === firstS);
  const statusRank = (r: Raw): number => (r.rec.status === 'reported' ? 0 : r.rec.status === 'planned' ? 1 : 2);
  // two sources ("وعد بوتين ونظيره توكاييف بتعزيز الصداقة") are both sides of a joint act
  const complete = (r: Raw): number => (r.rec.source.length ? 2 : 0) +
    (r.rec.recipient.length || r.rec.participants.length || r.rec.chair.length || r.rec.source.length > 1 ? 1 : 0);
  // "قال شويغو في اجتماع ... إن روسيا قررت تعزيز": what was said there is the news, the meeting its occasion
  // "حيث تبحث ... تداعيات الانسحاب": what a meeting discusses is not the news, the meeting is; nor is the background
  // background ("بناء على دعوة من الكرملين") is no news, whatever the news's status
  return [...pool].sort((x, y) => Number(x.background) - Number(y.background) || statusRank(x) - statusRank(y) || Number(x.occasion) - Number(y.occasion) ||
    Number(x.topic) - Number(y.topic) || complete(y) - complete(x) ||
    x.tok.start - y.tok.start)[0];
}

/** The main event's own date and place when its sentence has none: the article date, the dateline. */
export function mainDefaults(st: Story): void {
  const main = st.main;
  const { published } = st.doc.ctx;
  main.rec.main = true;
  if (!main.rec.date && published && main.rec.status === 'reported') setArticleDate(main.rec, published);
  if (!main.rec.location && st.doc.dateline && main.rec.status === 'reported') placeAtDateline(main.rec, st.doc.dateline);
}

/** The record takes the place the report is filed from (the dateline), saying so. */
export function placeAtDateline(e: EventRecord, dateline: Loc): void {
  setLocation(e, dateline, 'location: dateline', 'dateline');
}
