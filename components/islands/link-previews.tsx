'use client';

import { useEffect } from 'react';

// Kept in step with PREVIEW_LINKS in link-preview-popover.ts (not imported: this file must stay tiny).
const LINKS = '[data-note-body] a[href], [data-link-previews] a[href]';

/**
 * The loader of the link previews: a few hundred bytes at load. The first hover (mouse or pen) or
 * keyboard focus of a link in the article loads the previews (link-preview-popover.ts), which then
 * take over. A tap does not load them: a touch reader follows the link.
 */
export function LinkPreviews() {
  useEffect(() => {
    let touched = 0;
    const onTouch = (event: PointerEvent) => {
      if (event.pointerType === 'touch') touched = Date.now();
    };
    const wake = (event: Event) => {
      if (event instanceof PointerEvent ? event.pointerType === 'touch' : Date.now() - touched < 800) return;
      if (!(event.target instanceof Element && event.target.closest(LINKS))) return;
      stop();
      void import('./link-preview-popover').then((m) => m.startLinkPreviews(event));
    };
    const stop = () => {
      document.removeEventListener('pointerover', wake);
      document.removeEventListener('focusin', wake);
      document.removeEventListener('pointerdown', onTouch);
    };
    document.addEventListener('pointerover', wake);
    document.addEventListener('focusin', wake);
    document.addEventListener('pointerdown', onTouch);
    return stop;
  }, []);
  return null;
}
