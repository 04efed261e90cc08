/**
 * The link graph as `lib/content.ts` serves it (`getLinkGraph()`, the `/graph.json` route): every
 * published post, page and note, and one edge per resolved internal link. Shared design of issue 19.
 */

export type GraphNodeKind = 'post' | 'page' | 'note';

export interface GraphNode {
  /** The page's URL, e.g. `/notes/数学/线性代数/` (the base path is not in it). */
  id: string;
  title: string;
  kind: GraphNodeKind;
  /** The top folder of a note, or a post's first category: what the graph colours by. */
  group: string;
}

export interface GraphEdge {
  /** The linking page's URL. */
  source: string;
  /** The linked page's URL. */
  target: string;
}

export interface LinkGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
