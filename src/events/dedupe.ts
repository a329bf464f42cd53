// Cross-article event clustering: the same happening reported by several articles.
import { createHash } from 'node:crypto';
import type { DocumentRecord, EventActor, EventRecord } from '../types.js';

const actorsOf = (e: EventRecord): Set<string> =>
  new Set([...e.source, ...e.recipient, ...e.participants, ...e.chair, ...e.invited].map((a: EventActor) => a.entity));

/** Same day, or one contains the other (2021-10 ⊇ 2021-10-28); both missing counts as compatible. */
export function datesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a && !b) return true;
  if (!a || !b) return false;
  const x = a.slice(0, 10), y = b.slice(0, 10);
  return x === y || x.startsWith(y) || y.startsWith(x);
}

/** Two records that can report the same happening. */
export function sameHappening(a: EventRecord, b: EventRecord): boolean {
  if (a.type !== b.type) return false;
  const da = a.date?.value ?? null, db = b.date?.value ?? null;
  if (!datesCompatible(da, db)) return false;
  const la = a.location?.entity ?? null, lb = b.location?.entity ?? null;
  if (la && lb && la !== lb && a.location!.name !== b.location!.name) return false;
  // with no date at all, the place must be known and the same
  if (!da && !db && !(la && lb)) return false;
  const A = actorsOf(a), B = actorsOf(b);
  for (const x of A) if (B.has(x)) return true;
  return false;
}

const sortKey = (e: EventRecord): string =>
  [e.type, e.date?.value ?? '', e.doc, String(e.trigger.start).padStart(9, '0'), e.id].join('\u0001');

/**
 * Clusters the events of all documents in place: sets cluster (stable id),
 * num_mentions, num_articles and representative (one per cluster). No event is dropped;
 * the result does not depend on the order of the documents.
 */
export function dedupeEvents(docs: DocumentRecord[]): void {
  const events = docs.flatMap((d) => d.events ?? []);
  const sorted = [...events].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const clusters: EventRecord[][] = [];
  for (const e of sorted) {
    // a record joins the first cluster it is compatible with in every member
    const c = clusters.find((cl) => cl[0].type === e.type && cl.every((m) => sameHappening(m, e)));
    if (c) c.push(e); else clusters.push([e]);
  }
  for (const cl of clusters) {
    const ids = cl.map((e) => `${e.doc}/${e.id}`).sort();
    const cluster = 'c' + createHash('sha1').update(ids.join('|')).digest('hex').slice(0, 12);
    const articles = new Set(cl.map((e) => e.doc)).size;
    const richness = (e: EventRecord): number => actorsOf(e).size + (e.date ? 1 : 0) + (e.location ? 1 : 0);
    const rep = [...cl].sort((a, b) => Number(b.main) - Number(a.main) || b.confidence - a.confidence || richness(b) - richness(a) ||
      (sortKey(a) < sortKey(b) ? -1 : 1))[0];
    for (const e of cl) {
      e.cluster = cluster;
      e.num_mentions = cl.length;
      e.num_articles = articles;
      e.representative = e === rep;
    }
  }
}
