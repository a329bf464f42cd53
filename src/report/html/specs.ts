// The Vega-Lite and Vega specifications of the report's charts: timeline, places, network.
import type { ReportModel } from './model.js';

export function timelineSpec(m: ReportModel): object {
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

export function placesSpec(m: ReportModel): object {
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

export function networkSpec(m: ReportModel): object {
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
