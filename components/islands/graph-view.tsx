'use client';

import { useEffect, useRef, useState } from 'react';

export interface GraphViewLabels {
  /** The canvas's accessible name, e.g. "全站关系图：{nodes} 个页面，{edges} 条链接". */
  drawn: string;
  /** Shown until the graph is drawn (and for good without JavaScript). */
  waiting: string;
  /** A neighbourhood with no other page. */
  alone: string;
  failed: string;
}

type State =
  | { kind: 'waiting' }
  | { kind: 'drawn'; nodes: number; edges: number }
  | { kind: 'alone' }
  | { kind: 'failed' };

/**
 * A graph box of fixed height (nothing moves when it is drawn). `centre` null: the whole site,
 * drawn at once (/graph); else that page's neighbourhood, loaded when the box scrolls into view.
 * The graph code and library load then, not with the page (graph-canvas.ts).
 */
export function GraphView({
  centre,
  labels,
  className,
}: {
  centre: string | null;
  labels: GraphViewLabels;
  className: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ kind: 'waiting' });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let dispose = () => {};
    let stopped = false;
    const show = () => {
      import('./graph-canvas')
        .then((m) => m.showGraph(el, centre))
        .then((drawn) => {
          if (stopped) return drawn.dispose();
          dispose = drawn.dispose;
          setState(drawn.nodes <= 1 && centre !== null ? { kind: 'alone' } : { kind: 'drawn', ...drawn });
        })
        .catch(() => setState({ kind: 'failed' }));
    };
    let observer: IntersectionObserver | null = null;
    if (centre === null) show();
    else {
      observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer?.disconnect();
        show();
      });
      observer.observe(el);
    }
    return () => {
      stopped = true;
      observer?.disconnect();
      dispose();
    };
  }, [centre]);
  const message =
    state.kind === 'waiting'
      ? labels.waiting
      : state.kind === 'alone'
        ? labels.alone
        : state.kind === 'failed'
          ? labels.failed
          : '';
  const name =
    state.kind === 'drawn'
      ? labels.drawn.replace('{nodes}', String(state.nodes)).replace('{edges}', String(state.edges))
      : message;
  return (
    <div className={`graph-view relative overflow-hidden rounded-lg border border-line ${className}`}>
      {message && (
        <p
          aria-hidden="true"
          className="absolute inset-0 flex items-center justify-center p-4 text-center text-sm text-muted"
        >
          {message}
        </p>
      )}
      <div
        ref={box}
        data-graph={centre ?? 'site'}
        className="absolute inset-0"
        role="img"
        aria-label={name}
      />
    </div>
  );
}
