// Fewer crossing arrows than dagre's own ordering leaves: after it, swap neighbours within a
// rank wherever that crosses fewer arrows with the ranks above and below (the « transpose »
// step of Gansner et al., which dagre leaves out), until no swap helps. An answer whose arrow
// crosses its neighbour's right under the labels is the very misreading the trainer feared.
import type * as dagre from '@dagrejs/dagre';

type Graph = dagre.graphlib.Graph;

/** Crossings between the arrows of `a` and of `b` (a before b) with the ranks next to theirs. */
function crossingsBetween(graph: Graph, a: string, b: string, order: (v: string) => number): number {
  let crossings = 0;
  for (const side of ['in', 'out'] as const) {
    const ends = (v: string) => ((side === 'in' ? graph.inEdges(v) : graph.outEdges(v)) ?? []).map((e) => ({ at: order(side === 'in' ? e.v : e.w), weight: graph.edge(e).weight ?? 1 }));
    for (const x of ends(a)) for (const y of ends(b)) if (x.at > y.at) crossings += x.weight * y.weight;
  }
  return crossings;
}

/** dagre's `customOrder`: its ordering, then neighbours swapped while it crosses fewer arrows. */
export function orderWithFewerCrossings(graph: Graph, order: (graph: Graph) => void): void {
  order(graph);
  const ranks: string[][] = [];
  for (const v of graph.nodes()) {
    const node = graph.node(v) as { rank?: number; order?: number };
    if (node.rank === undefined || node.order === undefined) continue;
    (ranks[node.rank] ??= [])[node.order] = v;
  }
  const orderOf = (v: string) => (graph.node(v) as { order: number }).order;
  for (let pass = 0, improved = true; improved && pass < 50; pass++) {
    improved = false;
    for (const rank of ranks) {
      if (!rank) continue;
      for (let i = 0; i + 1 < rank.length; i++) {
        const a = rank[i]!;
        const b = rank[i + 1]!;
        if (crossingsBetween(graph, b, a, orderOf) < crossingsBetween(graph, a, b, orderOf)) {
          rank[i] = b;
          rank[i + 1] = a;
          (graph.node(a) as { order: number }).order = i + 1;
          (graph.node(b) as { order: number }).order = i;
          improved = true;
        }
      }
    }
  }
}
