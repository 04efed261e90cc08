import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompactNoteList } from '../../../components/compact-note-list';
import { FeedLink } from '../../../components/feed-link';
import { PageHeading } from '../../../components/page-heading';
import { getCategorySlugs, getPostsInCategory } from '../../../lib/content';
import { feedAlternates } from '../../../lib/feeds/metadata';
import { FEED_PATHS } from '../../../lib/feeds/paths';
import { decodeParam } from '../../../lib/params';
import { t } from '../../../lib/site';
import { exportableParams, NO_PAGE_PARAM } from '../../../lib/static-export';
import { taxonomySlug } from '../../../lib/taxonomy';

export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(
    getCategorySlugs().map((name) => ({ name })),
    { name: NO_PAGE_PARAM },
  );
}

async function findCategory(params: Promise<{ name: string }>) {
  const slug = decodeParam((await params).name);
  return slug === null ? null : getPostsInCategory(slug);
}

export async function generateMetadata({ params }: PageProps<'/categories/[name]'>): Promise<Metadata> {
  const category = await findCategory(params);
  if (!category) return {};
  const title = t('postsInCategory', { name: category.name });
  return {
    title,
    alternates: {
      canonical: `/categories/${taxonomySlug(category.name)}/`,
      types: feedAlternates({ path: FEED_PATHS.category(category.name), title: `${title} (Atom)` }),
    },
  };
}

export default async function CategoryPage({ params }: PageProps<'/categories/[name]'>) {
  const category = await findCategory(params);
  if (!category) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('postsInCategory', { name: category.name })}>
        {t('postCount', { n: category.notes.length })}
        <FeedLink path={FEED_PATHS.category(category.name)} label={t('subscribeCategory')} />
      </PageHeading>
      <CompactNoteList notes={category.notes} />
    </div>
  );
}
