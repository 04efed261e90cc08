'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { readTheme, subscribeTheme } from '../../lib/theme-store';

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
 * Draws the note's ```` ```mermaid ```` blocks as SVG. The mermaid library is imported only here, on
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
    void import('mermaid').then(async ({ default: mermaid }) => {
      mermaid.initialize({
        startOnLoad: false,
        theme: theme === 'dark' ? 'dark' : 'default',
        securityLevel: 'strict',
      });
      for (const block of blocks) {
        if (cancelled) return;
        const source = dedent(block.querySelector('.mermaid-source')?.textContent ?? '');
        const id = `mermaid-svg-${++renders}`;
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
    });
    return () => {
      cancelled = true;
    };
  }, [theme, failedLabel]);
  return null;
}
