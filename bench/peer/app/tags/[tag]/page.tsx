import { slug } from 'github-slugger';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import tagData from '@/app/tag-data.json';
import PostList from '@/components/PostList';
import { sortedPosts, summarise } from '@/lib/posts';

type Params = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return Object.keys(tagData).map((tag) => ({ tag: encodeURI(tag) }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: decodeURI((await params).tag) };
}

export default async function TagPage({ params }: Params) {
  const tag = decodeURI((await params).tag);
  const posts = sortedPosts()
    .filter((p) => p.tags.some((t) => slug(t) === tag))
    .map(summarise);
  if (posts.length === 0) notFound();
  return <PostList title={`#${tag}`} posts={posts} />;
}
