/**
 * Turns the site's link graph into what the graph views draw and list: edges cleaned (no
 * duplicates, no self-links, no ends outside the graph), groups ranked for colours and the legend,
 * link counts per node, and a page's neighbourhood. Pure: runs on the server (the text list of
 * /graph) and in the browser (the canvas) alike.
 */
import type { GraphEdge, GraphNode, GraphNodeKind, LinkGraph } from './types';

export interface GraphGroup {
  name: string;
  /** Nodes in the group. */
  count: number;
  /** Index into the palette (lib/graph/palette.ts): groups ranked by size, then name. */
  color: number;
}

export interface ShapedNode extends GraphNode {
  /** Pages this one links to. */
  links: number;
  /** Pages that link here. */
  backlinks: number;
  /** Palette index of its group. */
  color: number;
  /** Hops from the centre of a neighbourhood; 0 in a whole-site graph. */
  depth: number;
}

export interface ShapedGraph {
  nodes: ShapedNode[];
  edges: GraphEdge[];
  groups: GraphGroup[];
}

/** Groups beyond this many share the last colour (the legend calls them "其他"). */
export const MAX_COLORED_GROUPS = 10;

/** Edges once each, in first-seen order, without self-links or ends that are not nodes. */
export function cleanEdges(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): GraphEdge[] {
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const out: GraphEdge[] = [];
  for (const { source, target } of edges) {
    if (source === target || !ids.has(source) || !ids.has(target)) continue;
    const key = `${source}\u0000${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source, target });
  }
  return out;
}

/** Groups by size (largest first), ties by name; the first MAX_COLORED_GROUPS get their own colour. */
export function rankGroups(nodes: readonly GraphNode[]): GraphGroup[] {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.group, (counts.get(n.group) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, count], i) => ({ name, count, color: Math.min(i, MAX_COLORED_GROUPS) }));
}

/** The whole graph, cleaned, with link counts and colours; nodes keep their order. */
export function shapeGraph(graph: LinkGraph): ShapedGraph {
  const edges = cleanEdges(graph.nodes, graph.edges);
  const groups = rankGroups(graph.nodes);
  const colorOf = new Map(groups.map((g) => [g.name, g.color]));
  const links = new Map<string, number>();
  const backlinks = new Map<string, number>();
  for (const { source, target } of edges) {
    links.set(source, (links.get(source) ?? 0) + 1);
    backlinks.set(target, (backlinks.get(target) ?? 0) + 1);
  }
  const nodes = graph.nodes.map((n) => ({
    ...n,
    links: links.get(n.id) ?? 0,
    backlinks: backlinks.get(n.id) ?? 0,
    color: colorOf.get(n.group) ?? MAX_COLORED_GROUPS,
    depth: 0,
  }));
  return { nodes, edges, groups };
}

/**
 * The pages within `hops` links of `id`, either direction (links and backlinks), with the edges
 * among them; `depth` says how far each is. Empty when `id` is not in the graph. Colours stay
 * those of the whole site, so a folder has the same colour on every page.
 */
export function getNeighbourhood(graph: LinkGraph, id: string, hops = 2): ShapedGraph {
  const whole = shapeGraph(graph);
  if (!whole.nodes.some((n) => n.id === id)) return { nodes: [], edges: [], groups: [] };
  const around = new Map<string, string[]>();
  for (const { source, target } of whole.edges) {
    around.set(source, [...(around.get(source) ?? []), target]);
    around.set(target, [...(around.get(target) ?? []), source]);
  }
  const depth = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const other of around.get(at) ?? []) {
        if (depth.has(other)) continue;
        depth.set(other, hop);
        next.push(other);
      }
    }
    frontier = next;
  }
  const nodes = whole.nodes
    .filter((n) => depth.has(n.id))
    .map((n) => ({ ...n, depth: depth.get(n.id) ?? 0 }));
  const edges = whole.edges.filter((e) => depth.has(e.source) && depth.has(e.target));
  const present = new Set(nodes.map((n) => n.group));
  return { nodes, edges, groups: whole.groups.filter((g) => present.has(g.name)) };
}

/** Each node's neighbours (either direction), for hover highlighting. */
export function mapNeighbours(edges: readonly GraphEdge[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = map.get(a) ?? new Set<string>();
    set.add(b);
    map.set(a, set);
  };
  for (const { source, target } of edges) {
    add(source, target);
    add(target, source);
  }
  return map;
}

/** Node and edge counts by kind, for the text summary of /graph. */
export function countGraph(graph: ShapedGraph): {
  nodes: number;
  edges: number;
  byKind: Record<GraphNodeKind, number>;
} {
  const byKind: Record<GraphNodeKind, number> = { post: 0, page: 0, note: 0 };
  for (const n of graph.nodes) byKind[n.kind]++;
  return { nodes: graph.nodes.length, edges: graph.edges.length, byKind };
}

/**
 * A deterministic vault-like graph for tests and measurements: `n` notes in `folders` folders,
 * each linking to one to three earlier notes (mostly in its folder), plus `extra` links across.
 */
export function generateGraph(
  n: number,
  { folders = 12, extra = Math.round(n / 5), seed = 7 } = {},
): LinkGraph {
  let state = seed;
  const random = () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
  const nodes: GraphNode[] = [];
  for (let i = 0; i < n; i++) {
    const folder = `文件夹${i % folders}`;
    nodes.push({ id: `/notes/${folder}/笔记-${i}/`, title: `笔记 ${i}`, kind: 'note', group: folder });
  }
  const edges: GraphEdge[] = [];
  for (let i = folders; i < n; i++) {
    const count = 1 + Math.floor(random() * 3);
    for (let k = 0; k < count; k++) {
      const back = folders * (1 + Math.floor(random() * 4));
      const target = nodes[Math.max(i - back, i % folders)];
      if (target) edges.push({ source: nodes[i]?.id ?? '', target: target.id });
    }
  }
  for (let k = 0; k < extra; k++) {
    const a = nodes[Math.floor(random() * n)];
    const b = nodes[Math.floor(random() * n)];
    if (a && b) edges.push({ source: a.id, target: b.id });
  }
  return { nodes, edges };
}
