/**
 * Which links get a hover preview: links to another page of this site (a post, note or page, not
 * a file such as an image or PDF), with the `#section` they name.
 */

export interface PreviewTarget {
  /** The page to fetch, as the browser requests it (base path included, no `#`). */
  url: string;
  /** The decoded fragment (a heading id or block id), or null for the page's opening. */
  section: string | null;
}

/** A path whose last segment has an extension (`.png`, `.pdf`, `.xml`) is a file, not a page. */
const FILE_PATH = /\.[A-Za-z0-9]{1,8}$/;

/**
 * The preview target of a link with this `href` on the page at `pageUrl` (both as the browser has
 * them), or null: another origin, a file, or the page itself (an in-page `#` link).
 */
export function findPreviewTarget(href: string, pageUrl: string): PreviewTarget | null {
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(href, page);
  } catch {
    return null;
  }
  if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) return null;
  if (FILE_PATH.test(url.pathname)) return null;
  if (url.pathname === page.pathname && url.search === page.search) return null;
  let section: string | null = null;
  if (url.hash.length > 1) {
    try {
      section = decodeURIComponent(url.hash.slice(1));
    } catch {
      section = url.hash.slice(1);
    }
  }
  return { url: `${url.origin}${url.pathname}${url.search}`, section };
}
