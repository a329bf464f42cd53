// The article's own date, as a reader would take it: a header stamp or a dateline near
// the top ("أغسطس 23, 2021 15:22", "يريفان في 28 فبراير/أرمنبريس"), else "اليوم + a full
// date" in the lead (or a full date with its weekday and a bare اليوم in one lead sentence),
// else a stamp on the last line right after the body's last sentence. "Updated"/"محدث" stamps
// only when nothing else is there; other dates further down (related-links footers) never.
import { dayNumber, isoDay } from './calendar.js';
import { type Cand, type Ctx, isFullDay } from './candidate.js';
import { alt, TABLES } from './lexicon.js';
import { PREPOSITIONS } from '../text/clitics.js';
import { foldKey } from '../text/normalize.js';

export interface Published { published: string | null; basis: string | null; day: number | null }

/** The header region: the first lines and characters of the text. */
const TOP_CHARS = 400, TOP_LINES = 3;
/** Header lines longer than this (text without line breaks) are cut: the header is short. */
const TOP_MAX_CHARS = 1600, LINE_CONTEXT = 200;
/** The lead, where "اليوم + full date" counts. */
const LEAD_CHARS = 1200, LEAD_SENTENCES = 3;
/** The words of a date stamp's line (markers.json "published"), and its clock's am/pm words ("02:55 ص"). */
const P = TABLES.markers.published, CLOCK = TABLES.markers.clock;
const UPDATED_RE = new RegExp(`(?:${alt(P.updated)})\\s*:?\\s*[\\s\\p{P}\\p{N}]*$`, 'u');
/**
 * What a header stamp line holds besides its date: a clock time with its am/pm word, the header words, the zone word
 * behind ب with the zone's name ("بتوقيت موسكو"), اليوم, a weekday (as its first name writes it),
 * punctuation and spaces.
 */
const HEADER_NOISE_RE = new RegExp(
  `(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:${alt([...CLOCK.am, ...CLOCK.pm])})(?![\\p{L}\\p{M}]))?|${alt(P.headerWords, '\\s+')}|${PREPOSITIONS.bi}${CLOCK.zone}\\s+\\p{L}+|` +
  `${alt(TABLES.relative.days.filter((d) => d.today).map((d) => d.form))}|${alt(TABLES.weekdays.names.map(foldKey))}|[^\\p{L}\\p{N}])+`, 'gu');
/** A byline before a header stamp, its noise made spaces: its word and the writer's name of at most three words ("كتب: خالد الشامي السبت 18-12-2021"). */
const BYLINE_RE = new RegExp(`^\\s*(?:${alt(P.bylineWords)})\\s+(?:\\p{L}+\\s+){1,3}$`, 'u');
/** A word right before a date near the top that makes it a dateline ("موسكو في 5 مارس"), or a dash, comma, colon or bracket. */
const DATELINE_BEFORE_RE = new RegExp(`(?:^|\\s)(?:${alt(P.datelineWords)})\\s*$|[-,:(]\\s*$`, 'u');

export function findPublished(ctx: Ctx, cands: Cand[]): Published {
  const { f, t } = ctx;
  type Pick = { c: Cand; basis: string; rank: number };
  const picks: Pick[] = [];
  const leadEnd = Math.min(LEAD_CHARS, t.sentences[LEAD_SENTENCES - 1]?.end ?? f.length, f.length);
  let topEnd = -1;
  for (let k = 0; k < TOP_LINES; k++) { topEnd = f.indexOf('\n', topEnd + 1); if (topEnd < 0) { topEnd = f.length; break; } }
  topEnd = Math.min(topEnd, TOP_MAX_CHARS);
  for (const c of cands) {
    if (!isFullDay(c)) continue;
    const inTop = c.start < TOP_CHARS || c.start < topEnd;
    if (!inTop && c.start >= leadEnd) continue;
    if (inTop) {
      const lineStart = Math.max(f.lastIndexOf('\n', c.start - 1) + 1, c.start - LINE_CONTEXT);
      const prefix = f.slice(lineStart, c.start);
      const updated = UPDATED_RE.test(prefix.slice(-40));
      const cleaned = prefix.replace(HEADER_NOISE_RE, '');
      const lineEnd = f.indexOf('\n', c.end);
      const suffix = f.slice(c.end, Math.min(lineEnd < 0 ? f.length : lineEnd, c.end + LINE_CONTEXT));
      const words = prefix.match(/\p{L}+/gu) ?? [];
      if (updated) { picks.push({ c, basis: 'header', rank: 3 }); continue; }
      if (cleaned.length === 0 || BYLINE_RE.test(prefix.replace(HEADER_NOISE_RE, ' '))) { picks.push({ c, basis: 'header', rank: 0 }); continue; }
      if (words.length <= 4 && (DATELINE_BEFORE_RE.test(prefix) || /^\s*[/(]/u.test(suffix))) { picks.push({ c, basis: 'dateline', rank: 0 }); continue; }
    }
    if (c.start < leadEnd && /^today/.test(c.rule) && c.rel === undefined) {
      picks.push({ c, basis: 'lead', rank: 1 });
    } else if (c.start < leadEnd && c.weekday !== undefined && todayInSentence(ctx, cands, c)) {
      // "أعلن يوم الخميس 13 يناير 2022 أن الانسحاب سيبدأ اليوم": the stated day is today
      picks.push({ c, basis: 'lead', rank: 1 });
    }
  }
  const footer = footerStamp(f, cands);
  if (footer) picks.push({ c: footer, basis: 'footer', rank: 2 });
  if (!picks.length) return { published: null, basis: null, day: null };
  picks.sort((a, b) => a.rank - b.rank || a.c.start - b.c.start);
  const { c, basis } = picks[0];
  return { published: isoDay(c.y!, c.m!, c.d!), basis, day: dayNumber(c.y!, c.m!, c.d!) };
}

/**
 * A full date alone (with header noise) on the last line, after a line of prose that ends a
 * sentence: the stamp many sites print under the body. After a heading or a headline (no
 * final punctuation: "أخبار ذات صلة", a related link) it dates something else.
 */
function footerStamp(f: string, cands: Cand[]): Cand | null {
  const end = lastNonSpace(f, f.length) + 1;
  const lineStart = f.lastIndexOf('\n', end - 1) + 1;
  if (lineStart === 0) return null;
  const c = cands.find((x) => x.start >= lineStart && x.end <= end && isFullDay(x));
  if (!c || (f.slice(lineStart, c.start) + f.slice(c.end, end)).replace(HEADER_NOISE_RE, '').length) return null;
  return '.!?؟…»"”)'.includes(f[lastNonSpace(f, lineStart)] ?? '') ? c : null;
}

/** Index of the last non-whitespace character before `to` (-1 if none): no copy of the text. */
function lastNonSpace(f: string, to: number): number {
  let i = to - 1;
  while (i >= 0 && /\s/u.test(f[i])) i--;
  return i;
}

/** A bare "اليوم" (no date of its own) in the sentence of `c`. */
function todayInSentence(ctx: Ctx, cands: Cand[], c: Cand): boolean {
  const sentence = ctx.t.sentences.find((x) => x.start <= c.start && c.start < x.end);
  return !!sentence && cands.some((x) => x.rule === 'today' && x.start >= sentence.start && x.end <= sentence.end);
}
