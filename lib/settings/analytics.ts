/**
 * The analytics providers Chirpy supports: the one script each loads and the hosts it talks to,
 * which are exactly what the Content-Security-Policy allows (lib/settings/csp.ts).
 */
import type { AnalyticsSettings } from './site-settings';

/** One `<script>` to add: `src` and its `data-*` attributes (names without `data-`). */
export interface AnalyticsScript {
  src: string;
  data: Record<string, string>;
}

/** Origins a provider needs, by CSP directive. */
export interface AnalyticsHosts {
  script: string[];
  connect: string[];
}

/** The script tag a provider is loaded by. */
export function analyticsScript(a: AnalyticsSettings): AnalyticsScript {
  switch (a.provider) {
    case 'goatcounter':
      return {
        src: 'https://gc.zgo.at/count.js',
        data: { goatcounter: `https://${a.id}.goatcounter.com/count` },
      };
    case 'google':
      return {
        src: `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(a.id)}`,
        data: { 'ga-id': a.id },
      };
    case 'umami':
      return { src: `${a.domain}/script.js`, data: { 'website-id': a.id } };
    case 'cloudflare':
      return {
        src: 'https://static.cloudflareinsights.com/beacon.min.js',
        data: { 'cf-beacon': JSON.stringify({ token: a.id }) },
      };
    case 'matomo':
      return { src: `${a.domain}/matomo.js`, data: { 'matomo-url': `${a.domain}/`, 'matomo-id': a.id } };
    case 'fathom':
      return { src: 'https://cdn.usefathom.com/script.js', data: { site: a.id } };
  }
}

/** The origins a provider's script is loaded from and reports to; nothing else. */
export function analyticsHosts(a: AnalyticsSettings | null): AnalyticsHosts {
  if (!a) return { script: [], connect: [] };
  switch (a.provider) {
    case 'goatcounter': {
      const counter = `https://${a.id}.goatcounter.com`;
      return { script: ['https://gc.zgo.at'], connect: [counter] };
    }
    case 'google':
      return {
        script: ['https://www.googletagmanager.com'],
        connect: [
          'https://www.google-analytics.com',
          'https://*.google-analytics.com',
          'https://*.analytics.google.com',
        ],
      };
    case 'umami':
    case 'matomo': {
      const origin = a.domain ?? '';
      return { script: [origin], connect: [origin] };
    }
    case 'cloudflare':
      return {
        script: ['https://static.cloudflareinsights.com'],
        connect: ['https://cloudflareinsights.com'],
      };
    case 'fathom':
      return { script: ['https://cdn.usefathom.com'], connect: ['https://cdn.usefathom.com'] };
  }
}
