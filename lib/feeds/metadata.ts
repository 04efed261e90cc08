/** The `<link rel="alternate">` entries of the feeds, as Next's metadata `alternates.types`. */
import type { Metadata } from 'next';
import { siteConfig } from '../../site.config';
import { FEED_PATHS } from './paths';

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/**
 * The site's Atom and JSON feeds, after the page's own feed when it has one (a tag or category). A
 * page's `alternates` replaces the layout's, so a page that sets a canonical URL passes these too.
 */
export function feedAlternates(own?: { path: string; title: string }): AlternateTypes {
  return {
    'application/atom+xml': [
      ...(own ? [{ url: own.path, title: own.title }] : []),
      { url: FEED_PATHS.atom, title: `${siteConfig.title} (Atom)` },
    ],
    'application/feed+json': [{ url: FEED_PATHS.json, title: `${siteConfig.title} (JSON Feed)` }],
  };
}
