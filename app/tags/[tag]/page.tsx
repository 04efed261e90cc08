import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompactNoteList } from '../../../components/compact-note-list';
import { PageHeading } from '../../../components/page-heading';
import { getPostsWithTag, getTags } from '../../../lib/content';
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
  return {
    title: t('postsWithTag', { name: tag.name }),
    alternates: { canonical: `/tags/${taxonomySlug(tag.name)}/` },
  };
}

export default async function TagPage({ params }: PageProps<'/tags/[tag]'>) {
  const tag = await findTag(params);
  if (!tag) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('postsWithTag', { name: tag.name })}>
        {t('postCount', { n: tag.notes.length })}
      </PageHeading>
      <CompactNoteList notes={tag.notes} />
    </div>
  );
}
