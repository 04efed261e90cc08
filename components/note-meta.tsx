import { formatDay } from '../lib/dates';
import { t } from '../lib/site';
import { taxonomySlug } from '../lib/taxonomy';
import { siteConfig } from '../site.config';
import { Link } from './link';

/** A `<time>` showing the instant's day in the site time zone and locale. */
export function NoteDate({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatDay(iso, siteConfig.timeZone, siteConfig.locale)}
    </time>
  );
}

/** The category path as links, top level first. */
export function CategoryPath({ categories }: { categories: readonly string[] }) {
  if (categories.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className="sr-only">{t('categoryPath')}</span>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="14"
        height="14"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
      </svg>
      {categories.map((name, i) => (
        <span key={name} className="inline-flex items-center gap-1">
          {i > 0 && <span aria-hidden="true">/</span>}
          <Link href={`/categories/${taxonomySlug(name)}/`} className="hover:underline">
            {name}
          </Link>
        </span>
      ))}
    </span>
  );
}

/** Tags as small pills linking to their pages. */
export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t('tagList')}>
      {tags.map((name) => (
        <li key={name}>
          <Link
            href={`/tags/${taxonomySlug(name)}/`}
            className="inline-block rounded-full border border-line px-2.5 py-0.5 text-xs hover:border-[var(--link)] hover:text-[var(--link)]"
          >
            #{name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
