import { getRecentlyUpdated, getTags } from '../lib/content';
import { RECENT_COUNT, TRENDING_TAG_COUNT } from '../lib/side-panels';
import { t } from '../lib/site';
import { withBasePath } from '../lib/static-export';

/**
 * Chirpy's side panels: "最近更新" (recently updated posts) and "热门标签" (the most used tags), shown
 * on wide screens only (from 80rem, where the post page's TOC column starts), above the TOC on a
 * post page. Server-rendered plain links, no JavaScript. Every post page carries them twice (HTML
 * and RSC payload), so the markup is bare and styled by `.side-panels` (app/side-panels.css).
 *
 * Resolved a macrotask late on purpose: React sends a server component's RSC row when it resolves,
 * so this one comes after the body's (whose HTML is in the payload again). Between the two copies of
 * the body, its 2 KB row pushed part of the body out of gzip's 32 KB window: a post page grew by
 * 1.5 kB gzip instead of the 0.3 kB the panels weigh (docs/performance.md).
 */
export async function SidePanels() {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const recent = getRecentlyUpdated(RECENT_COUNT);
  const tags = getTags().slice(0, TRENDING_TAG_COUNT);
  if (recent.length === 0 && tags.length === 0) return null;
  return (
    <div className="side-panels">
      {recent.length > 0 && (
        <>
          <h2>{t('recentlyUpdated')}</h2>
          <ul>
            {recent.map((note) => (
              <li key={note.url}>
                <a href={withBasePath(note.url)}>{note.meta.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {tags.length > 0 && (
        <>
          <h2>{t('trendingTags')}</h2>
          <ul className="side-tags">
            {tags.map((tag) => (
              <li key={tag.slug}>
                <a href={withBasePath(`/tags/${tag.slug}/`)}>{tag.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
