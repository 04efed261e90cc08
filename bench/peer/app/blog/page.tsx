import type { Metadata } from 'next';
import PostList from '@/components/PostList';
import { POSTS_PER_PAGE, pageCount, sortedPosts, summarise } from '@/lib/posts';

export const metadata: Metadata = { title: 'Blog' };

export default function BlogPage() {
  const posts = sortedPosts().map(summarise);
  return (
    <PostList
      title="All Posts"
      posts={posts.slice(0, POSTS_PER_PAGE)}
      pagination={{ current: 1, total: pageCount(posts.length) }}
    />
  );
}
