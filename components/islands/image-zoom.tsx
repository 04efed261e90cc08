'use client';

import { useEffect } from 'react';
import { fillLabel } from '../../lib/search/ui';

/** The words the island and its viewer show, in the UI language. */
export interface ImageZoomLabels {
  /** Name of an image without alt text: "放大图片". */
  zoom: string;
  /** Name of an image with alt text, `{alt}` replaced: "放大图片：{alt}". */
  zoomNamed: string;
  /** The viewer's close button. */
  close: string;
}

const SELECTOR = '[data-note-body] img[data-zoom]';

/**
 * Body images the pipeline marked (`data-zoom`, lib/markdown/image-zoom.ts) become buttons that
 * open the image large: focusable and named here, not in the HTML, so a page without JavaScript
 * has no control that does nothing. One delegated listener; the viewer
 * (image-zoom-viewer.ts) is imported on the first activation only.
 */
export function ImageZoom({ zoom, zoomNamed, close }: ImageZoomLabels) {
  useEffect(() => {
    for (const image of Array.from(document.querySelectorAll<HTMLImageElement>(SELECTOR))) {
      image.tabIndex = 0;
      image.setAttribute('role', 'button');
      const alt = image.alt.trim();
      image.setAttribute('aria-label', alt ? fillLabel(zoomNamed, { alt }) : zoom);
    }
    const open = (event: Event) => {
      const image = event.target instanceof HTMLImageElement ? event.target : null;
      if (!image?.matches(SELECTOR)) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        // Space would scroll the page.
        event.preventDefault();
      }
      void import('./image-zoom-viewer').then(({ openImageZoom }) => openImageZoom(image, { close }));
    };
    document.addEventListener('click', open);
    document.addEventListener('keydown', open);
    return () => {
      document.removeEventListener('click', open);
      document.removeEventListener('keydown', open);
    };
  }, [zoom, zoomNamed, close]);
  return null;
}
