// "الحزب الشيوعي", "الحزب الليبرالي الديمقراطي": a party named by its adjectives after the definite head
// (data/entities/patterns.json: adjective_org_heads), not a generic one ("الحزب السياسي": generic_org_adjectives).
// Where the article has named a known party with the head and those adjectives ("حزب النهضة الإسلامي ... الحزب
// الإسلامي"), it is that party. orgPatterns.ts finds the ones named by a name ("حزب ألغا").
import { ARTICLE, hasConjunction } from '../../text/clitics.js';
import { NISBA } from '../../text/morphology.js';
import { keyTokens } from '../../text/normalize.js';
import { addHit, inSet, type Ctx } from '../context.js';
import { patternWordSet } from '../lexicon.js';

/** At most this many adjectives make the name. */
const MAX_ADJECTIVES = 3;

export function partyNames(ctx: Ctx): void {
  const { t, toks, covered, join } = ctx;
  const generic = patternWordSet('generic_org_adjectives');
  for (let i = 0; i + 1 < toks.length; i++) {
    // a head of adjective_org_heads is looked up once per word (words.ts partyHead), not at every token
    const head = toks[i].w.partyHead;
    if (head === null || covered[i] >= 0) continue;
    let b = i;
    while (b + 1 < toks.length && b - i < MAX_ADJECTIVES && join[b] && covered[b + 1] < 0 && toks[b + 1].sentence === toks[i].sentence &&
      nisbaAdjective(toks[b + 1].f) && !inSet(ctx, toks[b + 1].f, generic)) b++;
    if (b === i) continue;
    const s = toks[i].start + (hasConjunction(toks[i].f) ? 1 : 0);
    const words = [head];
    for (let x = i + 1; x <= b; x++) words.push(toks[x].f.slice(ARTICLE.length));
    const known = knownParty(ctx, words);
    if (known >= 0) {
      addHit(ctx, { ti: i, tj: b, s, e: toks[b].end, entry: known, kind: 'pattern', method: 'coreference', confidence: 0.6 });
    } else {
      const surface = t.span(s, toks[b].end).text;
      const key = [head, ...words.slice(1).map((w) => ARTICLE + w)].join(' ');
      addHit(ctx, { ti: i, tj: b, s, e: toks[b].end, entry: -1, kind: 'pattern', method: 'pattern', confidence: 0.6, unknown: { type: 'ORG', key, surface } });
    }
    i = b;
  }
}

/** A known organisation the article names whose Arabic name holds every word (head and adjectives, without the article), or -1. */
function knownParty(ctx: Ctx, words: string[]): number {
  for (const h of ctx.hits) {
    if (h.dropped || h.entry < 0) continue;
    const e = ctx.c.entries.get(h.entry);
    if (e.type !== 'ORG') continue;
    const name = keyTokens(ctx.t.span(h.s, h.e).text).map(withoutArticle);
    if (words.every((w) => name.includes(w))) return h.entry;
  }
  return -1;
}

const withoutArticle = (w: string): string => (w.startsWith(ARTICLE) ? w.slice(ARTICLE.length) : w);

/** A definite nisba adjective, masculine or feminine ("الشيوعي", "الإسلامية"). */
const nisbaAdjective = (f: string): boolean =>
  f.startsWith(ARTICLE) && f.length > ARTICLE.length + 2 && (f.endsWith(NISBA.masculine) || f.endsWith(NISBA.feminine));
