/** Small helpers over the site config used by many components. */
import { siteConfig } from '../site.config';
import { getTranslator } from './i18n';

/** The translator for the configured UI language. */
export const t = getTranslator(siteConfig.locale);

/** Absolute URL for a site path (`/posts/x` → `https://example.com/posts/x`), path segments encoded. */
export function absoluteUrl(path: string): string {
  return new URL(encodeURI(path), `${siteConfig.url}/`).toString();
}
