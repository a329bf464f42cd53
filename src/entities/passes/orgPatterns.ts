// "حركة X", "منظمة X": organisations without a gazetteer entry.
import { addHit, type Ctx } from '../context.js';
import { isNameToken } from '../names.js';
import { NISBA, NOUN } from '../../text/morphology.js';

/** "حركة X", "منظمة X", "شركة X", "وكالة X", "جماعة X": organisations without an entry. */
export function orgPatterns(ctx: Ctx): void {
  const { c, t, toks, covered } = ctx;
  const n = toks.length;
  for (let i = 0; i + 1 < n; i++) {
    if (covered[i] >= 0 || toks[i + 1].sentence !== toks[i].sentence) continue;
    const cut = toks[i].w.orgCut;
    if (cut < 0) continue;
    const gap = t.text.slice(toks[i].end, toks[i + 1].start);
    const quoted = /^ ?"$/.test(gap);
    if (!quoted && gap !== ' ') continue;
    const names: number[] = [];
    for (let x = i + 1; x < n && names.length < (quoted ? 5 : 3); x++) {
      if (covered[x] >= 0) break;
      if (x > i + 1) {
        const g = t.text.slice(toks[x - 1].end, toks[x].start);
        if (g !== ' ' && g !== '-') break;
      }
      const f = toks[x].f;
      if (!quoted) {
        if (!isNameToken(ctx, x, x === i + 1)) break;
        // a feminine adjective agreeing with the trigger noun: "منظمة دولية", "جبهة واسعة"
        if (x === i + 1 && (f.endsWith(NOUN.feminine) || f.endsWith(NISBA.feminine_plural) || f.endsWith(NOUN.oblique_plural))) break;
      } else if (/[0-9]/.test(f) || (x === i + 1 && c.stop.has(f))) break;
      names.push(x);
    }
    if (!names.length) continue;
    const b = names[names.length - 1];
    if (quoted && t.text[toks[b].end] !== '"') continue;
    if (!quoted && names.length === 1 && toks[b].f.length < 3) continue;
    const s = toks[i].start + cut;
    const surface = t.span(s, toks[b].end).text;
    const key = [toks[i].f.slice(cut), ...names.map((x) => toks[x].f)].join(' ');
    addHit(ctx, { ti: i, tj: b, s, e: toks[b].end, entry: -1, kind: 'pattern', method: 'pattern', confidence: 0.6, unknown: { type: 'ORG', key, surface } });
    i = b;
  }
}
