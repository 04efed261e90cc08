import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteArticle } from '../../../components/note-article';
import { NoteComments } from '../../../components/note-comments';
import { PostNav } from '../../../components/post-nav';
import { getAdjacentPosts, getPostBySlug, getPostSlugs } from '../../../lib/content';
import { buildNoteJsonLd, buildNoteMetadata, serializeJsonLd } from '../../../lib/metadata';
import { decodeParam } from '../../../lib/params';

export const dynamicParams = false;

export function generateStaticParams() {
  return getPostSlugs().map((slug) => ({ slug }));
}

async function findNote(params: Promise<{ slug: string }>) {
  const slug = decodeParam((await params).slug);
  return slug === null ? undefined : getPostBySlug(slug);
}

export async function generateMetadata({ params }: PageProps<'/posts/[slug]'>): Promise<Metadata> {
  const note = await findNote(params);
  return note ? buildNoteMetadata(note) : {};
}

export default async function PostPage({ params }: PageProps<'/posts/[slug]'>) {
  const note = await findNote(params);
  if (!note) notFound();
  const { older, newer } = getAdjacentPosts(note.slug);
  return (
    <NoteArticle note={note}>
      <script
        type="application/ld+json"
        // serializeJsonLd escapes <, > and &, so no value can close the script element.
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildNoteJsonLd(note)) }}
      />
      <PostNav older={older} newer={newer} />
      <NoteComments enabled={note.meta.comments} />
    </NoteArticle>
  );
}
