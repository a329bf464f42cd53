// `csto-extract report --html`: one self-contained HTML file. The Vega,
// Vega-Lite and vega-embed browser builds are inlined from node_modules, the
// data is embedded as JSON, and nothing is fetched from the network.
import type { DocumentRecord } from '../../types.js';
import { allEvents } from '../aggregate.js';
import { CLIENT_JS } from './client.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { libraryScript } from './libraries.js';
import { buildReportModel, type HtmlReportOptions } from './model.js';
import { entitiesSection, eventsSection, networkSection, placesSection, timelineSection } from './sections.js';
import { networkSpec, placesSpec, timelineSpec } from './specs.js';
import { CSS } from './style.js';

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
${timelineSection(m)}
${eventsSection(m)}
${placesSection(m)}
${networkSection(m)}
${entitiesSection(m)}
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
