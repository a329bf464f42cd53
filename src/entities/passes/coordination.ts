// "القوات الروسية والطاجيكية": a nisba joined by و to a national body names the same body of the other country.
import { WA } from '../../text/clitics.js';
import { CONF, hit, type Ctx } from '../context.js';

/**
 * After a national body named with a nisba ("القوات الروسية", "قوات الحدود الطاجيكية"), each
 * nisba joined by و ("والطاجيكية", "والقيرغيزية") names the same body of its country when the
 * gazetteers know it: its word gets a mention of that body, beside the country's. Pushed without
 * claiming the word, which stays the country's.
 */
export function coordinatedNisbas(ctx: Ctx): void {
  const { c, toks, hits, join } = ctx;
  const found = hits.length;
  for (let k = 0; k < found; k++) {
    const h = hits[k];
    if (h.dropped || h.entry < 0 || h.ti === h.tj || c.entries.get(h.entry).type !== 'ORG' || !nisbaOf(ctx, toks[h.tj].f)) continue;
    const head = toks.slice(h.ti, h.tj).map((t) => t.f);
    for (let x = h.tj + 1; x < toks.length && join[x - 1] && toks[x].sentence === toks[h.tj].sentence; x++) {
      const f = toks[x].f;
      if (!f.startsWith(WA) || !nisbaOf(ctx, f.slice(WA.length))) break;
      const entry = orgEntry(ctx, [...head, f.slice(WA.length)]);
      if (entry >= 0 && entry !== h.entry) {
        hits.push(hit({ ti: x, tj: x, s: toks[x].start + WA.length, e: toks[x].end, entry, kind: 'nisba', method: 'coordination', confidence: CONF.nisba }));
      }
    }
  }
}

function nisbaOf(ctx: Ctx, f: string): boolean {
  return ctx.c.root.get(f)?.pays?.some((p) => p.kind === 'nisba') ?? false;
}

/** The organisation whose alias is exactly these folded words, or -1. */
function orgEntry(ctx: Ctx, words: string[]): number {
  let node = ctx.c.root.get(words[0]);
  for (let i = 1; node && i < words.length; i++) node = node.next?.get(words[i]);
  const p = node?.pays?.find((q) => q.kind === 'alias' && ctx.c.entries.get(q.entry).type === 'ORG');
  return p ? p.entry : -1;
}
