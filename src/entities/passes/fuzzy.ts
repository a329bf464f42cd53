// Misspelt names: one long word, or one word of a multi-word name off.
import { hasArticle, NAME_CLITIC_CODES } from '../../text/clitics.js';
import type { Compiled, Payload } from '../compile.js';
import { addHit, removeHit, type Ctx } from '../context.js';
import { FUZZY_MIN_LETTERS, withinOneEdit } from '../fuzzy.js';
import type { Variant } from '../variants.js';
import type { FuzzyWordHit } from '../words.js';

/** A one-word short form or surname hit that a longer fuzzy name may take over. */
function replaceable(ctx: Ctx, k: number): boolean {
  const h = ctx.hits[k];
  return h.ti === h.tj && (h.kind === 'short' || h.kind === 'surname');
}

/** Spellings no list foresees: one long word, or one word of a multi-word name off. */
export function fuzzyPass(ctx: Ctx): void {
  const { c, toks, covered } = ctx;
  const n = toks.length;
  // multi-word names with one word off: anchored on a word that matches exactly
  for (let i = 0; i < n; i++) {
    const refs = toks[i].w.multi;
    if (refs === null || (covered[i] >= 0 && !replaceable(ctx, covered[i]))) continue;
    let done = false;
    for (const r of refs) {
      if (done) break;
      const st = i - r.pos;
      const en = st + r.tokens.length - 1;
      if (st < 0 || en >= n) continue;
      let ok = true, off = -1, score = 1;
      for (let x = st; x <= en && ok; x++) {
        if ((covered[x] >= 0 && !replaceable(ctx, covered[x])) || (x < en && !ctx.join[x])) { ok = false; break; }
        const want = r.tokens[x - st];
        if (toks[x].f === want) continue;
        if (off >= 0) { ok = false; break; }
        const sim = ctx.words.likenessTo(toks[x].f, toks[x].w.stop, want);
        if (sim < 0.85) { ok = false; break; }
        off = x; score = sim;
      }
      if (!ok || off < 0) continue;
      for (let x = st; x <= en; x++) if (covered[x] >= 0) removeHit(ctx, covered[x]);
      addHit(ctx, {
        ti: st, tj: en, s: toks[st].start, e: toks[en].end, entry: r.entry, kind: 'fuzzy', method: 'fuzzy',
        confidence: +(0.5 + 0.3 * score).toFixed(2),
      });
      done = true;
      i = en;
    }
  }
  // single words
  for (let i = 0; i < n; i++) {
    const w = toks[i].w;
    if (!w.fuzzy || covered[i] >= 0) continue;
    let r = ctx.words.fuzzyHits.get(toks[i].f);
    if (r === undefined) ctx.words.fuzzyHits.set(toks[i].f, (r = fuzzyLone(c, toks[i].f)));
    if (r === null || adjectiveForSurname(ctx, toks[i].f, r.pay)) continue;
    addHit(ctx, {
      ti: i, tj: i, s: toks[i].start + r.cut, e: toks[i].end, entry: r.pay.entry,
      kind: r.pay.kind === 'short' ? 'short' : 'fuzzy', method: 'fuzzy',
      confidence: +(0.4 + 0.4 * r.score).toFixed(2), cands: [r.pay.entry],
    });
  }
}

/**
 * A word with the article one letter from a surname that has it too ("السياسي", "political", and
 * السيسي) is an adjective or a noun: Arabic surnames with ال are matched as written.
 */
function adjectiveForSurname(ctx: Ctx, f: string, pay: Payload): boolean {
  return pay.kind === 'short' && ctx.c.entries.get(pay.entry).type === 'PERSON' && hasArticle(f);
}

function fuzzyWord(c: Compiled, f: string): { pay: Payload; score: number } | null {
  let res: { pay: Payload; score: number } | null = null;
  const b = c.fuzzy.best(f, f.length >= 8 ? 0.9 : 0.92, 1);
  if (b && b.values.length && new Set(b.values.map((v) => v.entry)).size === 1) {
    const ok = b.score >= 0.93 || (f.length >= 6 && withinOneEdit(f, b.key));
    if (ok) res = { pay: b.values[0], score: b.score };
  }
  return res;
}

/** The lone-word fuzzy match of a candidate word, as is or without a one-letter clitic. */
function fuzzyLone(c: Compiled, f: string): FuzzyWordHit | null {
  const tries: Variant[] = [{ key: f, cut: 0 }];
  if (NAME_CLITIC_CODES.has(f.charCodeAt(0)) && f.length > FUZZY_MIN_LETTERS) tries.push({ key: f.slice(1), cut: 1 });
  for (const v of tries) {
    if (c.vocab.has(v.key) || c.stop.has(v.key)) continue;
    const r = fuzzyWord(c, v.key);
    if (r) return { cut: v.cut, pay: r.pay, score: r.score };
  }
  return null;
}
