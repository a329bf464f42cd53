// The markup of the report's five sections, rendered on the Node side from the model.
import { dirOf, escapeHtml } from './escape.js';
import type { ReportModel } from './model.js';

function section(id: string, title: string, body: string): string {
  return `<section id="${id}-section" aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function nameCell(name: string): string {
  return `<td dir="${dirOf(name)}">${escapeHtml(name)}</td>`;
}

function arCell(name: string): string {
  return name ? `<td dir="rtl" lang="ar" class="ar">${escapeHtml(name)}</td>` : '<td></td>';
}

/** Events per week or month, coloured by type; the note says how many are left off. */
export function timelineSection(m: ReportModel): string {
  const offNote = m.offTimeline
    ? ` ${m.offTimeline} event${m.offTimeline === 1 ? ' has' : 's have'} no date finer than a year or no date at all and ${m.offTimeline === 1 ? 'is' : 'are'} not on the timeline.`
    : '';
  const body = m.timeline.length
    ? `<p class="note">Events per ${m.unit}, coloured by type. Click a bar to show just those events in the table below; double-click the chart to clear.${escapeHtml(offNote)}</p><div id="timeline" class="chart"></div>`
    : `<div id="timeline" class="chart"><p class="empty">No dated events to chart.</p></div>${offNote ? `<p class="note">${escapeHtml(offNote)}</p>` : ''}`;
  return section('timeline', 'Event timeline', body);
}

/** The filters and the empty event table the client script fills. */
export function eventsSection(m: ReportModel): string {
  const body = `<div class="filters">
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
  return section('events', 'Events', body);
}

/** The countries chart and table. */
export function placesSection(m: ReportModel): string {
  const countryRows = m.countries
    .map(
      (c) =>
        `<tr>${nameCell(c.name)}${arCell(c.name_ar)}<td>${escapeHtml(c.iso3)}</td><td class="num">${c.mentions}</td><td class="num">${c.documents}</td><td class="num">${c.places}</td><td class="num">${c.events}</td></tr>`,
    )
    .join('\n');
  const body = `${m.countries.length ? '<div id="places-chart" class="chart"></div>' : '<div id="places-chart" class="chart"><p class="empty">No countries or places with a country in these records.</p></div>'}
<table id="places-table"><thead><tr><th>Country</th><th>Arabic</th><th>ISO3</th><th class="num">Mentions</th><th class="num">Documents</th><th class="num">Places in it</th><th class="num">Events located</th></tr></thead><tbody>
${countryRows}
</tbody></table>`;
  return section('places', 'Places by country', body);
}

/** The actor network chart and the table of the strongest pairs. */
export function networkSection(m: ReportModel): string {
  const pairRows = m.pairs
    .map((p) => `<tr>${nameCell(p.a)}${nameCell(p.b)}<td class="num">${p.weight}</td></tr>`)
    .join('\n');
  const body = m.network.links.length
    ? `<p class="note">Actors who take part in the same event (source, recipient, participants, chair, invited). Node size: events; line width: shared events. ${m.network.nodes.length} most active connected actors shown.</p><div id="network" class="chart"></div>
<table id="network-pairs"><thead><tr><th>Actor</th><th>With</th><th class="num">Shared events</th></tr></thead><tbody>
${pairRows}
</tbody></table>`
    : '<div id="network" class="chart"><p class="empty">No two actors share an event.</p></div>';
  return section('network', 'Who appears with whom', body);
}

/** The entity table with its filters. */
export function entitiesSection(m: ReportModel): string {
  const entityRows = m.entities
    .map((e) => {
      const aliases = e.aliases.map((a) => `<span><bdi>${escapeHtml(a.text)}</bdi>\u00a0\u00d7${a.count}</span>`).join('');
      const country = e.iso3 || e.country || '';
      return `<tr data-type="${escapeHtml(e.type)}" data-id="${escapeHtml(e.id)}">${nameCell(e.name)}${arCell(e.name_ar)}<td>${escapeHtml(e.type)}${e.kind ? ` <span class="note">${escapeHtml(e.kind)}</span>` : ''}</td><td${e.linked ? '>linked' : ' class="unlinked">unlinked'}</td><td>${escapeHtml(country)}</td><td class="num">${e.mentions}</td><td class="num">${e.documents}</td><td class="aliases">${aliases}</td></tr>`;
    })
    .join('\n');
  const body = `<div class="filters"><label>Search<input id="entities-filter" type="search" dir="auto" placeholder="name or alias"></label>
<label>Type<select id="entities-type"><option value="">all</option><option value="PERSON">people</option><option value="PLACE">places</option><option value="ORG">organisations</option></select></label></div>
<p class="note"><span id="entities-count">${m.entities.length}</span> entities. Aliases are the distinct texts seen, with counts.</p>
<div class="table-wrap"><table id="entities-table"><thead><tr><th>Name</th><th>Arabic</th><th>Type</th><th>Linked</th><th>Country</th><th class="num">Mentions</th><th class="num">Documents</th><th>Aliases seen</th></tr></thead><tbody>
${entityRows}
</tbody></table></div>
${m.entities.length ? '' : '<p class="empty">No entities in these records.</p>'}`;
  return section('entities', 'Entities', body);
}
