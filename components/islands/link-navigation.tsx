'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { basePath } from '../../lib/static-export';

/** True for a click the browser must handle itself: another tab or window, a download. */
function isBrowserClick(event: MouseEvent, link: HTMLAnchorElement): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    link.hasAttribute('download') ||
    (link.target !== '' && link.target !== '_self')
  );
}

/**
 * Follows the site links of components/link.tsx (`a[data-nav]`) with Next's router, as next/link
 * does: one listener for the whole page instead of a client component per link. Until it has
 * hydrated, and for any click it leaves alone, the browser follows the link itself.
 */
export function LinkNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link?.hasAttribute('data-nav') || isBrowserClick(event, link)) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin) return;
      // The router adds the base path itself.
      const inBase =
        basePath !== '' && (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
      const path = inBase ? url.pathname.slice(basePath.length) || '/' : url.pathname;
      event.preventDefault();
      router.push(`${path}${url.search}${url.hash}`);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [router]);
  return null;
}
