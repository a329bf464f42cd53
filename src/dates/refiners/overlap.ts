// No overlapping mentions: the longest wins (ties: absolute dates before relative ones
// before fixed values and times), then everything in text order. Linear in the text
// length: taken characters are marked in a bitmap.
import type { Cand } from '../candidate.js';

const RANK: Record<Cand['kind'], number> = { abs: 0, rel: 1, fixed: 2, time: 3 };

export function removeOverlaps(cands: Cand[]): Cand[] {
  if (cands.length < 2) return cands.filter((c) => c.end > c.start);
  const byLength = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || RANK[a.kind] - RANK[b.kind] || a.start - b.start);
  let max = 0;
  for (const c of cands) if (c.end > max) max = c.end;
  const taken = new Uint8Array(max + 1);
  const kept: Cand[] = [];
  for (const c of byLength) {
    if (c.end <= c.start) continue;
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
