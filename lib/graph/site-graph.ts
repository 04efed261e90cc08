/**
 * The site's link graph as the graph views get it: `getLinkGraph()` of lib/content.ts, made once
 * per content version from every record's resolved links (lib/links/).
 */
import { getLinkGraph } from '../content';
import type { LinkGraph } from './types';

/** Every published post, page and note, and every resolved link between two of them. */
export function readSiteGraph(): LinkGraph {
  return getLinkGraph();
}

let linked: Set<string> | null = null;
let linkedFrom: LinkGraph | null = null;

/** Whether the page at `url` links to or is linked from another page (so its neighbourhood is worth drawing). */
export function hasNeighbours(url: string): boolean {
  const graph = readSiteGraph();
  if (linkedFrom !== graph || linked === null) {
    linked = new Set(graph.edges.flatMap((e) => (e.source === e.target ? [] : [e.source, e.target])));
    linkedFrom = graph;
  }
  return linked.has(url);
}
