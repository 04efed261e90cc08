import type { Metadata } from 'next';
import { Link } from '../../components/link';
import { PageHeading } from '../../components/page-heading';
import { getTags } from '../../lib/content';
import { t } from '../../lib/site';

export const metadata: Metadata = { title: t('tags'), alternates: { canonical: '/tags/' } };

export default function TagsPage() {
  const tags = getTags();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('tags')} />
      {tags.length === 0 && <p className="text-muted">{t('noPosts')}</p>}
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={`/tags/${tag.slug}/`}
              className="inline-flex items-baseline gap-2 rounded-full border border-line px-3 py-1 hover:border-[var(--link)] hover:text-[var(--link)]"
            >
              <span>{tag.name}</span>
              <span className="text-xs text-muted">{tag.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
