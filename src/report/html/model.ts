// Everything the report shows, computed once on the Node side from the records.
import type { DocumentRecord } from '../../types.js';
import { cmp, countryStats, dateRange, entityStats } from '../aggregate.js';
import { reportEvents, type ReportEvent } from './events.js';
import { actorNetwork, type ActorNetwork } from './network.js';
import { eventTimeline, type TimelineRow } from './timeline.js';

export interface HtmlReportOptions {
  title?: string;
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
  network: Pick<ActorNetwork, 'nodes' | 'links'>;
  /** The 30 pairs of actors with most shared events. */
  pairs: ActorNetwork['pairs'];
  entities: ReturnType<typeof entityStats>;
  range: ReturnType<typeof dateRange>;
}

/** Everything the page shows, computed once on the Node side. */
export function buildReportModel(docs: DocumentRecord[], opts: HtmlReportOptions = {}): ReportModel {
  const events = reportEvents(docs);
  const { unit, timeline, types, offTimeline } = eventTimeline(events);
  const network = actorNetwork(docs);

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
    offTimeline,
    countries: countryStats(docs),
    network: { nodes: network.nodes, links: network.links },
    pairs: network.pairs.slice(0, 30),
    entities: entityStats(docs),
    range: dateRange(docs),
  };
}
