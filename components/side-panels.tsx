import { getRecentlyUpdated, getTags } from '../lib/content';
import { RECENT_COUNT, TRENDING_TAG_COUNT } from '../lib/side-panels';
import { t } from '../lib/site';
import { withBasePath } from '../lib/static-export';

/**
 * Chirpy's side panels: "最近更新" (recently updated posts) and "热门标签" (the most used tags), shown
 * on wide screens only (xl, where the post page's TOC column starts), above the TOC on a post page.
 * Server-rendered plain links: no JavaScript, and a few hundred bytes of HTML.
 */
export function SidePanels() {
  const recent = getRecentlyUpdated(RECENT_COUNT);
  const tags = getTags().slice(0, TRENDING_TAG_COUNT);
  if (recent.length === 0 && tags.length === 0) return null;
  return (
    <div className="side-panels hidden space-y-6 text-sm xl:block">
      {recent.length > 0 && (
        <section>
          <h2 className="mb-2 font-semibold">{t('recentlyUpdated')}</h2>
          <ul className="space-y-1.5">
            {recent.map((note) => (
              <li key={note.url}>
                <a href={withBasePath(note.url)} className="text-muted hover:text-[var(--link)]">
                  {note.meta.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {tags.length > 0 && (
        <section>
          <h2 className="mb-2 font-semibold">{t('trendingTags')}</h2>
          <ul className="flex flex-wrap gap-1.5">
            {tags.map((tag) => (
              <li key={tag.slug}>
                <a
                  href={withBasePath(`/tags/${tag.slug}/`)}
                  className="inline-block rounded-full border border-line px-2.5 py-0.5 text-muted hover:border-[var(--link)] hover:text-[var(--link)]"
                >
                  {tag.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
