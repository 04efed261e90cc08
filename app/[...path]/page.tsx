/**
 * Posts whose URL is not `/posts/<one segment>/`: a `permalink:` such as `/2021/hello/`, or a Jekyll
 * title that makes another path (`a..b` is `/posts/a/b/`, an empty one `/posts/`). Every other
 * route is more specific, so this one only sees paths no other page has.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findPostBySegments, PostPage, postPathParams } from '../../components/post-page';
import { buildNoteMetadata } from '../../lib/metadata';
import { exportableParams, NO_PAGE_PARAM } from '../../lib/static-export';

export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(postPathParams(), { path: [NO_PAGE_PARAM] });
}

async function findNote(params: Promise<{ path: string[] }>) {
  return findPostBySegments((await params).path, true);
}

export async function generateMetadata({ params }: PageProps<'/[...path]'>): Promise<Metadata> {
  const note = await findNote(params);
  return note ? buildNoteMetadata(note) : {};
}

export default async function PermalinkPost({ params }: PageProps<'/[...path]'>) {
  const note = await findNote(params);
  if (!note) notFound();
  return <PostPage note={note} />;
}
