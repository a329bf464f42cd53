// The order of the compiled data cache's word tables: sorted at build time (byCodeUnits), so
// that the cache's bytes do not depend on the order the data was compiled in.

/** Orders strings by UTF-16 code units, as `<` compares them (not by locale). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
