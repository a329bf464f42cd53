// Shared computations for the terminal summary and the HTML report. Pure
// functions over DocumentRecord[]; nothing here prints or touches the disk.

import type { DocumentRecord, EntityRecord, EntityType, EventActor, EventRecord } from '../types.js';

/** A calendar span of whole days, both ends inclusive, as YYYY-MM-DD. */
export interface DaySpan {
  start: string;
  end: string;
  granularity: 'day' | 'week' | 'month' | 'year';
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDay(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function utc(y: number, m: number, d: number): Date {
  const dt = new Date(Date.UTC(2000, m - 1, d));
  dt.setUTCFullYear(y);
  return dt;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = utc(y, m, d);
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Monday of ISO week `w` of ISO year `y`. */
export function isoWeekStart(y: number, w: number): Date {
  const jan4 = utc(y, 1, 4);
  const dow = (jan4.getUTCDay() + 6) % 7; // 0 = Monday
  const mondayW1 = new Date(jan4.getTime() - dow * 86400000);
  return new Date(mondayW1.getTime() + (w - 1) * 7 * 86400000);
}

/**
 * Reads an ISO 8601 date value as a span of days. Durations (P5Y), decades and
 * anything else not placeable on a calendar give null.
 */
export function parseDateValue(value: string | null | undefined): DaySpan | null {
  if (!value || typeof value !== 'string') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    const s = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: s, end: s, granularity: 'day' };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const w = Number(m[2]);
    if (w < 1 || w > 53) return null;
    const s = isoWeekStart(Number(m[1]), w);
    return { start: isoDay(s), end: isoDay(new Date(s.getTime() + 6 * 86400000)), granularity: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    const last = new Date(utc(y, mo + 1, 1).getTime() - 86400000);
    return { start: `${m[1]}-${m[2]}-01`, end: isoDay(last), granularity: 'month' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, granularity: 'year' };
  return null;
}

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(utc(y, m, d).getTime() / 86400000);
}

/** The month key (YYYY-MM) of an event, or null when it has no date finer than a year. */
export function eventMonth(ev: EventRecord): string | null {
  const span = parseDateValue(ev.date?.value ?? null);
  if (!span || span.granularity === 'year') return null;
  if (span.granularity === 'week') return span.start.slice(0, 7);
  return span.start.slice(0, 7);
}

export interface DateRange {
  /** The earliest event date as the records give it (2021-08-23, 2021-08 or 2021): not stretched to a day. */
  start: string;
  /** The latest event date, likewise. */
  end: string;
  /** Events with a date placeable on a calendar. */
  fromEvents: number;
}

/**
 * The span of the events' dates, each end shown at its own precision: a year-only "2021" stays
 * "2021" (not 2021-01-01), and background dates in the text (a treaty of 1992) do not count.
 */
export function dateRange(docs: DocumentRecord[]): DateRange | null {
  let lo: { span: DaySpan; value: string } | null = null;
  let hi: { span: DaySpan; value: string } | null = null;
  let fromEvents = 0;
  for (const doc of docs) {
    for (const ev of arr(doc.events)) {
      const value = ev.date?.value ?? null;
      const span = parseDateValue(value);
      if (!span || !value) continue;
      fromEvents++;
      if (!lo || span.start < lo.span.start) lo = { span, value };
      if (!hi || span.end > hi.span.end) hi = { span, value };
    }
  }
  if (!lo || !hi) return null;
  return { start: lo.value.slice(0, 10), end: hi.value.slice(0, 10), fromEvents };
}

export function arr<T>(x: T[] | null | undefined): T[] {
  return Array.isArray(x) ? x : [];
}

export interface EntityStat {
  id: string;
  type: EntityType;
  name: string;
  name_ar: string;
  linked: boolean;
  kind?: string;
  country?: string;
  iso3?: string;
  mentions: number;
  documents: number;
  /** Distinct mention texts with their counts, most frequent first. */
  aliases: { text: string; count: number }[];
  fuzzy: number;
}

/** Entities merged across documents by id. Sorted by mentions, then documents, then name. */
export function entityStats(docs: DocumentRecord[]): EntityStat[] {
  const byId = new Map<string, EntityStat & { docSet: Set<string>; aliasMap: Map<string, number> }>();
  for (const doc of docs) {
    for (const ent of arr(doc.entities)) {
      let s = byId.get(ent.id);
      if (!s) {
        s = {
          id: ent.id,
          type: ent.type,
          name: ent.name || ent.name_ar || ent.id,
          name_ar: ent.name_ar || '',
          linked: ent.linked !== false,
          kind: ent.kind,
          country: ent.country,
          iso3: ent.iso3,
          mentions: 0,
          documents: 0,
          aliases: [],
          fuzzy: 0,
          docSet: new Set(),
          aliasMap: new Map(),
        };
        byId.set(ent.id, s);
      }
      s.docSet.add(doc.id);
      for (const m of arr(ent.mentions)) {
        s.mentions++;
        if (m.method === 'fuzzy') s.fuzzy++;
        s.aliasMap.set(m.text, (s.aliasMap.get(m.text) ?? 0) + 1);
      }
    }
  }
  const out: EntityStat[] = [];
  for (const s of byId.values()) {
    const aliases = [...s.aliasMap].map(([text, count]) => ({ text, count }));
    aliases.sort((a, b) => b.count - a.count || cmp(a.text, b.text));
    out.push({
      id: s.id,
      type: s.type,
      name: s.name,
      name_ar: s.name_ar,
      linked: s.linked,
      kind: s.kind,
      country: s.country,
      iso3: s.iso3,
      mentions: s.mentions,
      documents: s.docSet.size,
      aliases,
      fuzzy: s.fuzzy,
    });
  }
  out.sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || cmp(a.name, b.name));
  return out;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts of a key, sorted by count descending then key. */
export function countBy<T>(items: Iterable<T>, key: (x: T) => string | null): [string, number][] {
  const m = new Map<string, number>();
  for (const it of items) {
    const k = key(it);
    if (k === null) continue;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
}

export function allEvents(docs: DocumentRecord[]): EventRecord[] {
  const out: EventRecord[] = [];
  for (const d of docs) out.push(...arr(d.events));
  return out;
}

export const ACTOR_ROLES = ['source', 'recipient', 'participants', 'chair', 'invited'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Every actor of an event with the role list it appears in. */
export function eventActors(ev: EventRecord): { actor: EventActor; role: ActorRole }[] {
  const out: { actor: EventActor; role: ActorRole }[] = [];
  for (const role of ACTOR_ROLES) for (const a of arr(ev[role])) if (a && (a.entity || a.name)) out.push({ actor: a, role });
  return out;
}

export function actorKey(a: EventActor): string {
  return a.entity || `name:${a.name}`;
}

export interface CountryStat {
  key: string;
  name: string;
  name_ar: string;
  iso3: string;
  /** Mentions of the country and of places in it. */
  mentions: number;
  documents: number;
  /** Distinct places in it (not counting the country itself). */
  places: number;
  events: number;
}

function isCountryCode(s: string | undefined): boolean {
  return !!s && /^[A-Z]{2,3}$/.test(s);
}

/**
 * Places grouped by country: PLACE entities of kind 'country' are countries;
 * other places count towards their country (iso3 or country code) when they have one.
 */
export function countryStats(docs: DocumentRecord[]): CountryStat[] {
  interface Acc extends CountryStat { docSet: Set<string>; placeSet: Set<string> }
  const byKey = new Map<string, Acc>();
  const get = (key: string): Acc => {
    let a = byKey.get(key);
    if (!a) {
      a = { key, name: key, name_ar: '', iso3: isCountryCode(key) ? key : '', mentions: 0, documents: 0, places: 0, events: 0, docSet: new Set(), placeSet: new Set() };
      byKey.set(key, a);
    }
    return a;
  };
  // Cities carry the alpha-2 code of their country, countries alpha-3 as well: one key per country.
  const alpha3 = new Map<string, string>();
  for (const doc of docs) {
    for (const ent of arr(doc.entities)) if (ent.type === 'PLACE' && ent.kind === 'country' && ent.country && ent.iso3) alpha3.set(ent.country, ent.iso3);
  }
  const keyOf = (iso3?: string, country?: string, fallback?: string): string | null =>
    iso3 || (country && alpha3.get(country)) || country || fallback || null;
  for (const doc of docs) {
    for (const ent of arr(doc.entities)) {
      if (ent.type !== 'PLACE') continue;
      const isCountry = ent.kind === 'country';
      if (!isCountry && !ent.iso3 && !isCountryCode(ent.country) && !ent.country) continue;
      const key = isCountry ? keyOf(ent.iso3, undefined, ent.name) : keyOf(ent.iso3, ent.country);
      if (!key) continue;
      const a = get(key);
      if (isCountry) {
        a.name = ent.name || a.name;
        a.name_ar = ent.name_ar || a.name_ar;
        if (ent.iso3) a.iso3 = ent.iso3;
      } else {
        a.placeSet.add(ent.id);
        if (a.name === key && ent.country && !isCountryCode(ent.country)) a.name = ent.country;
      }
      a.mentions += arr(ent.mentions).length;
      a.docSet.add(doc.id);
    }
  }
  for (const ev of allEvents(docs)) {
    const loc = ev.location;
    if (!loc) continue;
    const key = keyOf(loc.iso3, loc.country);
    if (key && byKey.has(key)) byKey.get(key)!.events++;
  }
  const out: CountryStat[] = [];
  for (const a of byKey.values()) {
    out.push({ key: a.key, name: a.name, name_ar: a.name_ar, iso3: a.iso3, mentions: a.mentions, documents: a.docSet.size, places: a.placeSet.size, events: a.events });
  }
  out.sort((x, y) => y.mentions - x.mentions || y.documents - x.documents || cmp(x.name, y.name));
  return out;
}

export type { EntityRecord };
