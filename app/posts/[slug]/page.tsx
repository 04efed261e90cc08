import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findPostBySegments, PostPage, postSlugParams } from '../../../components/post-page';
import { buildNoteMetadata } from '../../../lib/metadata';
import { exportableParams, NO_PAGE_PARAM } from '../../../lib/static-export';

// Any other path falls through to app/moved/ (next.config.ts), which redirects other spellings.
export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(postSlugParams(), { slug: NO_PAGE_PARAM });
}

async function findNote(params: Promise<{ slug: string }>) {
  return findPostBySegments(['posts', (await params).slug], true);
}

export async function generateMetadata({ params }: PageProps<'/posts/[slug]'>): Promise<Metadata> {
  const note = await findNote(params);
  return note ? buildNoteMetadata(note) : {};
}

export default async function Post({ params }: PageProps<'/posts/[slug]'>) {
  const note = await findNote(params);
  if (!note) notFound();
  return <PostPage note={note} />;
}
