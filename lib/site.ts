/** Small helpers over the site config used by many components. */
import { siteConfig } from '../site.config';
import { getTranslator } from './i18n';
import { basePath, withBasePath } from './static-export';

/** The translator for the configured UI language. */
export const t = getTranslator(siteConfig.locale);

/** The site's root URL, base path included (`https://user.github.io/repo/`): metadata's base. */
export const siteRootUrl = new URL(`${siteConfig.url}${basePath}/`);

/**
 * Absolute URL for a site path (`/posts/x` → `https://example.com/posts/x`), path segments encoded;
 * under a static export's base path, `https://user.github.io/repo/posts/x`.
 */
export function absoluteUrl(path: string): string {
  return new URL(encodeURI(withBasePath(path)), `${siteConfig.url}/`).toString();
}
