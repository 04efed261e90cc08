'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { withBasePath } from '../../lib/static-export';
import { readTheme, subscribeTheme } from '../../lib/theme-store';
import { MERMAID_SCRIPT } from '../../lib/vendor-paths';

/** The part of mermaid's browser global this island uses. */
interface Mermaid {
  initialize(config: { startOnLoad: boolean; theme: string; securityLevel: string }): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}

declare global {
  // Set by mermaid's prebuilt `mermaid.min.js`.
  var mermaid: Mermaid | undefined;
}

let loading: Promise<Mermaid> | null = null;

/**
 * mermaid's global once its script has run, or null. Never read before: an element whose id or name
 * is `mermaid` (a heading "Mermaid") is `window.mermaid` until a real global of that name exists.
 */
function readMermaidGlobal(): Mermaid | null {
  const value: unknown = globalThis.mermaid;
  if (typeof value !== 'object' || value === null || value instanceof Element) return null;
  return typeof (value as Partial<Mermaid>).initialize === 'function' ? (value as Mermaid) : null;
}

/**
 * Loads mermaid's own prebuilt browser file from our origin (CSP `script-src 'self'`) once per page
 * session. It is not bundled: Turbopack compiling mermaid's graph (cytoscape, dagre, d3, KaTeX) was
 * most of the build's compile time. The module keeps the loaded object, so the global is read once.
 */
function loadMermaid(): Promise<Mermaid> {
  loading ??= new Promise<Mermaid>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = withBasePath(MERMAID_SCRIPT);
    script.async = true;
    script.onload = () => {
      const mermaid = readMermaidGlobal();
      if (mermaid) resolve(mermaid);
      else reject(new Error('mermaid global missing'));
    };
    script.onerror = () => {
      script.remove();
      loading = null;
      reject(new Error(`could not load ${MERMAID_SCRIPT}`));
    };
    document.head.append(script);
  });
  return loading;
}

/** Removes the indentation every line of a diagram shares (Chirpy's demo indents its source). */
function dedent(source: string): string {
  const lines = source.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0),
  );
  return lines.map((l) => l.slice(indent)).join('\n');
}

let renders = 0;

/**
 * Draws the note's ```` ```mermaid ```` blocks as SVG. The mermaid script is loaded only here, on
 * pages that have a diagram, after hydration; it is drawn again in the other theme when the reader
 * switches. Until then (and without JS) the block shows its source.
 */
export function MermaidDiagrams({ failedLabel }: { failedLabel: string }) {
  const theme = useSyncExternalStore(subscribeTheme, readTheme, () => null);
  useEffect(() => {
    if (theme === null) return;
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('[data-mermaid]'));
    if (blocks.length === 0) return;
    let cancelled = false;
    const draw = async (mermaid: Mermaid) => {
      mermaid.initialize({
        startOnLoad: false,
        theme: theme === 'dark' ? 'dark' : 'default',
        securityLevel: 'strict',
      });
      for (const block of blocks) {
        if (cancelled) return;
        const source = dedent(block.querySelector('.mermaid-source')?.textContent ?? '');
        // camelCase: the heading slugger never makes such an id, so a heading cannot take it.
        const id = `mermaidSvg${++renders}`;
        let output = block.querySelector<HTMLElement>('.mermaid-output');
        if (!output) {
          output = document.createElement('div');
          output.className = 'mermaid-output';
          block.prepend(output);
        }
        try {
          const { svg } = await mermaid.render(id, source);
          if (cancelled) return;
          output.innerHTML = svg;
          block.dataset.rendered = '';
          delete block.dataset.failed;
        } catch {
          // mermaid leaves its scratch element behind when the source does not parse.
          document.getElementById(`d${id}`)?.remove();
          output.textContent = failedLabel;
          block.dataset.failed = '';
          delete block.dataset.rendered;
        }
      }
    };
    // If the script cannot load, the blocks keep showing their source.
    loadMermaid().then(draw, () => undefined);
    return () => {
      cancelled = true;
    };
  }, [theme, failedLabel]);
  return null;
}
