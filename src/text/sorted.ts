// Sorted string tables searched by binary search: the compiled data cache sorts its word tables at
// build time (byCodeUnits) so that a run finds a word without building a map of all of them first.

/** Orders strings by UTF-16 code units, as `<` compares them (not by locale). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The first index in [lo, hi) whose key is not below `key` (hi when none), the keys being sorted by byCodeUnits. */
export function lowerBound(keyAt: (i: number) => string, key: string, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < key) lo = mid + 1; else hi = mid;
  }
  return lo;
}
