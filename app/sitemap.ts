import type { MetadataRoute } from 'next';
import { buildSitemap } from '../lib/sitemap';

// Written at build time (a static export requires it said; a server build prerenders it anyway).
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap();
}
