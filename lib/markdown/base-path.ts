/**
 * rehype plugin for a static export under a base path (`/repo` on `user.github.io/repo`,
 * lib/static-export.ts): a note's site paths (`/posts/x/`, `/assets/img/a.png`, and the lqip
 * background `url("/…")` images.ts writes) get the base path, as Next's <Link> does for the
 * site's own links. Runs after links.ts and images.ts have resolved relative paths; feeds skip it
 * (their links are absolute on the origin with the base path already).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBasePath } from '../static-export';

export interface BasePathOptions {
  /** `/repo`, or '' for none (the plugin then does nothing). */
  basePath?: string;
}

const URL_PROPERTIES = ['href', 'src', 'poster', 'action'] as const;

/** `srcset`: comma-separated `url descriptor` candidates. */
function prefixSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/, (_all, space: string, url: string) => space + withBasePath(url, base)),
    )
    .join(',');
}

/** Gives one element's site paths the base path. */
export function prefixElement(element: Element, base: string): void {
  const properties = element.properties;
  for (const name of URL_PROPERTIES) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = withBasePath(value, base);
  }
  // hast keeps `srcset` as one string or, parsed from HTML, a list of candidates.
  const srcset: unknown = properties.srcSet;
  if (typeof srcset === 'string') properties.srcSet = prefixSrcset(srcset, base);
  else if (Array.isArray(srcset))
    properties.srcSet = srcset.map((s) => prefixSrcset(String(s), base)).join(', ');
  const style = properties.style;
  if (typeof style === 'string' && style.includes('url("/'))
    properties.style = style.replace(/url\("(\/(?!\/))/g, `url("${base}$1`);
}

export default function rehypeBasePath(options: BasePathOptions = {}) {
  const base = options.basePath ?? '';
  return (tree: Root) => {
    if (base === '') return;
    visit(tree, 'element', (node: Element) => prefixElement(node, base));
  };
}
