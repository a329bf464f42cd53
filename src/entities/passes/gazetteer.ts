// Gazetteer names: the longest match first, left to right; clitics allowed on the first word.
import type { Payload, TrieNode } from '../compile.js';
import { addHit, CONF, inSet, type Ctx } from '../context.js';
import { patternWordSet } from '../lexicon.js';
import { describesWordBefore } from '../adjectivePhrase.js';

/** Every gazetteer name of the document. */
export function gazetteer(ctx: Ctx): void {
  const n = ctx.toks.length;
  for (let i = 0; i < n;) {
    const m = matchAt(ctx, i);
    // "السياسة الخارجية الروسية": the adjective of the word before, not the ministry "الخارجية الروسية"
    if (!m || (m.cut === 0 && ctx.c.entries.get(m.pays[0].entry).type === 'ORG' && describesWordBefore(ctx, i))) { i++; continue; }
    addMatch(ctx, i, m);
    i = m.tj + 1;
  }
}

/** The hit of a match from token i (apart from the token loop, whose closures would otherwise cost an allocation a token). */
function addMatch(ctx: Ctx, i: number, m: { tj: number; cut: number; pays: Payload[] }): void {
  const toks = ctx.toks;
  const p = m.pays[0];
  const cands = m.pays.length === 1 ? [p.entry] : [...new Set(m.pays.filter((q) => q.kind === p.kind).map((q) => q.entry))];
  const kin = p.kind === 'short' ? m.pays.filter((q) => q.kind === 'surname' && !cands.includes(q.entry)).map((q) => q.entry) : [];
  addHit(ctx, {
    ti: i, tj: m.tj, s: toks[i].start + m.cut, e: toks[m.tj].end, entry: cands.length === 1 ? p.entry : -1,
    kind: p.kind, method: p.kind === 'nisba' ? 'nisba' : m.cut > 0 ? 'clitic' : 'exact',
    confidence: m.cut > 0 ? Math.min(CONF[p.kind], 0.9) : CONF[p.kind] + (m.tj > i ? 0.02 : 0),
    cands, kin: kin.length ? kin : undefined,
  });
}

/** Longest gazetteer match starting at token i (clitics allowed on the first token). */
function matchAt(ctx: Ctx, i: number): { tj: number; cut: number; pays: Payload[] } | null {
  const { toks, join, quoteGap } = ctx;
  const starts = toks[i].w.gaz;
  if (starts === null) return null;
  // the best so far in locals: one object for the match returned, none per node passed
  let bestTj = -1, bestCut = 0;
  let bestPays: Payload[] | null = null;
  for (const v of starts) {
    let node: TrieNode | undefined = v.node;
    let j = i;
    // quotation marks crossed: a name holds them in pairs ("منظمة «شنغهاي» للتعاون", not "وكالة «نوفوستي")
    let quotes = 0;
    while (node) {
      // "روسيا اليوم الجمعة": Russia, today, Friday; not RT
      if (node.pays && (bestPays === null || j > bestTj) && !(j > i && (ctx.inDate[j] || (ctx.dateStart[j] && !outletNamed(ctx, i)))) && quotes % 2 === 0) {
        const pays = v.cut > 0 ? afterClitic(node.pays, toks[i].f.length - v.cut, i, j)
          : noAcronym(node.pays) ? node.pays : writtenAcronyms(ctx, node.pays, i, j);
        if (pays.length) { bestTj = j; bestCut = v.cut; bestPays = pays; }
      }
      if (!node.next || j + 1 >= toks.length || !(join[j] || quoteGap[j])) break;
      quotes += quoteGap[j];
      node = node.next.get(toks[j + 1].f);
      j++;
    }
  }
  return bestPays === null ? null : { tj: bestTj, cut: bestCut, pays: bestPays };
}

/**
 * A name whose last word opens a date ("روسيا اليوم", "المصري اليوم") is the outlet's only in quotation marks or
 * after an outlet word ("قناة "روسيا اليوم"", "وكالة روسيا اليوم"); otherwise a place and its date: "صدق البرلمان
 * على اتفاق مع روسيا اليوم".
 */
function outletNamed(ctx: Ctx, i: number): boolean {
  return i > 0 && (ctx.quoteGap[i - 1] === 1 || inSet(ctx, ctx.toks[i - 1].f, patternWordSet('outlet_words')));
}

function noAcronym(pays: Payload[]): boolean {
  for (const p of pays) if (p.kind === 'acronym') return false;
  return true;
}

/** The payloads a name behind a clitic may have (clitOk): the list itself when all may, a filtered copy only when some may not. */
function afterClitic(pays: Payload[], restLen: number, i: number, j: number): Payload[] {
  for (const p of pays) if (!clitOk(restLen, p, i, j)) return pays.filter((q) => clitOk(restLen, q, i, j));
  return pays;
}

function clitOk(restLen: number, p: Payload, i: number, j: number): boolean {
  if (p.kind === 'acronym') return false;
  // a short one-word name behind a clitic is too often an ordinary word
  if (i === j && restLen < 4 && p.kind !== 'alias') return false;
  return true;
}

/** The payloads but acronyms not written in capitals from token i to j. */
function writtenAcronyms(ctx: Ctx, pays: Payload[], i: number, j: number): Payload[] {
  const out: Payload[] = [];
  for (const p of pays) if (p.kind !== 'acronym' || upperAt(ctx, i, j)) out.push(p);
  return out;
}

function upperAt(ctx: Ctx, i: number, j: number): boolean {
  const s = ctx.t.text.slice(ctx.toks[i].start, ctx.toks[j].end);
  return s === s.toUpperCase();
}
