/** Where the feeds live (no imports of content: metadata and components use it too). */
import { taxonomySlug } from '../taxonomy';

/** Site paths of the feeds: Chirpy's `/feed.xml`, the JSON Feed beside it, one Atom file per tag and category page. */
export const FEED_PATHS = {
  atom: '/feed.xml',
  json: '/feed.json',
  tag: (name: string) => `/tags/${taxonomySlug(name)}/feed.xml`,
  category: (name: string) => `/categories/${taxonomySlug(name)}/feed.xml`,
} as const;
