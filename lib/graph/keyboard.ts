/**
 * Moving a keyboard focus between the nodes of a drawn graph (components/islands/graph-canvas.ts):
 * where focus starts, which node an arrow key goes to, and what each key does. Pure, so the rules
 * are tested as tables; the canvas code only applies them.
 */

/** A node where the layout put it (graph units; y grows downwards, as on screen). */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  /** Links out and in: the busiest node is where focus starts in a whole-site graph. */
  degree: number;
}

export type GraphDirection = 'left' | 'right' | 'up' | 'down';

export type GraphKeyAction =
  | { kind: 'move'; direction: GraphDirection }
  | { kind: 'start' }
  | { kind: 'open' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'leave' };

const KEYS: Record<string, GraphKeyAction> = {
  ArrowLeft: { kind: 'move', direction: 'left' },
  ArrowRight: { kind: 'move', direction: 'right' },
  ArrowUp: { kind: 'move', direction: 'up' },
  ArrowDown: { kind: 'move', direction: 'down' },
  Home: { kind: 'start' },
  Enter: { kind: 'open' },
  '+': { kind: 'zoom', factor: 1.5 },
  '=': { kind: 'zoom', factor: 1.5 }, // `+` without Shift on most layouts
  '-': { kind: 'zoom', factor: 1 / 1.5 },
  Escape: { kind: 'leave' },
};

/** What a key does on the focused graph; null for keys it leaves to the browser (Tab among them). */
export function graphKeyAction(key: string, modifiers = false): GraphKeyAction | null {
  return modifiers ? null : (KEYS[key] ?? null);
}

/** Where focus starts: the page a neighbourhood is drawn around, else the most linked node (first on a tie). */
export function pickStartNode(nodes: readonly PlacedNode[], centre?: string): string | null {
  if (centre !== undefined && nodes.some((n) => n.id === centre)) return centre;
  let best: PlacedNode | null = null;
  for (const n of nodes) if (!best || n.degree > best.degree) best = n;
  return best?.id ?? null;
}

/** A linked node counts as this much nearer: moving along links is what a graph is read for. */
const NEIGHBOUR_WEIGHT = 0.5;

/**
 * The node an arrow key moves to from `from`: among the nodes lying that way (within 45° of the
 * arrow, else anywhere on that side), the one with the least distance along the arrow plus twice
 * the distance across it, linked nodes (`neighbours`) counting half. Null when none lies that way.
 */
export function pickNodeInDirection(
  nodes: readonly PlacedNode[],
  from: string,
  direction: GraphDirection,
  neighbours: ReadonlySet<string> = new Set(),
): string | null {
  const start = nodes.find((n) => n.id === from);
  if (!start) return null;
  let inCone: { id: string; score: number } | null = null;
  let onSide: { id: string; score: number } | null = null;
  for (const n of nodes) {
    if (n.id === from) continue;
    const dx = n.x - start.x;
    const dy = n.y - start.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0) continue;
    const score = (along + 2 * across) * (neighbours.has(n.id) ? NEIGHBOUR_WEIGHT : 1);
    if (across <= along) {
      if (!inCone || score < inCone.score) inCone = { id: n.id, score };
    } else if (!onSide || score < onSide.score) onSide = { id: n.id, score };
  }
  return (inCone ?? onSide)?.id ?? null;
}
