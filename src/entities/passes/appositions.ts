// "وقال جلين فلود المتحدث باسم البنتاغون", "وقال سيريك شالباييف، رئيس النيابة": an unknown person whose title
// follows the name, in apposition, as news writes a speaker the reader does not know. Only after a speech
// verb (events/clause's speechVerbs): elsewhere the words before a title are mostly a noun it is the genitive
// of ("مراسم تشييع الرئيس", "شغل منصب رئيس").
import { loadClauseWords } from '../../events/clause/data.js';
import { withoutConjunction } from '../../text/clitics.js';
import { addHit, type Ctx } from '../context.js';
import { isNameToken, nameKey, nameWordCount } from '../names.js';
import { titleAt, titleExtent } from './titles.js';

/** At most this many words of a name before its title. */
const MAX_NAME_WORDS = 3;
/** A space, or a comma, between the name and its title. */
const GAP_TO_TITLE = /^ *[،,]? *$/u;

export function appositionPersons(ctx: Ctx): void {
  const { toks, covered, t } = ctx;
  const { speech } = loadClauseWords();
  for (let i = 2; i < toks.length; i++) {
    if (covered[i] >= 0 || covered[i - 1] >= 0 || toks[i - 1].sentence !== toks[i].sentence) continue;
    if (!GAP_TO_TITLE.test(t.text.slice(toks[i - 1].end, toks[i].start))) continue;
    const title = titleAt(ctx, i);
    if (!title) continue;
    const first = nameStart(ctx, i - 1);
    if (first < 1 || !speech.has(withoutConjunction(toks[first - 1].f))) continue;
    const last = i - 1;
    if (nameWordCount(ctx, first, last) < 2) continue;
    const surface = t.span(toks[first].start, toks[last].end).text;
    const key = nameKey(ctx, first, last);
    const role = t.span(toks[i].start + title.cut, toks[titleExtent(ctx, title.tj).j].end).text;
    addHit(ctx, {
      ti: first, tj: last, s: toks[first].start, e: toks[last].end, entry: -1, kind: 'pattern', method: 'pattern', confidence: 0.6,
      role, unknown: { type: 'PERSON', key, surface },
    });
  }
}

/**
 * The first token of the name that ends at token `last`: name words joined by spaces, none known, in no date;
 * -1 when more than MAX_NAME_WORDS name words stand there (a run of ordinary words, not a name).
 */
function nameStart(ctx: Ctx, last: number): number {
  const { toks, covered, join, inDate } = ctx;
  let first = -1;
  for (let x = last; x >= 0; x--) {
    if (x < last && (!join[x] || toks[x].sentence !== toks[last].sentence)) break;
    if (covered[x] >= 0 || inDate[x] || (x > 0 && inDate[x - 1]) || !isNameToken(ctx, x, false)) break;
    if (last - x + 1 > MAX_NAME_WORDS) return -1;
    first = x;
  }
  while (first >= 0 && first <= last && !isNameToken(ctx, first, true)) first++;
  return first > last ? -1 : first;
}
