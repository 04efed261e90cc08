/**
 * rehype plugin: links in a note body point where the author meant them to.
 *
 * Jekyll/Chirpy serves a note at `/posts/<title>/`, so authors write `[x](../other-note/)` for a
 * sibling note; this site serves it at the same URL (lib/slug.ts). A relative href is resolved here
 * against `<page url>/`, as the browser on Jekyll's page would, and written root-relative, so it
 * means the same wherever the body is shown (feeds, search). Trailing slashes are kept as written.
 * In feeds, site links become absolute on the origin.
 * External URLs, `#anchors`, `mailto:` and the like are left alone.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface LinkOptions {
  /** Whether a site path exists: a Chirpy video/audio embed of a missing file is shown as text. */
  assetExists?: (sitePath: string) => boolean;
  /** Appended to such an embed's text, e.g. "（文件缺失）". */
  missingLabel?: string;
  /** The page the body is shown on, e.g. `/posts/write-a-new-post/`; else `file.data.pageUrl`, else `/`. */
  pageUrl?: string;
  /** Feeds: the site origin, e.g. `https://example.com`, for absolute URLs. */
  origin?: string;
}

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;
const BASE = 'http://site.invalid';

/** The href as the page should carry it; unchanged unless it is a path on this site. */
export function resolveNoteLink(href: string, pageUrl: string, origin?: string): string {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || HAS_SCHEME.test(trimmed)) {
    return href;
  }
  const relative = !trimmed.startsWith('/');
  if (!relative && !origin) return href;
  let url: URL;
  try {
    url = new URL(trimmed, `${BASE}${pageUrl.replace(/\/+$/, '')}/`);
  } catch {
    return href;
  }
  if (url.origin !== BASE) return href;
  let pathname = url.pathname;
  try {
    pathname = decodeURI(pathname); // the URL parser percent-encodes CJK; keep the path as written
  } catch {
    // a malformed `%` stays encoded
  }
  const path = `${pathname}${url.search}${url.hash}`;
  return origin ? `${origin.replace(/\/+$/, '')}${path}` : path;
}

function isMissing(href: string, exists: LinkOptions['assetExists']): boolean {
  if (!exists || !href.startsWith('/') || href.startsWith('//')) return false;
  return !exists(href.split(/[?#]/)[0] ?? href);
}

/** The rehype plugin. */
export function rehypeLinks(options: LinkOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const fromFile = file.data.pageUrl;
    const pageUrl = options.pageUrl ?? (typeof fromFile === 'string' ? fromFile : '/');
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string') return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      if (classes.includes('embed-link') && isMissing(href, options.assetExists)) {
        // Like a missing image: the page never links to a file that is not there.
        node.tagName = 'span';
        node.properties = { className: [...classes, 'embed-missing'], title: href };
        if (options.missingLabel) node.children.push({ type: 'text', value: options.missingLabel });
        return;
      }
      node.properties.href = resolveNoteLink(href, pageUrl, options.origin);
    });
  };
}

declare module 'vfile' {
  interface DataMap {
    /** The URL of the page a body is rendered for (feeds pass it per note). */
    pageUrl: string;
  }
}
