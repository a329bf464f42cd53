// "العاصمة الطاجيكية", "عاصمة كازاخستان": the capital of a country named by its nisba or name.
import { addHit, hit, removeHit, variantIn, type Ctx } from '../context.js';

/**
 * "العاصمة الطاجيكية" → Dushanbe; "العاصمة الكازاخستانية أستانا" → one mention of Astana.
 * "عاصمة جمهورية كازاخستان" names the country too: it stays a mention of Kazakhstan, and
 * the whole phrase is also a mention of the capital unless the capital's name follows.
 */
export function capitals(ctx: Ctx): void {
  const { c, toks, hits } = ctx;
  const count = hits.length;
  for (let k = 0; k < count; k++) {
    const h = hits[k];
    if (h.dropped || h.entry < 0) continue;
    const e = c.entries.get(h.entry);
    if (e.type !== 'PLACE' || !c.capitalOf.has(h.entry)) continue;
    if (h.kind !== 'nisba' && h.kind !== 'alias') continue;
    let w = h.ti - 1;
    if (w >= 0 && ctx.join[w] && h.kind === 'alias' && c.republicWords.has(toks[w].f)) w--;
    const capitalWord = w >= 0 && ctx.join[w] && ctx.covered[w] < 0 ? variantIn(ctx, toks[w].f, c.capitalWords) : undefined;
    if (capitalWord === undefined) continue;
    const cap = c.capitalOf.get(h.entry)!;
    // where the capital word carries a clitic ("بالعاصمة"), start at the word itself
    const s = toks[w].start + capitalWord.cut;
    // the capital's own name right after
    const nk = h.tj + 1 < toks.length ? ctx.covered[h.tj + 1] : -1;
    const follows = nk >= 0 && hits[nk].entry === cap && toks[h.tj + 1].sentence === toks[h.tj].sentence
      ? ctx.t.text.slice(toks[h.tj].end, toks[h.tj + 1].start) : null;
    if (h.kind === 'alias') {
      if (follows !== null && /^[ \-:"']*$/.test(follows)) continue;
      // an extra mention over the phrase; the country keeps its tokens
      ctx.hits.push(hit({ ti: w, tj: h.tj, s, e: h.e, entry: cap, kind: 'capital', method: 'pattern', confidence: 0.75 }));
      continue;
    }
    if (follows !== null && /^[ -]*$/.test(follows)) {
      const tj = hits[nk].tj;
      removeHit(ctx, nk);
      removeHit(ctx, k);
      addHit(ctx, { ti: w, tj, s, e: toks[tj].end, entry: cap, kind: 'capital', method: 'exact', confidence: 0.95 });
    } else if (follows !== null && /^[ \-:"']*$/.test(follows)) {
      removeHit(ctx, k); // the quoted name stands as the mention
    } else {
      removeHit(ctx, k);
      addHit(ctx, { ti: w, tj: h.tj, s, e: h.e, entry: cap, kind: 'capital', method: 'nisba', confidence: 0.8 });
    }
  }
}
