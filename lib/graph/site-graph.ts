/**
 * The site's link graph as the graph views get it. Until `getLinkGraph()` (lib/content.ts, made
 * from every record's resolved links) exists on this branch, the graph is the published posts and
 * pages without edges: the views work on it, and nothing here extracts links a second time.
 */
import { getPage, getPublishedPosts } from '../content';
import type { LinkGraph } from './types';

/** Every published page of the site as graph nodes (and edges once links are resolved). */
export function readSiteGraph(): LinkGraph {
  const about = getPage('about');
  const pages = about ? [about] : [];
  return {
    nodes: [
      ...getPublishedPosts().map((n) => ({
        id: n.url,
        title: n.meta.title,
        kind: 'post' as const,
        group: n.meta.categories[0] ?? '',
      })),
      ...pages.map((n) => ({ id: n.url, title: n.meta.title, kind: 'page' as const, group: '' })),
    ],
    edges: [],
  };
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
