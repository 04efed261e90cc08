'use client';

import { useEffect } from 'react';

// Kept in step with PREVIEW_LINKS in link-preview-popover.ts (not imported: this file must stay tiny).
const LINKS =
  '[data-note-body] a[href], [data-link-previews] a[href], [data-backlinks] a[href], [data-related] a[href]';
// What the previews listen to until their code takes over (a press is told from a tap by its end).
const WAKE = ['pointerover', 'pointerdown', 'pointerup', 'pointercancel', 'focusin'];

/**
 * The one loader, a few hundred bytes at load, of the features whose code loads on demand:
 * - link previews: the first hover, keyboard focus or touch of a link in the article loads
 *   link-preview-popover.ts, which takes over and is handed the events seen while it loaded (so a
 *   long press begun before it arrived still previews, and a tap still only follows the link);
 * - graphs: each `[data-graph]` box (components/graph-box.tsx) is drawn by graph-canvas.ts, with
 *   the graph library, when it scrolls into view;
 * - "copy link" under a post: its first click loads share-copy.ts.
 */
export function PreviewsAndGraphs() {
  useEffect(() => {
    let seen: Event[] | null = null;
    const wake = (event: Event) => {
      if (seen) seen.push(event);
      else if (event.target instanceof Element && event.target.closest(LINKS)) {
        const events = [event];
        seen = events;
        import('./link-preview-popover').then(
          (m) => {
            stop();
            m.startLinkPreviews(events);
          },
          () => {
            seen = null; // a network hiccup may pass: try again on the next link
          },
        );
      }
    };
    const stop = () => {
      for (const type of WAKE) document.removeEventListener(type, wake);
    };
    for (const type of WAKE) document.addEventListener(type, wake);
    // "Copy link" under a post is its permalink until JavaScript runs: then a click copies it.
    const onShareCopy = (event: MouseEvent) => {
      const link = event.target instanceof Element && event.target.closest('a[data-share="copy"]');
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      void import('./share-copy').then((m) => m.copyShareLink(link as HTMLAnchorElement));
    };
    document.addEventListener('click', onShareCopy);

    const drawn: Promise<() => void>[] = [];
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !(entry.target instanceof HTMLElement)) continue;
        observer.unobserve(entry.target);
        const box = entry.target;
        drawn.push(import('./graph-canvas').then((m) => m.mountGraph(box)));
      }
    });
    for (const box of Array.from(document.querySelectorAll('[data-graph]'))) observer.observe(box);
    return () => {
      stop();
      document.removeEventListener('click', onShareCopy);
      observer.disconnect();
      for (const d of drawn) void d.then((dispose) => dispose());
    };
  }, []);
  return null;
}
