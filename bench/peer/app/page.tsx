import Link from 'next/link';
import PostList from '@/components/PostList';
import { sortedPosts, summarise } from '@/lib/posts';

const LATEST = 5;

export default function Home() {
  const posts = sortedPosts().slice(0, LATEST).map(summarise);
  return (
    <>
      <PostList title="Latest" posts={posts} />
      <div className="flex justify-end text-base font-medium leading-6">
        <Link href="/blog" className="text-primary-500 hover:text-primary-600">
          All posts &rarr;
        </Link>
      </div>
    </>
  );
}
