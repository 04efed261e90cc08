import type { MetadataRoute } from 'next';
import { absoluteUrl } from '../lib/site';

// Written at build time (a static export requires it said; a server build prerenders it anyway).
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl('/sitemap.xml') };
}
