import type { AnchorHTMLAttributes } from 'react';
import { withBasePath } from '../lib/static-export';

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A site path (`/posts/x/`): the base path of a static export is added here. */
  href: string;
};

/**
 * A link to one of the site's pages, followed client-side (no full page load) as next/link did, but
 * with nothing to hydrate: a plain `<a data-nav>` that the one delegated listener of
 * islands/link-navigation.tsx follows. next/link made each link a client component and put its
 * code (about 3.5 kB gzip) in every page's JavaScript at load. Like our next/link links
 * (`prefetch={false}`), it never prefetches.
 */
export function Link({ href, ...props }: LinkProps) {
  return <a {...props} href={withBasePath(href)} data-nav="" />;
}
