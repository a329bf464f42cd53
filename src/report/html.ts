// `csto-extract report --html`: one self-contained HTML file. The Vega,
// Vega-Lite and vega-embed browser builds are inlined from node_modules, the
// data is embedded as JSON, and nothing is fetched from the network.

import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocumentRecord, EventRecord } from '../types.js';
import {
  actorKey,
  allEvents,
  arr,
  cmp,
  countryStats,
  dateRange,
  dayNumber,
  entityStats,
  eventActors,
  isoDay,
  isoWeekStart,
  parseDateValue,
} from './aggregate.js';
import { PLOVER_TYPES } from '../events/lexicon/types.js';

export interface HtmlReportOptions {
  title?: string;
}


// ---------------------------------------------------------------- escaping

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;',
  );
}

/** JSON safe to place inside <script type="application/json">. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z]/;

/** dir attribute for a piece of text: rtl for Arabic-only, auto when mixed, ltr otherwise. */
export function dirOf(s: string): 'rtl' | 'ltr' | 'auto' {
  const ar = ARABIC.test(s);
  const la = LATIN.test(s);
  return ar && !la ? 'rtl' : ar ? 'auto' : 'ltr';
}

// ---------------------------------------------------------------- libraries

const require = createRequire(import.meta.url);
const libCache = new Map<string, string>();

function packageRoot(pkg: string): string {
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    // Packages with an "exports" map hide package.json: walk up from the entry point.
    let dir = dirname(require.resolve(pkg));
    for (;;) {
      const pj = join(dir, 'package.json');
      if (existsSync(pj)) {
        try {
          if ((JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === pkg) return dir;
        } catch {
          /* keep walking */
        }
      }
      const up = dirname(dir);
      if (up === dir) throw new Error(`cannot find the ${pkg} package`);
      dir = up;
    }
  }
}

/** The browser build of a library, ready to sit inside a <script> element. */
export function libraryScript(pkg: 'vega' | 'vega-lite' | 'vega-embed'): string {
  let js = libCache.get(pkg);
  if (js === undefined) {
    const file = join(packageRoot(pkg), 'build', `${pkg}.min.js`);
    js = readFileSync(file, 'utf8')
      .replace(/<\/(script)/gi, '<\\/$1')
      .replace(/<!--/g, '<\\!--')
      .replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
    libCache.set(pkg, js);
  }
  return js;
}

// ---------------------------------------------------------------- model

type Highlight = [number, number, 'trigger' | 'actor' | 'place' | 'date', string];

interface ReportEvent {
  id: string;
  doc: string;
  src: string;
  lang: string;
  type: string;
  subtype: string;
  quad: string;
  status: string;
  main: boolean;
  conf: number;
  mode: string | null;
  date: string | null;
  dateBasis: string | null;
  start: string | null;
  end: string | null;
  period: string | null;
  trigger: string;
  /** `ar`: the Arabic name and the spellings in the article, so the actor filter finds بوتين too. */
  actors: { role: string; name: string; type: string; ar: string[] }[];
  place: string | null;
  placeCountry: string | null;
  sentence: string;
  hl: Highlight[];
}

interface TimelineRow {
  /** Period start as a string; `period` itself is parsed to a date by Vega-Lite. */
  key: string;
  period: string;
  end: string;
  label: string;
  type: string;
  count: number;
  y0: number;
  y1: number;
}

const KIND_PRIORITY: Record<Highlight[2], number> = { trigger: 0, actor: 1, place: 2, date: 3 };

function highlights(doc: DocumentRecord, ev: EventRecord): Highlight[] {
  const sent = ev.sentence;
  if (!sent || typeof sent.text !== 'string') return [];
  const s0 = Number(sent.start) || 0;
  const len = sent.text.length;
  const out: Highlight[] = [];
  const add = (start: number, end: number, kind: Highlight[2], label: string): boolean => {
    const a = start - s0;
    const b = end - s0;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b > len || b <= a) return false;
    out.push([a, b, kind, label]);
    return true;
  };
  const trig = ev.trigger;
  if (trig && !add(trig.start, trig.end, 'trigger', `trigger (${ev.type})`) && trig.text) {
    const i = sent.text.indexOf(trig.text);
    if (i >= 0) add(s0 + i, s0 + i + trig.text.length, 'trigger', `trigger (${ev.type})`);
  }
  const roles = new Map<string, string[]>();
  for (const { actor, role } of eventActors(ev)) {
    if (!actor.entity) continue;
    const r = roles.get(actor.entity) ?? [];
    if (!r.includes(role)) r.push(role);
    roles.set(actor.entity, r);
  }
  const locId = ev.location?.entity ?? null;
  for (const ent of arr(doc.entities)) {
    const r = roles.get(ent.id);
    const isLoc = locId !== null && ent.id === locId;
    if (!r && !isLoc) continue;
    for (const m of arr(ent.mentions)) {
      if (m.start < s0 || m.end > s0 + len) continue;
      if (r) add(m.start, m.end, 'actor', `${r.join('/')}: ${ent.name}`);
      else add(m.start, m.end, 'place', `location: ${ent.name}`);
    }
  }
  if (ev.date) {
    for (const dm of arr(doc.dates)) {
      if (dm.start < s0 || dm.end > s0 + len) continue;
      if ((ev.date.value && dm.value === ev.date.value) || (ev.date.text && dm.text === ev.date.text)) {
        add(dm.start, dm.end, 'date', `date: ${dm.value ?? dm.text}`);
      }
    }
  }
  // Keep the most important of overlapping spans.
  out.sort((x, y) => KIND_PRIORITY[x[2]] - KIND_PRIORITY[y[2]] || x[0] - y[0]);
  const kept: Highlight[] = [];
  for (const h of out) if (!kept.some((k) => h[0] < k[1] && k[0] < h[1])) kept.push(h);
  kept.sort((x, y) => x[0] - y[0]);
  return kept;
}

function periodOf(start: string, unit: 'week' | 'month'): { period: string; end: string; label: string } {
  const [y, m] = start.split('-').map(Number);
  if (unit === 'month') {
    const next = m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
    return { period: `${start.slice(0, 7)}-01`, end: next, label: start.slice(0, 7) };
  }
  const day = dayNumber(start);
  const dow = (new Date(day * 86400000).getUTCDay() + 6) % 7;
  const monday = new Date((day - dow) * 86400000);
  // ISO week label: the week belongs to the year of its Thursday.
  const thursday = new Date(monday.getTime() + 3 * 86400000);
  const wy = thursday.getUTCFullYear();
  const week = Math.round((monday.getTime() - isoWeekStart(wy, 1).getTime()) / (7 * 86400000)) + 1;
  return {
    period: isoDay(monday),
    end: isoDay(new Date(monday.getTime() + 7 * 86400000)),
    label: `${wy}-W${String(week).padStart(2, '0')}`,
  };
}

export interface ReportModel {
  title: string;
  documents: number;
  languages: [string, number][];
  events: ReportEvent[];
  unit: 'week' | 'month';
  timeline: TimelineRow[];
  types: string[];
  offTimeline: number;
  countries: ReturnType<typeof countryStats>;
  network: { nodes: { id: string; name: string; type: string; count: number; labelled?: boolean }[]; links: { source: number; target: number; weight: number }[] };
  pairs: { a: string; b: string; weight: number }[];
  entities: ReturnType<typeof entityStats>;
  range: ReturnType<typeof dateRange>;
}

/** Entity id → its Arabic name and the distinct spellings of its mentions in the document. */
function arabicNames(doc: DocumentRecord): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of arr(doc.entities)) {
    out.set(e.id, [...new Set([e.name_ar, ...arr(e.mentions).map((m) => m.text)].filter((x): x is string => !!x))]);
  }
  return out;
}

/** How many of the busiest actors the network labels; the others show their name on hover. */
const NETWORK_LABELS = 20;

/** Everything the page shows, computed once on the Node side. */
export function buildReportModel(docs: DocumentRecord[], opts: HtmlReportOptions = {}): ReportModel {
  const docById = new Map(docs.map((d) => [d.id, d]));
  const events: ReportEvent[] = [];
  for (const doc of docs) {
    const arabic = arabicNames(doc);
    for (const ev of arr(doc.events)) {
      const span = parseDateValue(ev.date?.value ?? null);
      const actors = eventActors(ev).map(({ actor, role }) => ({ role, name: actor.name || actor.entity, type: actor.type, ar: arabic.get(actor.entity) ?? [] }));
      events.push({
        id: String(ev.id ?? ''),
        doc: doc.id,
        src: String(doc.source ?? ''),
        lang: String(doc.language ?? ''),
        type: String(ev.type || 'UNKNOWN'),
        subtype: String(ev.subtype ?? ''),
        quad: String(ev.quad_class ?? ''),
        status: String(ev.status ?? ''),
        main: !!ev.main,
        conf: typeof ev.confidence === 'number' ? ev.confidence : 0,
        mode: ev.mode ?? null,
        date: ev.date?.value ?? null,
        dateBasis: ev.date?.basis ?? null,
        start: span?.start ?? null,
        end: span?.end ?? null,
        period: null,
        trigger: String(ev.trigger?.text ?? ''),
        actors,
        place: ev.location ? String(ev.location.name || ev.location.entity || '') : null,
        placeCountry: ev.location ? String(ev.location.iso3 || ev.location.country || '') || null : null,
        sentence: String(ev.sentence?.text ?? ''),
        hl: highlights(docById.get(doc.id) ?? doc, ev),
      });
    }
  }
  events.sort((a, b) => (a.start === b.start ? 0 : a.start === null ? 1 : b.start === null ? -1 : a.start < b.start ? -1 : 1) || cmp(a.id, b.id));

  // Timeline: weekly bins for spans up to half a year, monthly beyond.
  const placeable = events.filter((e) => e.start !== null && e.end !== null && dayNumber(e.end) - dayNumber(e.start) < 62);
  let unit: 'week' | 'month' = 'month';
  if (placeable.length) {
    const lo = Math.min(...placeable.map((e) => dayNumber(e.start!)));
    const hi = Math.max(...placeable.map((e) => dayNumber(e.start!)));
    unit = hi - lo <= 183 ? 'week' : 'month';
  }
  const bins = new Map<string, TimelineRow>();
  for (const e of placeable) {
    const p = periodOf(e.start!, unit);
    e.period = p.period;
    const key = `${p.period}|${e.type}`;
    const row = bins.get(key) ?? { key: p.period, period: p.period, end: p.end, label: p.label, type: e.type, count: 0, y0: 0, y1: 0 };
    row.count++;
    bins.set(key, row);
  }
  const typeOrder = (t: string): number => {
    const i = (PLOVER_TYPES as readonly string[]).indexOf(t);
    return i < 0 ? PLOVER_TYPES.length : i;
  };
  const types = [...new Set(events.map((e) => e.type))].sort((a, b) => typeOrder(a) - typeOrder(b) || cmp(a, b));
  const timeline = [...bins.values()].sort((a, b) => cmp(a.period, b.period) || typeOrder(a.type) - typeOrder(b.type));
  // Stack by hand so the chart needs no stacking rules.
  let cur = '';
  let acc = 0;
  for (const r of timeline) {
    if (r.period !== cur) {
      cur = r.period;
      acc = 0;
    }
    r.y0 = acc;
    acc += r.count;
    r.y1 = acc;
  }

  // Actor co-occurrence network.
  const nodeMap = new Map<string, { id: string; name: string; type: string; count: number; labelled?: boolean }>();
  const linkMap = new Map<string, number>();
  for (const doc of docs) {
    for (const ev of arr(doc.events)) {
      const seen = new Map<string, { name: string; type: string }>();
      for (const { actor } of eventActors(ev)) seen.set(actorKey(actor), { name: actor.name || actor.entity, type: actor.type });
      const keys = [...seen.keys()].sort(cmp);
      for (const k of keys) {
        const n = nodeMap.get(k) ?? { id: k, name: seen.get(k)!.name, type: seen.get(k)!.type || 'UNKNOWN', count: 0 };
        n.count++;
        nodeMap.set(k, n);
      }
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const lk = `${keys[i]}\u0000${keys[j]}`;
          linkMap.set(lk, (linkMap.get(lk) ?? 0) + 1);
        }
      }
    }
  }
  const linked = new Set<string>();
  for (const lk of linkMap.keys()) for (const k of lk.split('\u0000')) linked.add(k);
  const topNodes = [...nodeMap.values()]
    .filter((n) => linked.has(n.id))
    .sort((a, b) => b.count - a.count || cmp(a.name, b.name))
    .slice(0, 60);
  // labels for the busiest nodes only: in a dense cluster every label would overlap its neighbours
  topNodes.forEach((n, i) => { if (i < NETWORK_LABELS) n.labelled = true; });
  const index = new Map(topNodes.map((n, i) => [n.id, i]));
  const links: { source: number; target: number; weight: number }[] = [];
  const pairs: { a: string; b: string; weight: number }[] = [];
  for (const [lk, weight] of linkMap) {
    const [a, b] = lk.split('\u0000');
    pairs.push({ a: nodeMap.get(a)!.name, b: nodeMap.get(b)!.name, weight });
    if (index.has(a) && index.has(b)) links.push({ source: index.get(a)!, target: index.get(b)!, weight });
  }
  pairs.sort((x, y) => y.weight - x.weight || cmp(x.a, y.a) || cmp(x.b, y.b));

  const languages = new Map<string, number>();
  for (const d of docs) languages.set(d.language || 'unknown', (languages.get(d.language || 'unknown') ?? 0) + 1);

  return {
    title: opts.title?.trim() || 'csto-extract report',
    documents: docs.length,
    languages: [...languages].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])),
    events,
    unit,
    timeline,
    types,
    offTimeline: events.length - placeable.length,
    countries: countryStats(docs),
    network: { nodes: topNodes, links },
    pairs: pairs.slice(0, 30),
    entities: entityStats(docs),
    range: dateRange(docs),
  };
}

// ---------------------------------------------------------------- chart specs

function timelineSpec(m: ReportModel): object {
  return {
    width: 'container',
    height: 260,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { name: 'bins', values: m.timeline },
    params: [{ name: 'pick', select: { type: 'point', fields: ['period', 'type'], on: 'click', clear: 'dblclick' } }],
    mark: { type: 'bar', cursor: 'pointer', stroke: 'white', strokeWidth: 0.5 },
    encoding: {
      x: { field: 'period', type: 'temporal', title: m.unit === 'week' ? 'Week' : 'Month', axis: { format: m.unit === 'week' ? '%d %b %Y' : '%b %Y', labelOverlap: true } },
      x2: { field: 'end' },
      y: { field: 'y1', type: 'quantitative', title: 'Events', axis: { tickMinStep: 1, format: 'd' } },
      y2: { field: 'y0' },
      color: { field: 'type', type: 'nominal', title: 'Event type', scale: { domain: m.types, scheme: 'tableau20' } },
      opacity: { condition: { param: 'pick', empty: true, value: 1 }, value: 0.35 },
      tooltip: [
        { field: 'label', type: 'nominal', title: m.unit === 'week' ? 'Week' : 'Month' },
        { field: 'type', type: 'nominal', title: 'Type' },
        { field: 'count', type: 'quantitative', title: 'Events' },
      ],
    },
    config: { view: { stroke: null } },
  };
}

function placesSpec(m: ReportModel): object {
  const rows = m.countries.slice(0, 25).map((c) => ({ label: c.iso3 ? `${c.name} (${c.iso3})` : c.name, mentions: c.mentions, documents: c.documents, events: c.events }));
  return {
    width: 'container',
    height: { step: 18 },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values: rows },
    mark: { type: 'bar', color: '#4c78a8' },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: '-x', title: null },
      x: { field: 'mentions', type: 'quantitative', title: 'Mentions (country and places in it)', axis: { tickMinStep: 1, format: 'd' } },
      tooltip: [
        { field: 'label', type: 'nominal', title: 'Country' },
        { field: 'mentions', type: 'quantitative', title: 'Mentions' },
        { field: 'documents', type: 'quantitative', title: 'Documents' },
        { field: 'events', type: 'quantitative', title: 'Events located' },
      ],
    },
    config: { view: { stroke: null } },
  };
}

function networkSpec(m: ReportModel): object {
  return {
    width: 860,
    height: 520,
    autosize: 'none',
    padding: 4,
    signals: [
      { name: 'cx', update: 'width / 2' },
      { name: 'cy', update: 'height / 2' },
    ],
    data: [
      { name: 'node-data', values: m.network.nodes },
      { name: 'link-data', values: m.network.links },
    ],
    scales: [
      { name: 'color', type: 'ordinal', domain: ['PERSON', 'ORG', 'PLACE', 'UNKNOWN'], range: ['#e45756', '#4c78a8', '#54a24b', '#999999'] },
      { name: 'size', type: 'sqrt', domain: { data: 'node-data', field: 'count' }, range: [60, 900], zero: false },
    ],
    legends: [{ fill: 'color', title: 'Actor type', orient: 'top-left', symbolType: 'circle' }],
    marks: [
      {
        name: 'nodes',
        type: 'symbol',
        zindex: 1,
        from: { data: 'node-data' },
        encode: {
          enter: { fill: { scale: 'color', field: 'type' }, stroke: { value: 'white' }, strokeWidth: { value: 1 } },
          update: {
            size: { scale: 'size', field: 'count' },
            tooltip: { signal: "{'Actor': datum.name, 'Type': datum.type, 'Events': datum.count}" },
          },
        },
        transform: [
          {
            type: 'force',
            iterations: 300,
            static: true,
            signal: 'force',
            forces: [
              { force: 'center', x: { signal: 'cx' }, y: { signal: 'cy' } },
              { force: 'collide', radius: 28, iterations: 2 },
              { force: 'nbody', strength: -260, distanceMax: 400 },
              { force: 'link', links: 'link-data', distance: 110, strength: 0.15 },
            ],
          },
        ],
      },
      {
        type: 'path',
        from: { data: 'link-data' },
        interactive: false,
        encode: {
          update: {
            stroke: { value: '#9aa5b1' },
            strokeOpacity: { value: 0.6 },
            strokeWidth: { signal: 'min(8, 0.5 + sqrt(datum.weight))' },
          },
        },
        transform: [
          { type: 'linkpath', require: { signal: 'force' }, shape: 'line', sourceX: 'datum.source.x', sourceY: 'datum.source.y', targetX: 'datum.target.x', targetY: 'datum.target.y' },
        ],
      },
      {
        type: 'text',
        from: { data: 'nodes' },
        interactive: false,
        zindex: 2,
        encode: {
          update: {
            x: { field: 'x' },
            y: { field: 'y' },
            dy: { value: -10 },
            align: { value: 'center' },
            baseline: { value: 'bottom' },
            fontSize: { value: 11 },
            fill: { value: '#222' },
            text: { signal: "datum.datum.labelled ? datum.datum.name : ''" },
          },
        },
      },
    ],
  };
}

// ---------------------------------------------------------------- page

const CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
header { background: #1f3a5f; color: #fff; padding: 16px 24px; }
header h1 { margin: 0 0 6px; font-size: 22px; }
header .stats { display: flex; flex-wrap: wrap; gap: 18px; font-size: 14px; opacity: .95; }
nav { padding: 8px 24px; background: #e8edf3; font-size: 14px; }
nav a { margin-right: 16px; color: #1f3a5f; }
main { padding: 8px 24px 40px; max-width: 1400px; }
section { background: #fff; border: 1px solid #dde2e8; border-radius: 6px; padding: 12px 16px; margin: 16px 0; }
section h2 { font-size: 18px; margin: 4px 0 10px; }
.note, .empty { color: #5b6573; font-size: 13px; }
.empty { padding: 20px; text-align: center; border: 1px dashed #c9d0d8; border-radius: 4px; }
.chart { width: 100%; min-height: 40px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid #e5e9ee; padding: 4px 6px; text-align: start; vertical-align: top; }
th { background: #f0f3f6; position: sticky; top: 0; }
td.date { white-space: nowrap; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; margin-bottom: 8px; font-size: 13px; }
.filters label { display: flex; flex-direction: column; gap: 2px; }
.filters input, .filters select, .filters button { font: inherit; padding: 3px 6px; }
.chip { background: #fff4d6; border: 1px solid #e6c96b; border-radius: 12px; padding: 2px 8px; }
.table-wrap { max-height: 640px; overflow: auto; border: 1px solid #e5e9ee; }
button.toggle { border: none; background: none; cursor: pointer; font-size: 12px; width: 22px; }
tr.event-row:hover { background: #f4f8fc; }
tr.event-detail td { background: #fafbfc; }
.sentence { font-size: 17px; line-height: 1.9; margin: 6px 0; unicode-bidi: isolate; }
mark { border-radius: 3px; padding: 0 2px; }
mark.hl-trigger { background: #ffd166; font-weight: bold; }
mark.hl-actor { background: #cde7ff; }
mark.hl-place { background: #c9f2d0; }
mark.hl-date { background: #ead7ff; }
.legend mark { font-size: 12px; }
.meta { font-size: 12px; color: #444; display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.type-badge { display: inline-block; border-radius: 3px; padding: 0 5px; color: #fff; font-size: 12px; }
.unlinked { color: #b15c00; }
.aliases span { display: inline-block; margin: 0 6px 2px 0; background: #f0f3f6; border-radius: 3px; padding: 0 4px; unicode-bidi: isolate; }
.ar { font-size: 15px; }
`;

// Plain browser JS; no template literals so it can live in this string.
const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var events = DATA.events;
  var state = { type: '', actor: '', place: '', from: '', to: '', period: null, ptype: null };
  var ARABIC = /[\u0600-\u06FF]/, LATIN = /[A-Za-z]/;
  function dirOf(s) { var a = ARABIC.test(s), l = LATIN.test(s); return a && !l ? 'rtl' : a ? 'auto' : 'ltr'; }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  var TYPE_COLORS = {};
  var palette = ['#4c78a8','#9ecae9','#f58518','#ffbf79','#54a24b','#88d27a','#b79a20','#f2cf5b','#439894','#83bcb6','#e45756','#ff9d98','#79706e','#bab0ac','#d67195','#fcbfd2','#b279a2','#d6a5c9','#9e765f','#d8b5a5'];
  DATA.types.forEach(function (t, i) { TYPE_COLORS[t] = palette[i % palette.length]; });

  // Arabic spelling variants and diacritics do not matter for search (أ/إ/آ/ا, ى/ي, ة/ه).
  function fold(s) {
    return s.toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647');
  }
  function actorText(ev) {
    var by = { source: [], recipient: [], participants: [], chair: [], invited: [] };
    ev.actors.forEach(function (a) { (by[a.role] || (by[a.role] = [])).push(a.name); });
    var parts = [];
    if (by.source.length || by.recipient.length) parts.push((by.source.join(', ') || '?') + (by.recipient.length ? ' \u2192 ' + by.recipient.join(', ') : ''));
    if (by.participants.length) parts.push('with ' + by.participants.join(', '));
    if (by.chair.length) parts.push('chair ' + by.chair.join(', '));
    if (by.invited.length) parts.push('invited ' + by.invited.join(', '));
    return parts.join('; ');
  }

  // ---- events table
  var tbody = document.querySelector('#events-table tbody');
  var countEl = document.getElementById('events-count');
  var rows = [];
  var actorNames = {}, placeNames = {};
  // Rows are built when first shown, a page at a time: a 2,000-article report has ~15,000 events
  // and putting them all in the DOM made the page take seconds to open.
  var PAGE = 1000, page = 0, shownRows = [];
  events.forEach(function (ev) {
    ev.actors.forEach(function (a) { actorNames[a.name] = true; });
    if (ev.place) placeNames[ev.place] = true;
    ev._actors = ev.actors.map(function (a) { return fold([a.name].concat(a.ar || []).join('\u0001')); });
    rows.push({ ev: ev, tr: null, detail: null, open: false });
  });
  function rowNode(row) {
    if (row.tr) return row.tr;
    var ev = row.ev;
    var tr = el('tr', { 'class': 'event-row', 'data-id': ev.id, 'data-type': ev.type });
    var tdT = el('td');
    var btn = el('button', { 'class': 'toggle', type: 'button', 'aria-expanded': 'false', title: 'Show sentence' }, '\u25B8');
    tdT.appendChild(btn);
    tr.appendChild(tdT);
    tr.appendChild(el('td', { 'class': 'date' }, ev.date || '\u2014'));
    var tdType = el('td');
    var badge = el('span', { 'class': 'type-badge', style: 'background:' + (TYPE_COLORS[ev.type] || '#777') }, ev.type);
    tdType.appendChild(badge);
    if (ev.subtype) tdType.appendChild(el('span', { 'class': 'note' }, ' ' + ev.subtype));
    tr.appendChild(tdType);
    tr.appendChild(el('td', { dir: 'auto' }, actorText(ev)));
    tr.appendChild(el('td', { dir: 'auto' }, ev.place || ''));
    tr.appendChild(el('td', { dir: dirOf(ev.trigger), 'class': 'ar' }, ev.trigger));
    tr.appendChild(el('td', { dir: 'auto', title: ev.src }, ev.doc));
    btn.addEventListener('click', function () { toggle(row); });
    tr.addEventListener('dblclick', function () { toggle(row); });
    row.tr = tr;
    return tr;
  }
  var pager = document.getElementById('events-pager');
  var pagerText = pager.querySelector('span');
  var prevBtn = document.getElementById('events-prev'), nextBtn = document.getElementById('events-next');
  function renderPage() {
    var pages = Math.max(1, Math.ceil(shownRows.length / PAGE));
    page = Math.min(page, pages - 1);
    var frag = document.createDocumentFragment();
    shownRows.slice(page * PAGE, (page + 1) * PAGE).forEach(function (r) {
      frag.appendChild(rowNode(r));
      if (r.detail && r.open) frag.appendChild(r.detail);
    });
    tbody.textContent = '';
    tbody.appendChild(frag);
    pager.hidden = pages < 2;
    pagerText.textContent = 'Rows ' + (shownRows.length ? page * PAGE + 1 : 0) + '\u2013' + Math.min((page + 1) * PAGE, shownRows.length) + ' of ' + shownRows.length;
    prevBtn.disabled = page === 0;
    nextBtn.disabled = page >= pages - 1;
  }
  prevBtn.addEventListener('click', function () { page--; renderPage(); });
  nextBtn.addEventListener('click', function () { page++; renderPage(); });

  function sentenceNode(ev) {
    var p = el('p', { 'class': 'sentence', dir: ev.lang === 'ar' || dirOf(ev.sentence) === 'rtl' ? 'rtl' : 'auto', lang: ev.lang || null });
    var pos = 0, s = ev.sentence;
    ev.hl.forEach(function (h) {
      if (h[0] < pos) return;
      if (h[0] > pos) p.appendChild(document.createTextNode(s.slice(pos, h[0])));
      var m = el('mark', { 'class': 'hl-' + h[2], title: h[3] }, s.slice(h[0], h[1]));
      p.appendChild(m);
      pos = h[1];
    });
    if (pos < s.length) p.appendChild(document.createTextNode(s.slice(pos)));
    return p;
  }

  function detailNode(ev) {
    var tr = el('tr', { 'class': 'event-detail', 'data-id': ev.id });
    var td = el('td', { colspan: '7' });
    td.appendChild(sentenceNode(ev));
    var lg = el('div', { 'class': 'legend note' });
    [['trigger', 'trigger'], ['actor', 'actor'], ['place', 'location'], ['date', 'date']].forEach(function (k) {
      lg.appendChild(el('mark', { 'class': 'hl-' + k[0] }, k[1])); lg.appendChild(document.createTextNode(' '));
    });
    td.appendChild(lg);
    var meta = el('div', { 'class': 'meta' });
    function row(k, v) {
      if (v === null || v === undefined || v === '') return;
      meta.appendChild(el('span', null, k));
      var cell = el('span'); cell.appendChild(el('bdi', null, v)); meta.appendChild(cell);
    }
    row('Event', ev.id);
    row('Type', ev.type + (ev.subtype ? ' / ' + ev.subtype : '') + (ev.quad ? ' (' + ev.quad + ')' : ''));
    row('Trigger', ev.trigger);
    ['source', 'recipient', 'participants', 'chair', 'invited'].forEach(function (r) {
      var names = ev.actors.filter(function (a) { return a.role === r; }).map(function (a) { return a.name; });
      if (names.length) row(r.charAt(0).toUpperCase() + r.slice(1), names.join(', '));
    });
    row('Location', ev.place ? ev.place + (ev.placeCountry ? ' (' + ev.placeCountry + ')' : '') : null);
    row('Date', ev.date ? ev.date + (ev.dateBasis ? ' (' + ev.dateBasis + ')' : '') : 'undated');
    row('Status', ev.status + (ev.mode ? ', ' + ev.mode : '') + (ev.main ? ', main event' : ''));
    row('Confidence', String(ev.conf));
    row('Document', ev.doc + (ev.src && ev.src !== ev.doc ? ' \u2014 ' + ev.src : ''));
    td.appendChild(meta);
    tr.appendChild(td);
    return tr;
  }

  function toggle(r) {
    r.open = !r.open;
    if (r.open && !r.detail) r.detail = detailNode(r.ev);
    if (r.open) r.tr.parentNode.insertBefore(r.detail, r.tr.nextSibling);
    else if (r.detail && r.detail.parentNode) r.detail.parentNode.removeChild(r.detail);
    var b = r.tr.querySelector('button.toggle');
    b.textContent = r.open ? '\u25BE' : '\u25B8';
    b.setAttribute('aria-expanded', r.open ? 'true' : 'false');
  }

  function matches(ev) {
    if (state.type && ev.type !== state.type) return false;
    if (state.actor) {
      var q = fold(state.actor);
      if (!ev._actors.some(function (a) { return a.indexOf(q) >= 0; })) return false;
    }
    if (state.place && (!ev.place || ev.place.toLowerCase().indexOf(state.place.toLowerCase()) < 0) &&
        (!ev.placeCountry || ev.placeCountry.toLowerCase() !== state.place.toLowerCase())) return false;
    if (state.from && (!ev.end || ev.end < state.from)) return false;
    if (state.to && (!ev.start || ev.start > state.to)) return false;
    if (state.period && (ev.period !== state.period || ev.type !== state.ptype)) return false;
    return true;
  }

  var chip = document.getElementById('timeline-filter');
  function apply() {
    shownRows = rows.filter(function (r) { return matches(r.ev); });
    page = 0;
    renderPage();
    countEl.textContent = String(shownRows.length);
    if (state.period) {
      var label = state.period;
      DATA.timeline.forEach(function (t) { if (t.period === state.period) label = t.label; });
      chip.hidden = false;
      chip.querySelector('span').textContent = 'Timeline: ' + label + ', ' + state.ptype;
    } else chip.hidden = true;
  }

  function fill(listId, obj) {
    var dl = document.getElementById(listId);
    Object.keys(obj).sort().forEach(function (k) { dl.appendChild(el('option', { value: k })); });
  }
  fill('actor-list', actorNames);
  fill('place-list', placeNames);
  var typeSel = document.getElementById('filter-type');
  DATA.types.forEach(function (t) { typeSel.appendChild(el('option', { value: t }, t)); });
  function bind(id, key) {
    var input = document.getElementById(id);
    var h = function () { state[key] = input.value.trim(); apply(); };
    input.addEventListener('input', h); input.addEventListener('change', h);
  }
  bind('filter-type', 'type'); bind('filter-actor', 'actor'); bind('filter-place', 'place');
  bind('filter-from', 'from'); bind('filter-to', 'to');
  function clearTimeline() { state.period = null; state.ptype = null; apply(); }
  chip.querySelector('button').addEventListener('click', clearTimeline);
  document.getElementById('filter-clear').addEventListener('click', function () {
    ['filter-type', 'filter-actor', 'filter-place', 'filter-from', 'filter-to'].forEach(function (id) { document.getElementById(id).value = ''; });
    state = { type: '', actor: '', place: '', from: '', to: '', period: null, ptype: null };
    apply();
  });
  apply();

  // ---- entities table filter
  var entFilter = document.getElementById('entities-filter');
  var entType = document.getElementById('entities-type');
  function applyEntities() {
    var q = entFilter.value.trim().toLowerCase(), t = entType.value, n = 0;
    document.querySelectorAll('#entities-table tbody tr').forEach(function (tr) {
      var ok = (!t || tr.getAttribute('data-type') === t) && (!q || tr.textContent.toLowerCase().indexOf(q) >= 0);
      tr.hidden = !ok; if (ok) n++;
    });
    document.getElementById('entities-count').textContent = String(n);
  }
  entFilter.addEventListener('input', applyEntities); entType.addEventListener('change', applyEntities);

  // ---- charts
  window.__reportViews = {};
  var pending = [];
  function embed(id, spec, mode, onView) {
    var target = document.getElementById(id);
    if (!spec || !target) return;
    if (typeof window.vegaEmbed !== 'function') { target.appendChild(el('p', { 'class': 'empty' }, 'Charts unavailable: vega-embed did not load.')); return; }
    pending.push(window.vegaEmbed(target, spec, { mode: mode, renderer: 'svg', actions: false, logLevel: 1 }).then(function (res) {
      window.__reportViews[id] = res.view;
      if (onView) onView(res.view);
    }, function (err) {
      target.appendChild(el('p', { 'class': 'empty chart-error' }, 'Chart failed: ' + (err && err.message ? err.message : err)));
      console.error('chart ' + id + ' failed', err);
    }));
  }
  embed('timeline', DATA.specs.timeline, 'vega-lite', function (view) {
    view.addEventListener('click', function (e, item) {
      var d = item && item.datum;
      if (d && d.key && d.type) { state.period = d.key; state.ptype = d.type; apply(); }
      else if (state.period) clearTimeline();
    });
  });
  embed('places-chart', DATA.specs.places, 'vega-lite');
  embed('network', DATA.specs.network, 'vega');
  Promise.all(pending).then(function () { document.body.setAttribute('data-ready', 'true'); });
})();
`;

function section(id: string, title: string, body: string): string {
  return `<section id="${id}-section" aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function nameCell(name: string): string {
  return `<td dir="${dirOf(name)}">${escapeHtml(name)}</td>`;
}

function arCell(name: string): string {
  return name ? `<td dir="rtl" lang="ar" class="ar">${escapeHtml(name)}</td>` : '<td></td>';
}

/** The whole report as one HTML document string. */
export function renderHtmlReport(docs: DocumentRecord[], opts: HtmlReportOptions = {}): string {
  const m = buildReportModel(docs, opts);
  const events = allEvents(docs);
  const specs = {
    timeline: m.timeline.length ? timelineSpec(m) : null,
    places: m.countries.length ? placesSpec(m) : null,
    network: m.network.links.length ? networkSpec(m) : null,
  };
  const data = { events: m.events, timeline: m.timeline, types: m.types, unit: m.unit, specs };

  const langs = m.languages.map(([l, n]) => `${l} ${n}`).join(', ') || 'none';
  const range = m.range ? `${m.range.start} to ${m.range.end}` : 'no resolved dates';
  const stats = [
    `<span>Documents: <b id="stat-documents">${m.documents}</b></span>`,
    `<span>Languages: ${escapeHtml(langs)}</span>`,
    `<span>Events: <b id="stat-events">${events.length}</b></span>`,
    `<span>Entities: <b id="stat-entities">${m.entities.length}</b></span>`,
    `<span>Dates covered: <b id="stat-range">${escapeHtml(range)}</b></span>`,
  ].join('');

  const offNote = m.offTimeline
    ? ` ${m.offTimeline} event${m.offTimeline === 1 ? ' has' : 's have'} no date finer than a year or no date at all and ${m.offTimeline === 1 ? 'is' : 'are'} not on the timeline.`
    : '';
  const timelineBody = m.timeline.length
    ? `<p class="note">Events per ${m.unit}, coloured by type. Click a bar to show just those events in the table below; double-click the chart to clear.${escapeHtml(offNote)}</p><div id="timeline" class="chart"></div>`
    : `<div id="timeline" class="chart"><p class="empty">No dated events to chart.</p></div>${offNote ? `<p class="note">${escapeHtml(offNote)}</p>` : ''}`;

  const eventsBody = `<div class="filters">
<label>Type<select id="filter-type"><option value="">all</option></select></label>
<label>Actor<input id="filter-actor" type="search" list="actor-list" placeholder="any actor" dir="auto"></label>
<label>Place<input id="filter-place" type="search" list="place-list" placeholder="any place or ISO3" dir="auto"></label>
<label>From<input id="filter-from" type="date"></label>
<label>To<input id="filter-to" type="date"></label>
<button id="filter-clear" type="button">Clear filters</button>
<span id="timeline-filter" class="chip" hidden><span></span> <button type="button" title="Clear timeline selection">\u2715</button></span>
</div>
<datalist id="actor-list"></datalist><datalist id="place-list"></datalist>
<p class="note"><span id="events-count">${m.events.length}</span> of <span id="events-total">${m.events.length}</span> events shown. Click \u25B8 to see the sentence with the trigger and arguments highlighted.</p>
<div id="events-pager" class="note" hidden><button id="events-prev" type="button">\u2190 Previous</button> <span></span> <button id="events-next" type="button">Next \u2192</button></div>
<div class="table-wrap"><table id="events-table"><thead><tr><th></th><th>Date</th><th>Type</th><th>Actors</th><th>Place</th><th>Trigger</th><th>Document</th></tr></thead><tbody></tbody></table></div>
${m.events.length ? '' : '<p class="empty" id="events-empty">No events in these records.</p>'}`;

  const countryRows = m.countries
    .map(
      (c) =>
        `<tr>${nameCell(c.name)}${arCell(c.name_ar)}<td>${escapeHtml(c.iso3)}</td><td class="num">${c.mentions}</td><td class="num">${c.documents}</td><td class="num">${c.places}</td><td class="num">${c.events}</td></tr>`,
    )
    .join('\n');
  const placesBody = `${m.countries.length ? '<div id="places-chart" class="chart"></div>' : '<div id="places-chart" class="chart"><p class="empty">No countries or places with a country in these records.</p></div>'}
<table id="places-table"><thead><tr><th>Country</th><th>Arabic</th><th>ISO3</th><th class="num">Mentions</th><th class="num">Documents</th><th class="num">Places in it</th><th class="num">Events located</th></tr></thead><tbody>
${countryRows}
</tbody></table>`;

  const pairRows = m.pairs
    .map((p) => `<tr>${nameCell(p.a)}${nameCell(p.b)}<td class="num">${p.weight}</td></tr>`)
    .join('\n');
  const networkBody = m.network.links.length
    ? `<p class="note">Actors who take part in the same event (source, recipient, participants, chair, invited). Node size: events; line width: shared events. ${m.network.nodes.length} most active connected actors shown.</p><div id="network" class="chart"></div>
<table id="network-pairs"><thead><tr><th>Actor</th><th>With</th><th class="num">Shared events</th></tr></thead><tbody>
${pairRows}
</tbody></table>`
    : '<div id="network" class="chart"><p class="empty">No two actors share an event.</p></div>';

  const entityRows = m.entities
    .map((e) => {
      const aliases = e.aliases.map((a) => `<span><bdi>${escapeHtml(a.text)}</bdi>\u00a0\u00d7${a.count}</span>`).join('');
      const country = e.iso3 || e.country || '';
      return `<tr data-type="${escapeHtml(e.type)}" data-id="${escapeHtml(e.id)}">${nameCell(e.name)}${arCell(e.name_ar)}<td>${escapeHtml(e.type)}${e.kind ? ` <span class="note">${escapeHtml(e.kind)}</span>` : ''}</td><td${e.linked ? '>linked' : ' class="unlinked">unlinked'}</td><td>${escapeHtml(country)}</td><td class="num">${e.mentions}</td><td class="num">${e.documents}</td><td class="aliases">${aliases}</td></tr>`;
    })
    .join('\n');
  const entitiesBody = `<div class="filters"><label>Search<input id="entities-filter" type="search" dir="auto" placeholder="name or alias"></label>
<label>Type<select id="entities-type"><option value="">all</option><option value="PERSON">people</option><option value="PLACE">places</option><option value="ORG">organisations</option></select></label></div>
<p class="note"><span id="entities-count">${m.entities.length}</span> entities. Aliases are the distinct texts seen, with counts.</p>
<div class="table-wrap"><table id="entities-table"><thead><tr><th>Name</th><th>Arabic</th><th>Type</th><th>Linked</th><th>Country</th><th class="num">Mentions</th><th class="num">Documents</th><th>Aliases seen</th></tr></thead><tbody>
${entityRows}
</tbody></table></div>
${m.entities.length ? '' : '<p class="empty">No entities in these records.</p>'}`;

  const title = escapeHtml(m.title);
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="csto-extract">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${title}</h1><div class="stats">${stats}</div></header>
<nav><a href="#timeline-section">Timeline</a><a href="#events-section">Events</a><a href="#places-section">Places</a><a href="#network-section">Network</a><a href="#entities-section">Entities</a></nav>
<main>
${section('timeline', 'Event timeline', timelineBody)}
${section('events', 'Events', eventsBody)}
${section('places', 'Places by country', placesBody)}
${section('network', 'Who appears with whom', networkBody)}
${section('entities', 'Entities', entitiesBody)}
</main>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${libraryScript('vega')}</script>
<script>${libraryScript('vega-lite')}</script>
<script>${libraryScript('vega-embed')}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
