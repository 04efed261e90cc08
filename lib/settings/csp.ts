/**
 * The Content-Security-Policy, computed from the settings: our own origin, giscus.app for the
 * comments, and exactly the hosts of the analytics provider chosen (none when unset).
 */
import { analyticsHosts } from './analytics';
import type { AnalyticsSettings } from './site-settings';

const GISCUS = 'https://giscus.app';

/**
 * The policy's value. Inline scripts are needed for the no-flash theme script and Next's own
 * hydration data; inline styles for shiki's CSS variables and KaTeX. `dev` allows React Refresh's
 * eval and the dev server's websocket. `meta`: the policy for a `<meta http-equiv>` element (a static
 * export, whose host sends no headers), which browsers refuse `frame-ancestors` in, with a console
 * error: it is left out, so such a page can be framed (docs/deploying.md). `framedBy: 'self'`: the
 * policy of a vault attachment, which a note page shows in a frame (a PDF in the browser's viewer);
 * pages themselves are never framed.
 */
export function buildCsp({
  dev,
  analytics,
  meta = false,
  framedBy = 'none',
}: {
  dev: boolean;
  analytics: AnalyticsSettings | null;
  meta?: boolean;
  framedBy?: 'none' | 'self';
}): string {
  const hosts = analyticsHosts(analytics);
  const list = (...items: string[]): string => items.filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    `script-src ${list("'self'", "'unsafe-inline'", dev ? "'unsafe-eval'" : '', GISCUS, ...hosts.script)}`,
    `style-src 'self' 'unsafe-inline' ${GISCUS}`,
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    `connect-src ${list("'self'", dev ? 'ws: wss:' : '', ...hosts.connect)}`,
    // Our own origin: a note's `![[file.pdf]]` embed frames the file (lib/links/markers.ts).
    `frame-src 'self' ${GISCUS}`,
    meta ? '' : `frame-ancestors '${framedBy}'`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ]
    .filter(Boolean)
    .join('; ');
}
