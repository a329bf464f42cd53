// Event checks of the reference scorer (shared/gold/score.mjs), split into the separate tests a gold key
// event goes through, so that a miss can be told apart by what is wrong (type, source, recipient, place,
// date) and the tool's records can be checked against fully annotated documents (precision).

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

/** A gold event: `type` may join fair alternatives with `|`, actors/source/target are English names. */
export interface GoldEvent {
  type: string;
  date?: string;
  place?: string;
  actors?: string[];
  source?: string[];
  target?: string[];
  note?: string;
}

// Symmetric types: every named side may stand in any party field. Directed types: source in source (or
// chair), target in recipient or invited, and for moves of forces, aid and attacks also the location.
const SYMMETRIC = new Set(['CONSULT', 'COOPERATE', 'AGREE']);
const TO_PLACE = new Set(['MOBILIZE', 'RETREAT', 'AID', 'ASSAULT']);
const flat = (s: unknown): string => JSON.stringify(s ?? null).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const has = (text: string, group: string): boolean => group.split('|').some((x) => text.includes(x.toLowerCase()));

/** Which of the scorer's tests a record passes for a gold event. */
export interface EventChecks { type: boolean; date: boolean; place: boolean; actors: boolean; source: boolean; target: boolean }

export function checkEvent(se: Any, ge: GoldEvent): EventChecks {
  const types = [se.type, se.plover, se.category, se.kind].filter(Boolean).map((t: unknown) => String(t).toUpperCase());
  const d = se.date && typeof se.date === 'object' ? se.date.value : se.date;
  const all = flat(se);
  const t = String(se.type ?? '').toUpperCase();
  const src = ge.source ?? [], tgt = ge.target ?? [];
  let source: boolean, target: boolean;
  if (SYMMETRIC.has(t)) {
    const sides = flat([se.source, se.recipient, se.participants, se.chair, se.invited]);
    source = src.every((g) => has(sides, g));
    target = tgt.every((g) => has(sides, g));
  } else {
    const s = flat([se.source, se.chair]);
    const r = flat([se.recipient, se.invited, TO_PLACE.has(t) ? se.location : null]);
    source = src.every((g) => has(s, g));
    target = tgt.every((g) => has(r, g));
  }
  return {
    type: types.some((x: string) => String(ge.type).split('|').includes(x)),
    date: !ge.date || (!!d && String(d).startsWith(ge.date)),
    place: !ge.place || all.includes(ge.place.toLowerCase()),
    actors: (ge.actors ?? []).every((a) => a.split('|').some((x) => all.includes(x.toLowerCase()))),
    source,
    target,
  };
}

/** The scorer's event match: type, date, place and actors. */
export const eventMatches = (se: Any, ge: GoldEvent): boolean => {
  const c = checkEvent(se, ge);
  return c.type && c.date && c.place && c.actors;
};
/** The scorer's role match: each gold side in the record's field for it. */
export const rolesMatch = (se: Any, ge: GoldEvent): boolean => {
  const c = checkEvent(se, ge);
  return c.source && c.target;
};

export const ERROR_KINDS = ['type', 'source', 'recipient', 'place', 'date', 'missed'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * What is wrong with the tool's best attempt at a gold key event: [] when a record matches it with its
 * roles, ['missed'] when no record names its actors with its type or its sides, else the tests the nearest
 * such record fails (the one that passes most tests, a right type first).
 */
export function diagnose(events: Any[], ge: GoldEvent): { errors: ErrorKind[]; nearest: Any | null } {
  const roled = !!(ge.source || ge.target);
  let best: { errors: ErrorKind[]; typeOk: boolean; rec: Any } | null = null;
  for (const se of events) {
    const c = checkEvent(se, ge);
    // a record of the same happening names its actors and has its type or its sides
    if (!c.actors || !(c.type || (roled && c.source && c.target))) continue;
    const errors: ErrorKind[] = [];
    if (!c.type) errors.push('type');
    if (roled && !c.source) errors.push('source');
    if (roled && !c.target) errors.push('recipient');
    if (!c.place) errors.push('place');
    if (!c.date) errors.push('date');
    if (!best || errors.length < best.errors.length || (errors.length === best.errors.length && c.type && !best.typeOk)) {
      best = { errors, typeOk: c.type, rec: se };
    }
  }
  return best ? { errors: best.errors, nearest: best.rec } : { errors: ['missed'], nearest: null };
}

/** One line naming a record's type and sides, for the per-document listing. */
export function describeRecord(se: Any): string {
  const names = (list: Any[] | undefined): string => (list ?? []).map((a) => a.name ?? a.entity ?? '?').join(',') || '?';
  const sides = [...(se.source ?? []), ...(se.chair ?? [])];
  const others = [...(se.recipient ?? []), ...(se.invited ?? []), ...(se.participants ?? [])];
  const where = se.location?.name ? ` in ${se.location.name}` : '';
  const when = se.date?.value ? ` ${se.date.value}` : '';
  return `${se.type}${when}${where} ${names(sides)} → ${names(others)}`;
}
