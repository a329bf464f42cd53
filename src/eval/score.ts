// Scores extraction output against a gold file of the seeds.gold.json format
// ({docs: {ID: {published, entities: [{type, en[], ar[], optional?}], dates: [{text, value, optional?}], events: [...]}}}).
// Same semantics and figures as the reference scorer (shared/gold/score.mjs): entities are matched per
// document, first by English name, then by overlapping Arabic surfaces; optional gold entities are neither
// required nor counted as false positives; key events, roles and main as there. Beyond it: event
// precision on the documents marked `complete: true`, and a table of what is wrong with each gold key
// event the tool does not get right with its roles.
import { ERROR_KINDS, describeRecord, diagnose, eventMatches, rolesMatch, type ErrorKind, type GoldEvent } from './events.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

export interface PRF { precision: number; recall: number; f1: number }

/** The figures of the reference scorer, as its --json prints them. */
export interface ScoreSummary {
  entity: PRF & { tp: number; fp: number; fn: number };
  perType: Record<string, PRF>;
  linking: number;
  dates: number;
  published: number;
  events: number | null;
  roles: number | null;
  main: number | null;
}

/** Event precision over the documents annotated with every event (`complete: true`). */
export interface EventPrecision { precision: number | null; tp: number; fp: number; docs: number }

/** Per gold type (its first alternative) and in total: key events right, and what is wrong with the rest. */
export type ErrorTable = Record<string, Record<ErrorKind | 'ok' | 'total', number>>;

/** The report's line for a gold document the output has no record of. */
export const MISSING_DOCUMENT = 'missing document in output';

export interface ScoreResult extends ScoreSummary {
  eventPrecision: EventPrecision;
  errors: ErrorTable;
  /** What score.mjs --verbose prints: per-document problems, then the summary lines. */
  lines: string[];
  /** Per document: the reference scorer's problems (lines), then ours (notes: false positives, why a key event is wrong). */
  report: { id: string; lines: string[]; notes: string[] }[];
}

const TYPE: Record<string, string> = {
  PERSON: 'PERSON', PER: 'PERSON', PEOPLE: 'PERSON', PLACE: 'PLACE', LOC: 'PLACE', LOCATION: 'PLACE', GPE: 'PLACE',
  ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG',
};
const typeOf = (t: unknown): string => TYPE[String(t ?? '').toUpperCase()] ?? String(t ?? '').toUpperCase();

/** Arabic folding for comparison only: diacritics, tatweel, letter variants, clitics, article. */
export function foldAr(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c-\u200f\u061c]/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^(?:[وف]?(?:[بلك]?ال|لل)|[وف]?[بلك](?=..))/, '').replace(/^[وف](?=...)/, ''))
    .filter(Boolean)
    .join(' ');
}
export const foldEn = (s: unknown): string =>
  String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const wordsIn = (small: string, big: string): boolean => small.length >= 3 && (' ' + big + ' ').includes(' ' + small + ' ');
const STOP = new Set(['في', 'من', 'منذ', 'الى', 'حتي']);
/** Two folded date texts share at least half the words of the shorter (prepositions aside). */
export function sharesHalf(a: string, b: string): boolean {
  const A = new Set(a.split(' ').filter((w) => w && !STOP.has(w)));
  const B = new Set(b.split(' ').filter((w) => w && !STOP.has(w)));
  const common = [...A].filter((w) => B.has(w)).length;
  return common > 0 && common >= Math.ceil(Math.min(A.size, B.size) / 2);
}
const overlaps = (a: string, b: string): boolean => !!a && !!b && (a === b || wordsIn(a, b) || wordsIn(b, a));

function mentionTexts(e: Any): string[] {
  const ms: Any[] = e.mentions ?? e.surfaces ?? [];
  const out: string[] = ms.map((m) => (typeof m === 'string' ? m : m.text ?? m.surface ?? '')).filter(Boolean);
  for (const k of ['text', 'surface', 'name_ar', 'nameAr', 'arabic']) if (e[k]) out.push(e[k]);
  return out.map(foldAr).filter(Boolean);
}
function englishNames(e: Any): string[] {
  const out = [e.name, e.name_en, e.nameEn, e.canonical, e.label, ...(e.aliases_en ?? [])].filter((x) => typeof x === 'string');
  return out.map(foldEn).filter(Boolean);
}
function matches(sys: Any, g: Any, pass: number): boolean {
  if (typeOf(sys.type) !== g.type) return false;
  if (pass === 1) return englishNames(sys).some((n) => g.en.map(foldEn).includes(n));
  const ar: string[] = g.ar.map(foldAr);
  return mentionTexts(sys).some((m) => ar.some((a) => overlaps(m, a)));
}

/** Documents by id (file name without extension), read as loosely as the reference scorer does. */
function indexDocs(records: unknown[]): Map<string, Any> {
  const byId = new Map<string, Any>();
  for (const r0 of records) {
    const r = r0 as Any;
    const doc = r.document ?? r.doc ?? r;
    const id = String(doc.id ?? r.id ?? '').replace(/\.[a-z]+$/i, '').split('/').pop() ?? '';
    byId.set(id, { ...r, ...doc, entities: r.entities ?? doc.entities ?? [], dates: r.dates ?? doc.dates ?? [], events: r.events ?? doc.events ?? [] });
  }
  return byId;
}

/** Parses scorer input: a JSON array, {documents|docs: [...]}, one record, or NDJSON. */
export function parseOutput(text: string): unknown[] {
  const t = text.trim();
  try {
    const v = JSON.parse(t) as Any;
    return Array.isArray(v) ? v : v.documents ?? v.docs ?? [v];
  } catch {
    return t.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
  }
}

const r3 = (x: number): number => +x.toFixed(3);
const names = (list: Any[] | undefined): string => (list ?? []).map((a) => a.name ?? a.entity ?? '?').join(',') || '?';

export function scoreOutput(gold: object, docs: unknown[]): ScoreResult {
  const g0 = gold as Any;
  const byId = indexDocs(docs);
  const totals = { tp: 0, fp: 0, fn: 0, linked: 0, matched: 0, dates: 0, datesOk: 0, pub: 0, pubOk: 0, events: 0, eventsOk: 0,
    roled: 0, roledOk: 0, mainDocs: 0, mainOk: 0 };
  const perType: Record<string, { tp: number; fp: number; fn: number }> = {};
  const report: ScoreResult['report'] = [];
  const precision = { tp: 0, fp: 0, docs: 0 };
  const errors: ErrorTable = {};
  const count = (type: string, kind: ErrorKind | 'ok' | 'total'): void => {
    for (const row of [type, 'total']) {
      const r = (errors[row] ??= Object.fromEntries([...ERROR_KINDS, 'ok', 'total'].map((k) => [k, 0])) as ErrorTable[string]);
      r[kind]++;
    }
  };
  for (const [id, g] of Object.entries<Any>(g0.docs ?? {})) {
    const sys = byId.get(id);
    const lines: string[] = [];
    const notes: string[] = [];
    if (!sys) lines.push(MISSING_DOCUMENT);
    const ents: Any[] = sys?.entities ?? [];
    const golds: Any[] = (g.entities ?? []).map((e: Any) => ({ ...e, type: typeOf(e.type) }));
    const used = new Set<number>();
    const hit = new Map<Any, number>();
    for (const pass of [1, 2]) for (const ge of golds) {
      if (hit.has(ge)) continue;
      const i = ents.findIndex((se, k) => !used.has(k) && matches(se, ge, pass));
      if (i >= 0) { used.add(i); hit.set(ge, i); }
    }
    for (const ge of golds) {
      const i = hit.has(ge) ? hit.get(ge)! : -1;
      const pt = (perType[ge.type] ??= { tp: 0, fp: 0, fn: 0 });
      if (i >= 0) {
        if (!ge.optional) {
          totals.tp++; pt.tp++; totals.matched++;
          if (englishNames(ents[i]).some((n) => ge.en.map(foldEn).includes(n))) totals.linked++;
          else lines.push(`unlinked ${ge.type} ${ge.en[0]} (got name ${JSON.stringify(ents[i].name)})`);
        }
      } else if (!ge.optional) {
        totals.fn++; pt.fn++;
        lines.push(`missed ${ge.type} ${ge.en[0]}`);
      }
    }
    ents.forEach((se, k) => {
      if (used.has(k)) return;
      const t = typeOf(se.type);
      if (!['PERSON', 'PLACE', 'ORG'].includes(t)) return;
      totals.fp++; (perType[t] ??= { tp: 0, fp: 0, fn: 0 }).fp++;
      lines.push(`spurious ${t} ${se.name ?? ''} ${JSON.stringify(mentionTexts(se).slice(0, 2))}`);
    });
    const sdates: Any[] = sys?.dates ?? [];
    for (const gd of g.dates ?? []) {
      if (gd.optional) continue;
      totals.dates++;
      const gt = foldAr(gd.text);
      const cands = sdates.filter((d) => sharesHalf(foldAr(d.text ?? d.surface ?? ''), gt));
      const val = (d: Any): unknown => d.value ?? d.iso ?? d.normalized ?? null;
      const ok = gd.value === null
        ? cands.length > 0 && cands.every((d) => val(d) === null || d.resolved === false)
        : cands.some((d) => String(val(d)) === gd.value);
      if (ok) totals.datesOk++;
      else lines.push(`date ${JSON.stringify(gd.text)} want ${gd.value} got ${JSON.stringify(cands.map(val))}`);
    }
    if (g.published !== '*') totals.pub++;
    const pub = sys?.published ?? sys?.date ?? sys?.meta?.published ?? null;
    const pubVal = pub && typeof pub === 'object' ? pub.value ?? null : pub;
    if (g.published === '*') { /* not scored */ }
    else if ((sys && (pubVal ?? null) === g.published) || (pubVal && g.published && String(pubVal).startsWith(g.published))) totals.pubOk++;
    else lines.push(`published want ${g.published} got ${JSON.stringify(pubVal)}`);
    const sevents: Any[] = sys?.events ?? [];
    const keys: GoldEvent[] = g.events ?? [];
    for (const ge of keys) {
      totals.events++;
      const ok = sevents.some((se) => eventMatches(se, ge));
      if (ok) totals.eventsOk++;
      else lines.push(`missed event ${ge.type} ${ge.date ?? ''} ${ge.place ?? ''} ${(ge.actors ?? []).join('+')}`);
      if (ge.source || ge.target) {
        totals.roled++;
        if (sevents.some((se) => eventMatches(se, ge) && rolesMatch(se, ge))) totals.roledOk++;
        else if (ok) lines.push(`wrong roles ${ge.type} src ${(ge.source ?? []).join('+')} → tgt ${(ge.target ?? []).join('+')}`);
      }
      const why = diagnose(sevents, ge);
      const type = String(ge.type).split('|')[0];
      count(type, 'total');
      if (!why.errors.length) count(type, 'ok');
      for (const kind of why.errors) count(type, kind);
      if (why.errors.length) {
        notes.push(`key event ${ge.type} ${(ge.source ?? []).join('+') || '?'} → ${(ge.target ?? []).join('+') || '?'}: ${why.errors.join(', ')}${why.nearest ? ` (nearest: ${describeRecord(why.nearest)})` : ''}`);
      }
    }
    if (keys.length) {
      totals.mainDocs++;
      const main = sevents.find((se) => se.main === true);
      if (main && keys.some((ge) => eventMatches(main, ge) && ((!ge.source && !ge.target) || rolesMatch(main, ge)))) totals.mainOk++;
      else lines.push(`main event ${main ? `${main.type} ${names(main.source)} → ${names(main.recipient)}` : 'none'} is no key event`);
    }
    if (g.complete === true) {
      precision.docs++;
      const all: GoldEvent[] = [...keys, ...(g.other_events ?? [])];
      // the gold leaves negated events out (GUIDELINES.md); a record the tool marks negated asserts none
      for (const se of sevents) {
        if (se.status === 'negated') continue;
        if (all.some((ge) => eventMatches(se, ge))) precision.tp++;
        else { precision.fp++; notes.push(`spurious event ${describeRecord(se)}`); }
      }
    }
    report.push({ id, lines, notes });
  }
  const P = totals.tp / Math.max(1, totals.tp + totals.fp);
  const R = totals.tp / Math.max(1, totals.tp + totals.fn);
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const result: ScoreResult = {
    entity: { precision: r3(P), recall: r3(R), f1: r3(F), tp: totals.tp, fp: totals.fp, fn: totals.fn },
    perType: Object.fromEntries(Object.entries(perType).map(([t, c]) => {
      const p = c.tp / Math.max(1, c.tp + c.fp), r = c.tp / Math.max(1, c.tp + c.fn);
      return [t, { precision: r3(p), recall: r3(r), f1: r3(p + r ? (2 * p * r) / (p + r) : 0) }];
    })),
    linking: r3(totals.linked / Math.max(1, totals.matched)),
    dates: r3(totals.datesOk / Math.max(1, totals.dates)),
    published: r3(totals.pubOk / Math.max(1, totals.pub)),
    events: totals.events ? r3(totals.eventsOk / totals.events) : null,
    roles: totals.roled ? r3(totals.roledOk / totals.roled) : null,
    main: totals.mainDocs ? r3(totals.mainOk / totals.mainDocs) : null,
    eventPrecision: { ...precision, precision: precision.docs ? r3(precision.tp / Math.max(1, precision.tp + precision.fp)) : null },
    errors,
    lines: [],
    report,
  };
  for (const { id, lines } of report) if (lines.length) result.lines.push(`${id}\n  ${lines.join('\n  ')}`);
  for (const [t, s] of Object.entries(result.perType)) result.lines.push(`${t.padEnd(7)} P ${s.precision} R ${s.recall} F1 ${s.f1}`);
  result.lines.push(`entities F1 ${result.entity.f1} (P ${result.entity.precision} R ${result.entity.recall}) · linked ${result.linking} · dates ${result.dates} · published ${result.published} · events ${result.events ?? 'n/a'} · roles ${result.roles ?? 'n/a'} · main ${result.main ?? 'n/a'}`);
  return result;
}
