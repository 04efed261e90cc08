import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompactNoteList } from '../../../components/compact-note-list';
import { FeedLink } from '../../../components/feed-link';
import { PageHeading } from '../../../components/page-heading';
import { getPostsWithTag, getTags } from '../../../lib/content';
import { feedAlternates } from '../../../lib/feeds/metadata';
import { FEED_PATHS } from '../../../lib/feeds/paths';
import { decodeParam } from '../../../lib/params';
import { t } from '../../../lib/site';
import { exportableParams, NO_PAGE_PARAM } from '../../../lib/static-export';
import { taxonomySlug } from '../../../lib/taxonomy';

export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(
    getTags().map((tag) => ({ tag: tag.slug })),
    { tag: NO_PAGE_PARAM },
  );
}

async function findTag(params: Promise<{ tag: string }>) {
  const slug = decodeParam((await params).tag);
  return slug === null ? null : getPostsWithTag(slug);
}

export async function generateMetadata({ params }: PageProps<'/tags/[tag]'>): Promise<Metadata> {
  const tag = await findTag(params);
  if (!tag) return {};
  const title = t('postsWithTag', { name: tag.name });
  return {
    title,
    alternates: {
      canonical: `/tags/${taxonomySlug(tag.name)}/`,
      types: feedAlternates({ path: FEED_PATHS.tag(tag.name), title: `${title} (Atom)` }),
    },
  };
}

export default async function TagPage({ params }: PageProps<'/tags/[tag]'>) {
  const tag = await findTag(params);
  if (!tag) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('postsWithTag', { name: tag.name })}>
        {t('postCount', { n: tag.notes.length })}
        <FeedLink path={FEED_PATHS.tag(tag.name)} label={t('subscribeTag')} />
      </PageHeading>
      <CompactNoteList notes={tag.notes} />
    </div>
  );
}
