import { notFound } from 'next/navigation';
import PostList from '@/components/PostList';
import { POSTS_PER_PAGE, pageCount, sortedPosts, summarise } from '@/lib/posts';

export function generateStaticParams() {
  const total = pageCount(sortedPosts().length);
  return Array.from({ length: total }, (_, i) => ({ page: String(i + 1) }));
}

export default async function BlogListPage({ params }: { params: Promise<{ page: string }> }) {
  const current = Number((await params).page);
  const posts = sortedPosts().map(summarise);
  const total = pageCount(posts.length);
  if (!Number.isInteger(current) || current < 1 || current > total) notFound();
  const start = (current - 1) * POSTS_PER_PAGE;
  return (
    <PostList
      title="All Posts"
      posts={posts.slice(start, start + POSTS_PER_PAGE)}
      pagination={{ current, total }}
    />
  );
}
