import Link from 'next/link';
import { formatDate, type PostSummary } from '@/lib/posts';
import Pagination from './Pagination';
import Tag from './Tag';

interface Props {
  title: string;
  posts: PostSummary[];
  pagination?: { current: number; total: number };
}

export default function PostList({ title, posts, pagination }: Props) {
  return (
    <div className="divide-y divide-gray-200 dark:divide-gray-700">
      <h1 className="pt-6 pb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{title}</h1>
      <ul>
        {posts.map((post) => (
          <li key={post.path} className="py-4">
            <article className="space-y-2 xl:grid xl:grid-cols-4 xl:items-baseline xl:space-y-0">
              <time dateTime={post.date} className="text-base font-medium text-gray-500">
                {formatDate(post.date)}
              </time>
              <div className="space-y-3 xl:col-span-3">
                <h2 className="text-2xl font-bold tracking-tight">
                  <Link href={`/${post.path}`}>{post.title}</Link>
                </h2>
                <div className="flex flex-wrap">
                  {post.tags.map((tag) => (
                    <Tag key={tag} text={tag} />
                  ))}
                </div>
                {post.summary && <p className="prose max-w-none text-gray-500">{post.summary}</p>}
              </div>
            </article>
          </li>
        ))}
      </ul>
      {pagination && pagination.total > 1 && <Pagination {...pagination} />}
    </div>
  );
}
