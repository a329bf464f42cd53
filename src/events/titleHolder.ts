// "رئيس وزراء أوزبكستان يقوم بزيارة إلى أفغانستان" (a headline) and, below it, "وصل رئيس الوزراء الأوزبكي
// عبد الله أريبوف إلى كابول": a state's title with no name is the person the article names with that
// title (the same words, the state named by its name or its nisba), not the state. Only one person may
// hold it: "الرئيس" alone, or a title two people of the article hold, stays the state's. A title's head
// word alone ("الوزير الأميركي", "السفير الروسي": cue list title_heads) is the one person of that state whose
// title has it ("وزير الدفاع الأميركي دونالد رمسفيلد") when no one holds it as it is written.
import { ARTICLE } from '../text/clitics.js';
import { affiliation } from './affiliation.js';
import type { Doc, Ment } from './doc.js';

/** The person whose title is toks[from..state.t0) followed by `state`, or null. */
export function titleHolder(doc: Doc, state: Ment, from: number): Ment | null {
  const country = state.ent.country;
  if (!country) return null;
  const key = `${titleKey(doc, from, state.t0)}|${country}`;
  let byTitle = HOLDERS.get(doc);
  if (!byTitle) HOLDERS.set(doc, (byTitle = new Map()));
  let holder = byTitle.get(key);
  if (holder === undefined) byTitle.set(key, (holder = findHolder(doc, key)));
  return holder;
}

const HOLDERS = new WeakMap<Doc, Map<string, Ment | null>>();

/**
 * "واعلن الرئيس الطاجيكي ... خلال لقائه مع نظيره الروسي": a counterpart with no name is the one person of the state
 * the article names with the title of the one whose counterpart he is ("الرئيس الروسي فلاديمير بوتين"), not another
 * of its people ("وزير الخارجية الروسي ... نظيره الصيني" is no Chinese president).
 */
export function counterpartHolder(doc: Doc, state: Ment, of: Ment): Ment | null {
  const country = state.ent.country;
  const own = titleOf(doc, of);
  return country && own ? holderBy(doc, (words, c) => c === country && words === own.words) ?? null : null;
}

function findHolder(doc: Doc, key: string): Ment | null {
  const exact = holderBy(doc, (words, country) => `${words}|${country}` === key);
  if (exact !== undefined) return exact;
  const [title, state] = key.split('|');
  if (!doc.sets.titleHeads?.has(title)) return null;
  return holderBy(doc, (words, country) => country === state && words.split(' ').includes(title)) ?? null;
}

/** The one person whose title (its words without the state, the state's ISO2) passes `test`; null when two people's do, undefined when none does. */
function holderBy(doc: Doc, test: (words: string, country: string) => boolean): Ment | null | undefined {
  let found: Ment | undefined;
  for (const p of doc.ments) {
    if (p.ent.type !== 'PERSON' || p.coref) continue;
    const title = titleOf(doc, p);
    if (!title || !test(title.words, title.country)) continue;
    if (found && found.ent.id !== p.ent.id) return null;
    found ??= p;
  }
  return found;
}

/** A person's title that names his state: its words without the state's name or nisba in it, and the state's ISO2. */
function titleOf(doc: Doc, p: Ment): { words: string; country: string } | null {
  if (p.roleStart >= p.t0) return null;
  const state = affiliation(doc, p);
  if (!state?.isCountry || !state.ent.country) return null;
  const inTitle = (doc.bySentence.get(p.sentence) ?? []).find((m) => m.isCountry && m.ent.country === state.ent.country && m.t0 >= p.roleStart && m.t1 <= p.t0);
  if (!inTitle) return null;
  // "الرئيس الكازاخستاني الجديد": who has just taken the title holds it
  const newInOffice = doc.sets.newInOffice;
  const words = [titleKey(doc, p.roleStart, inTitle.t0, newInOffice), titleKey(doc, inTitle.t1, p.t0, newInOffice)].filter(Boolean).join(' ');
  return { words, country: state.ent.country };
}

/**
 * The title's words without the article, so that "رئيس وزراء" is "رئيس الوزراء", and without the
 * conjunction on its first word only ("ووزير"; "وزراء" inside a title is a word), and without the words of `skip`.
 */
function titleKey(doc: Doc, from: number, to: number, skip?: Set<string>): string {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    if (skip?.has(doc.toks[i].f)) continue;
    // a title word as written is no conjunction + word ("وزير" is not و + "زير")
    const w = i === from && !doc.sets.titles?.has(doc.toks[i].f) ? doc.toks[i].w.c : doc.toks[i].f;
    words.push(w.startsWith(ARTICLE) && w.length > ARTICLE.length + 2 ? w.slice(ARTICLE.length) : w);
  }
  return words.join(' ');
}
