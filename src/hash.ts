/** FNV-1a over UTF-16 code units: a stable, fast 32-bit hash for sharding. */
export function fnv1a(s: string): number {
  return fnv1aRange(s, 0, s.length) >>> 0;
}

/** FNV-1a of s[a, b) without cutting it out (as a signed 32-bit integer). */
export function fnv1aRange(s: string, a: number, b: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = a; i < b; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
