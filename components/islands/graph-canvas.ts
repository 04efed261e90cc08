/**
 * Draws a link graph on a canvas with force-graph (d3-force layout, 2D canvas, zoom and pan by
 * wheel, drag and pinch). Only previews-and-graphs.tsx imports this file, by dynamic import, so the library
 * (about 82 kB gzip) is fetched when a graph is shown and never on page load. Why force-graph:
 * docs/architecture.md, "The graph".
 */
import ForceGraph from 'force-graph';
import { GRAPH_INK, groupColor } from '../../lib/graph/palette';
import {
  getNeighbourhood,
  mapNeighbours,
  type ShapedGraph,
  type ShapedNode,
  shapeGraph,
} from '../../lib/graph/shape';
import type { LinkGraph } from '../../lib/graph/types';
import { withBasePath } from '../../lib/static-export';
import { readTheme, subscribeTheme } from '../../lib/theme-store';

interface DrawNode extends ShapedNode {
  x?: number;
  y?: number;
}

interface DrawLink {
  source: string | DrawNode;
  target: string | DrawNode;
}

const FIT_MS = 400;

const endId = (end: string | DrawNode) => (typeof end === 'string' ? end : end.id);

export interface DrawOptions {
  /** The page a neighbourhood is drawn around: drawn larger, always labelled. */
  centre?: string;
  /** Labels every node when the graph is this small or smaller (a neighbourhood). */
  labelAllBelow?: number;
}

/** Draws `graph` into `host` (sized by CSS); returns a function that stops and removes it. */
export function drawGraph(host: HTMLElement, graph: ShapedGraph, options: DrawOptions = {}): () => void {
  const neighbours = mapNeighbours(graph.edges);
  const labelAll = graph.nodes.length <= (options.labelAllBelow ?? 40);
  let theme = readTheme();
  let hovered: string | null = null;

  const near = (id: string) =>
    hovered === null || id === hovered || (neighbours.get(hovered)?.has(id) ?? false);
  const nodes: DrawNode[] = graph.nodes.map((n) => ({ ...n }));
  const links: DrawLink[] = graph.edges.map((e) => ({ ...e }));

  const canvas = new ForceGraph<DrawNode, DrawLink>(host)
    .width(host.clientWidth)
    .height(host.clientHeight)
    .backgroundColor('rgba(0,0,0,0)')
    .nodeId('id')
    .nodeRelSize(3)
    .nodeVal((n) => (n.id === options.centre ? 6 : 1 + Math.min(n.links + n.backlinks, 12) / 3))
    .nodeColor((n) => (near(n.id) ? groupColor(theme, n.color) : GRAPH_INK[theme].faded))
    .nodeLabel((n) => {
      // Titles are the writer's text: set as text, never as HTML.
      const tip = document.createElement('span');
      tip.textContent = n.title;
      return tip;
    })
    .linkColor((l) =>
      hovered === null || endId(l.source) === hovered || endId(l.target) === hovered
        ? GRAPH_INK[theme].edge
        : GRAPH_INK[theme].faded,
    )
    .linkDirectionalArrowLength(graph.nodes.length > 200 ? 0 : 3)
    .linkDirectionalArrowRelPos(1)
    .nodeCanvasObjectMode(() => 'after')
    .nodeCanvasObject((n, ctx, scale) => {
      const show = labelAll || n.id === options.centre || (hovered !== null && near(n.id)) || scale > 2.5;
      if (!show || n.x === undefined || n.y === undefined) return;
      const size = 11 / scale;
      ctx.font = `${size}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      ctx.fillStyle = near(n.id) ? GRAPH_INK[theme].label : GRAPH_INK[theme].faded;
      const title = n.title.length > 18 ? `${n.title.slice(0, 17)}…` : n.title;
      ctx.fillText(title, n.x, n.y + 3 + (n.id === options.centre ? 4 : 2));
    })
    .onNodeHover((n) => {
      hovered = n?.id ?? null;
      host.style.cursor = n ? 'pointer' : '';
    })
    .onNodeClick((n) => {
      window.location.assign(withBasePath(n.id));
    })
    .cooldownTicks(graph.nodes.length > 500 ? 200 : 120)
    .graphData({ nodes, links });

  // Fit once the layout has settled, so the whole graph is in view whatever its size.
  let fitted = false;
  canvas.onEngineStop(() => {
    if (fitted) return;
    fitted = true;
    canvas.zoomToFit(FIT_MS, 24);
    // Marks the graph as still (tests click its nodes then).
    setTimeout(() => {
      host.dataset.settled = '';
    }, FIT_MS + 50);
  });
  host.dataset.drawn = String(nodes.length);

  const unsubscribe = subscribeTheme(() => {
    theme = readTheme();
    // Setting an accessor again repaints with the new theme's colours.
    canvas.nodeColor(canvas.nodeColor());
  });
  const resize = new ResizeObserver(() => canvas.width(host.clientWidth).height(host.clientHeight));
  resize.observe(host);
  return () => {
    unsubscribe();
    resize.disconnect();
    canvas._destructor();
    host.replaceChildren();
  };
}

let siteGraph: Promise<LinkGraph> | null = null;

/** The site's graph (`/graph.json`), fetched once per page. */
function loadSiteGraph(): Promise<LinkGraph> {
  siteGraph ??= fetch(withBasePath('/graph.json')).then((response) => {
    if (!response.ok) throw new Error(`/graph.json: ${response.status}`);
    return response.json() as Promise<LinkGraph>;
  });
  siteGraph.catch(() => {
    siteGraph = null;
  });
  return siteGraph;
}

/**
 * Fetches the site's graph and draws all of it, or the two-hop neighbourhood of `centre`. Resolves
 * to the number of nodes drawn (a neighbourhood of one, the page alone, is not drawn: 1) and the
 * function that removes the drawing.
 */
export async function showGraph(
  host: HTMLElement,
  centre: string | null,
): Promise<{ nodes: number; edges: number; dispose: () => void }> {
  const site = await loadSiteGraph();
  const graph = centre === null ? shapeGraph(site) : getNeighbourhood(site, centre, 2);
  if (centre !== null && graph.nodes.length <= 1)
    return { nodes: graph.nodes.length, edges: 0, dispose: () => {} };
  const dispose = drawGraph(host, graph, centre === null ? {} : { centre });
  return { nodes: graph.nodes.length, edges: graph.edges.length, dispose };
}

/**
 * Draws the graph a GraphBox (components/graph-box.tsx) asks for, and says what happened in the
 * box's message and accessible name. Returns the function that removes the drawing.
 */
export async function mountGraph(box: HTMLElement): Promise<() => void> {
  const message = box.parentElement?.querySelector<HTMLElement>('.graph-message');
  const say = (text: string) => {
    box.setAttribute('aria-label', text);
    if (message) {
      message.textContent = text;
      message.hidden = text === '';
    }
  };
  try {
    const shown = await showGraph(box, box.dataset.centre ?? null);
    if (shown.nodes <= 1 && box.dataset.centre !== undefined) say(box.dataset.labelAlone ?? '');
    else {
      say('');
      box.setAttribute(
        'aria-label',
        (box.dataset.labelDrawn ?? '')
          .replace('{nodes}', String(shown.nodes))
          .replace('{edges}', String(shown.edges)),
      );
    }
    return shown.dispose;
  } catch {
    say(box.dataset.labelFailed ?? '');
    return () => {};
  }
}
