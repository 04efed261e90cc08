'use client';

import { useEffect } from 'react';

interface AnalyticsProps {
  provider: string;
  id: string;
  src: string;
  /** `data-*` attributes of the script, names without `data-`, as JSON (props stay primitive). */
  data: string;
}

declare global {
  interface Window {
    dataLayer?: unknown[];
    _paq?: unknown[][];
  }
}

/**
 * Loads the site's analytics script once the page is idle after hydration, so it never competes
 * with the page's own work. The CSP allows exactly this provider's hosts (lib/settings/csp.ts).
 */
export function Analytics({ provider, id, src, data }: AnalyticsProps) {
  useEffect(() => {
    if (document.querySelector('script[data-xiaoji-analytics]')) return;
    const load = (): void => {
      // Google and Matomo read a queue their script drains once it arrives.
      if (provider === 'google') {
        window.dataLayer = window.dataLayer ?? [];
        const queue = window.dataLayer;
        function gtag(..._values: unknown[]): void {
          // gtag.js reads Arguments objects from its queue, not arrays.
          // biome-ignore lint/complexity/noArguments: the queue's format is gtag.js's
          queue.push(arguments);
        }
        gtag('js', new Date());
        gtag('config', id);
      } else if (provider === 'matomo') {
        const attrs = JSON.parse(data) as Record<string, string>;
        window._paq = window._paq ?? [];
        window._paq.push(
          ['trackPageView'],
          ['setTrackerUrl', `${attrs['matomo-url']}matomo.php`],
          ['setSiteId', id],
        );
      }
      const script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.dataset.xiaojiAnalytics = provider;
      for (const [name, value] of Object.entries(JSON.parse(data) as Record<string, string>))
        script.setAttribute(`data-${name}`, value);
      document.body.append(script);
    };
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(load, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(load, 1);
    return () => clearTimeout(timer);
  }, [provider, id, src, data]);
  return null;
}
