/**
 * Draws a link graph on a canvas with force-graph (d3-force layout, 2D canvas, zoom and pan by
 * wheel, drag and pinch). Only previews-and-graphs.tsx imports this file, by dynamic import, so the library
 * (about 82 kB gzip) is fetched when a graph is shown and never on page load. Why force-graph:
 * docs/architecture.md, "The graph".
 */
import ForceGraph from 'force-graph';
import {
  graphKeyAction,
  type PlacedNode,
  pickNodeInDirection,
  pickStartNode,
} from '../../lib/graph/keyboard';
import { GRAPH_INK, groupColor } from '../../lib/graph/palette';
import {
  getNeighbourhood,
  mapNeighbours,
  type ShapedGraph,
  type ShapedNode,
  shapeGraph,
} from '../../lib/graph/shape';
import type { LinkGraph } from '../../lib/graph/types';
import { fillLabel } from '../../lib/search/ui';
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
/** force-graph's `nodeRelSize`: a node's radius is this times the square root of its value. */
const REL_SIZE = 3;
/** How long keyboard moves and zooms animate. */
const MOVE_MS = 250;

const endId = (end: string | DrawNode) => (typeof end === 'string' ? end : end.id);

export interface DrawOptions {
  /** The page a neighbourhood is drawn around: drawn larger, always labelled. */
  centre?: string;
  /** Labels every node when the graph is this small or smaller (a neighbourhood). */
  labelAllBelow?: number;
  /** What the live region says of the node keyboard focus moves to. */
  describe?: (node: ShapedNode) => string;
}

/** Draws `graph` into `host` (sized by CSS); returns a function that stops and removes it. */
export function drawGraph(host: HTMLElement, graph: ShapedGraph, options: DrawOptions = {}): () => void {
  const neighbours = mapNeighbours(graph.edges);
  const labelAll = graph.nodes.length <= (options.labelAllBelow ?? 40);
  let theme = readTheme();
  let hovered: string | null = null;
  /** The node keyboard focus is on (lit like a hovered one), and the last one, to come back to. */
  let focused: string | null = null;
  let lastFocused: string | null = null;
  const lit = () => hovered ?? focused;

  const near = (id: string) => {
    const at = lit();
    return at === null || id === at || (neighbours.get(at)?.has(id) ?? false);
  };
  const nodes: DrawNode[] = graph.nodes.map((n) => ({ ...n }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const nodeVal = (n: ShapedNode) =>
    n.id === options.centre ? 6 : 1 + Math.min(n.links + n.backlinks, 12) / 3;
  const links: DrawLink[] = graph.edges.map((e) => ({ ...e }));

  const canvas = new ForceGraph<DrawNode, DrawLink>(host)
    .width(host.clientWidth)
    .height(host.clientHeight)
    .backgroundColor('rgba(0,0,0,0)')
    .nodeId('id')
    .nodeRelSize(REL_SIZE)
    .nodeVal(nodeVal)
    .nodeColor((n) => (near(n.id) ? groupColor(theme, n.color) : GRAPH_INK[theme].faded))
    .nodeLabel((n) => {
      // Titles are the writer's text: set as text, never as HTML.
      const tip = document.createElement('span');
      tip.textContent = n.title;
      return tip;
    })
    .linkColor((l) => {
      const at = lit();
      return at === null || endId(l.source) === at || endId(l.target) === at
        ? GRAPH_INK[theme].edge
        : GRAPH_INK[theme].faded;
    })
    .linkDirectionalArrowLength(graph.nodes.length > 200 ? 0 : 3)
    .linkDirectionalArrowRelPos(1)
    .nodeCanvasObjectMode(() => 'after')
    .nodeCanvasObject((n, ctx, scale) => {
      if (n.x === undefined || n.y === undefined) return;
      if (n.id === focused) {
        // The keyboard focus: a ring clear of the disc (whose radius is force-graph's own formula).
        ctx.beginPath();
        ctx.arc(n.x, n.y, Math.sqrt(nodeVal(n)) * REL_SIZE + 3 / scale, 0, 2 * Math.PI);
        ctx.lineWidth = 2 / scale;
        ctx.strokeStyle = GRAPH_INK[theme].focus;
        ctx.stroke();
      }
      const show = labelAll || n.id === options.centre || (lit() !== null && near(n.id)) || scale > 2.5;
      if (!show) return;
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

  // Setting an accessor again repaints (with the theme's colours, the focus ring where it now is).
  const repaint = () => canvas.nodeColor(canvas.nodeColor());
  const unsubscribe = subscribeTheme(() => {
    theme = readTheme();
    repaint();
  });
  const resize = new ResizeObserver(() => canvas.width(host.clientWidth).height(host.clientHeight));
  resize.observe(host);
  const stopKeys = listenToKeys();
  return () => {
    unsubscribe();
    resize.disconnect();
    stopKeys();
    canvas._destructor();
    host.replaceChildren();
  };

  /**
   * The graph by keyboard (lib/graph/keyboard.ts): the box is one tab stop; focus lands on the
   * centre (or busiest) node, arrow keys move it, the live region after the box names the node,
   * Enter opens it, + and - zoom, Esc leaves. The text list under /graph stays for screen readers.
   */
  function listenToKeys(): () => void {
    const live = document.createElement('p');
    live.className = 'graph-focus sr-only';
    live.setAttribute('aria-live', 'polite');
    host.after(live);
    host.tabIndex = 0;
    host.setAttribute('role', 'application');
    // Drawn inside the box: the frame around it cuts off what lies outside.
    host.style.outlineOffset = '-3px';
    const placed = (): PlacedNode[] =>
      nodes.map((n) => ({ id: n.id, x: n.x ?? 0, y: n.y ?? 0, degree: n.links + n.backlinks }));
    const focusNode = (id: string | null) => {
      focused = id;
      if (id !== null) lastFocused = id;
      const node = id === null ? undefined : byId.get(id);
      if (node) {
        host.dataset.focused = node.id;
        live.textContent = options.describe?.(node) ?? node.title;
        // Keep it in view: centred when it is near an edge or outside.
        const at = canvas.graph2ScreenCoords(node.x ?? 0, node.y ?? 0);
        const margin = 32;
        if (
          at.x < margin ||
          at.y < margin ||
          at.x > host.clientWidth - margin ||
          at.y > host.clientHeight - margin
        )
          canvas.centerAt(node.x, node.y, MOVE_MS);
      } else delete host.dataset.focused;
      repaint();
    };
    const onFocus = () => {
      // A click (to pan or open) focuses the box too: only a keyboard focus lights a node.
      if (host.matches(':focus-visible')) focusNode(lastFocused ?? pickStartNode(placed(), options.centre));
    };
    const onBlur = () => focusNode(null);
    const onKey = (event: KeyboardEvent) => {
      const action = graphKeyAction(event.key, event.altKey || event.ctrlKey || event.metaKey);
      if (!action) return;
      event.preventDefault();
      const start = () => pickStartNode(placed(), options.centre);
      switch (action.kind) {
        case 'move': {
          const next =
            focused === null
              ? start()
              : pickNodeInDirection(placed(), focused, action.direction, neighbours.get(focused));
          if (next !== null) focusNode(next);
          break;
        }
        case 'start':
          focusNode(start());
          break;
        case 'open':
          if (focused !== null) window.location.assign(withBasePath(focused));
          break;
        case 'zoom': {
          canvas.zoom(canvas.zoom() * action.factor, MOVE_MS);
          const node = focused === null ? undefined : byId.get(focused);
          if (node) canvas.centerAt(node.x, node.y, MOVE_MS);
          break;
        }
        case 'leave':
          host.blur();
          break;
      }
    };
    host.addEventListener('focus', onFocus);
    host.addEventListener('blur', onBlur);
    host.addEventListener('keydown', onKey);
    return () => {
      host.removeEventListener('focus', onFocus);
      host.removeEventListener('blur', onBlur);
      host.removeEventListener('keydown', onKey);
      host.removeAttribute('tabindex');
      host.setAttribute('role', 'img');
      live.remove();
    };
  }
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
  describe?: (node: ShapedNode) => string,
): Promise<{ nodes: number; edges: number; dispose: () => void }> {
  const site = await loadSiteGraph();
  const graph = centre === null ? shapeGraph(site) : getNeighbourhood(site, centre, 2);
  if (centre !== null && graph.nodes.length <= 1)
    return { nodes: graph.nodes.length, edges: 0, dispose: () => {} };
  const dispose = drawGraph(host, graph, { ...(centre === null ? {} : { centre }), describe });
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
    const nodeLabel = box.dataset.labelNode ?? '{title}';
    const describe = (n: ShapedNode) =>
      fillLabel(nodeLabel, { title: n.title, links: n.links, backlinks: n.backlinks });
    const shown = await showGraph(box, box.dataset.centre ?? null, describe);
    if (shown.nodes <= 1 && box.dataset.centre !== undefined) say(box.dataset.labelAlone ?? '');
    else {
      say('');
      const drawn = fillLabel(box.dataset.labelDrawn ?? '', { nodes: shown.nodes, edges: shown.edges });
      box.setAttribute('aria-label', `${drawn} ${box.dataset.labelKeys ?? ''}`.trim());
    }
    return shown.dispose;
  } catch {
    say(box.dataset.labelFailed ?? '');
    return () => {};
  }
}
