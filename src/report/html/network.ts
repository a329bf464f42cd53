// The actor network: who takes part in the same event, as the busiest connected actors and
// their links, and every pair with its count of shared events.
import type { DocumentRecord } from '../../types.js';
import { actorKey, arr, cmp, eventActors } from '../aggregate.js';

/** How many of the busiest actors the network labels; the others show their name on hover. */
const NETWORK_LABELS = 20;

export interface ActorNode {
  id: string;
  name: string;
  type: string;
  count: number;
  labelled?: boolean;
}

export interface ActorNetwork {
  /** The 60 busiest actors that share an event with another. */
  nodes: ActorNode[];
  /** Links between those nodes, by their index. */
  links: { source: number; target: number; weight: number }[];
  /** Every pair of actors, most shared events first. */
  pairs: { a: string; b: string; weight: number }[];
}

/** Actor co-occurrence over every event of the documents. */
export function actorNetwork(docs: DocumentRecord[]): ActorNetwork {
  const nodeMap = new Map<string, ActorNode>();
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
  return { nodes: topNodes, links, pairs };
}
