// What the passes of the entity engine share: the document's tokens and the hits found so far.
import type { AnalyzedText } from '../text/analyze.js';
import type { EntityType, MatchMethod } from '../types.js';
import type { Compiled, Payload } from './compile.js';
import { LOOKUP_MIN_REST, variantInSet, type Variant } from './variants.js';
import { tokens, type Tok, type WordTable } from './words.js';

/** One found mention before grouping into entities. */
export interface Hit {
  ti: number;
  tj: number;
  /** Normalised offsets. */
  s: number;
  e: number;
  /** Gazetteer entry, or -1 for an unknown name. */
  entry: number;
  kind: Payload['kind'] | 'fuzzy' | 'pattern' | 'capital' | 'corefUnknown';
  method: MatchMethod;
  confidence: number;
  role: string | undefined;
  /** Candidate entries for short forms and surnames. */
  cands: number[] | undefined;
  /** For a short form, the people whose surname it also is ("علييف": Ilham's short form, Heydar's surname): theirs when named in full. */
  kin: number[] | undefined;
  /** For unknown names; a derived one (a national body, entities/passes/stateBodies.ts) also has its id, English name and country. */
  unknown: Unknown | undefined;
  dropped: boolean;
}

export interface Unknown {
  type: EntityType;
  key: string;
  surface: string;
  derived?: { id: string; name: string; kind: string; country: string; iso3?: string };
}

export type HitFields = Omit<Hit, 'role' | 'cands' | 'kin' | 'unknown' | 'dropped'> & Partial<Pick<Hit, 'role' | 'cands' | 'kin' | 'unknown'>>;

/** Every hit gets every field (absent ones undefined), so all hits have one object shape for V8. */
export function hit(h: HitFields): Hit {
  return {
    ti: h.ti, tj: h.tj, s: h.s, e: h.e, entry: h.entry, kind: h.kind, method: h.method, confidence: h.confidence,
    role: h.role, cands: h.cands, kin: h.kin, unknown: h.unknown, dropped: false,
  };
}

export interface Ctx {
  c: Compiled;
  words: WordTable;
  t: AnalyzedText;
  toks: Tok[];
  /** join[i]: token i and i+1 may be parts of one name (only a space or a bare hyphen between). */
  join: Uint8Array;
  /** quoteGap[i]: one quotation mark, and spaces, between tokens i and i+1: a gazetteer name may cross these in pairs ("منظمة «شنغهاي» للتعاون"). */
  quoteGap: Uint8Array;
  /** inDate[i]: tokens i and i+1 are words of one date expression ("اليوم الجمعة"): no name ends at i. */
  inDate: Uint8Array;
  /** dateStart[i]: a date expression starts at token i ("اليوم" in "مع روسيا اليوم لتمديد"). */
  dateStart: Uint8Array;
  /** covered[i]: index into hits of the hit covering token i, or -1. */
  covered: Int32Array;
  hits: Hit[];
}

export function addHit(ctx: Ctx, fields: HitFields): number {
  const k = ctx.hits.length;
  const h = hit(fields);
  ctx.hits.push(h);
  for (let x = h.ti; x <= h.tj; x++) ctx.covered[x] = k;
  return k;
}

export function removeHit(ctx: Ctx, k: number): void {
  const h = ctx.hits[k];
  h.dropped = true;
  for (let x = h.ti; x <= h.tj; x++) if (ctx.covered[x] === k) ctx.covered[x] = -1;
}

export const CONF: Record<string, number> = { alias: 0.97, acronym: 0.9, partial: 0.93, nisba: 0.85, short: 0.8, surname: 0.75 };

/** Strips clitics off a token and tells whether the rest is in `set`. */
export function inSet(ctx: Ctx, f: string, set: Set<string>): boolean {
  return variantIn(ctx, f, set) !== undefined;
}

/** The first clitic variant of a token that is in `set`. */
export function variantIn(ctx: Ctx, f: string, set: Set<string>): Variant | undefined {
  return variantInSet(f, ctx.c.stop, LOOKUP_MIN_REST, set);
}

/** The document's tokens, where names may run on, and no hits yet. */
/** A date expression's span in the original text. */
export interface DateSpan { start: number; end: number }

const HYPHEN = 45, SPACE = 32, QUOTE = 34;

export function newCtx(c: Compiled, words: WordTable, t: AnalyzedText, dates: readonly DateSpan[] = []): Ctx {
  const toks = tokens(t, words);
  const n = toks.length;
  const join = new Uint8Array(n);
  const quoteGap = new Uint8Array(n);
  const text = t.text;
  for (let i = 0; i + 1 < n; i++) {
    if (toks[i].sentence !== toks[i + 1].sentence) continue;
    // only spaces, or a bare hyphen
    const a = toks[i].end, b = toks[i + 1].start;
    if (b <= a) continue;
    if (b - a === 1 && text.charCodeAt(a) === HYPHEN) { join[i] = 1; continue; }
    let x = a;
    while (x < b && text.charCodeAt(x) === SPACE) x++;
    if (x === b) { join[i] = 1; continue; }
    // « and » are " once normalised
    if (text.charCodeAt(x++) !== QUOTE) continue;
    while (x < b && text.charCodeAt(x) === SPACE) x++;
    if (x === b) quoteGap[i] = 1;
  }
  const inDate = new Uint8Array(n);
  const dateStart = new Uint8Array(n);
  // one sweep over the tokens, the dates in text order
  let i = 0;
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    const start = t.toNorm(d.start), end = t.toNorm(d.end);
    while (i < n && toks[i].start < start) i++;
    if (i < n && toks[i].start === start) dateStart[i] = 1;
    for (let j = i; j + 1 < n && toks[j + 1].end <= end; j++) inDate[j] = 1;
  }
  return { c, words, t, toks, join, quoteGap, inDate, dateStart, covered: new Int32Array(n).fill(-1), hits: [] };
}
