import { getRecentlyUpdated, getTags } from '../lib/content';
import { RECENT_COUNT, TRENDING_TAG_COUNT } from '../lib/side-panels';
import { t } from '../lib/site';
import { withBasePath } from '../lib/static-export';

/**
 * Chirpy's side panels: "最近更新" (recently updated posts) and "热门标签" (the most used tags), shown
 * on wide screens only (from 80rem, where the post page's TOC column starts), above the TOC on a
 * post page. Server-rendered plain links, no JavaScript. Every post page carries them twice (HTML
 * and RSC payload), so the markup is bare and styled by `.side-panels` (app/side-panels.css).
 */
export function SidePanels() {
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
