import 'katex/dist/katex.css';
import '@/css/prism.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import MDXContent from '@/components/MDXContent';
import Tag from '@/components/Tag';
import TOC from '@/components/TOC';
import type { TocEntry } from '@/contentlayer.config';
import { formatDate, sortedPosts } from '@/lib/posts';

type Params = { params: Promise<{ slug: string[] }> };

async function findPost(params: Params['params']) {
  const slug = decodeURI((await params).slug.join('/'));
  const posts = sortedPosts();
  const index = posts.findIndex((p) => p.slug === slug);
  return index === -1 ? null : { post: posts[index], prev: posts[index + 1], next: posts[index - 1] };
}

export function generateStaticParams() {
  return sortedPosts().map((p) => ({ slug: p.slug.split('/').map((part) => decodeURI(part)) }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata | undefined> {
  const found = await findPost(params);
  if (!found?.post) return;
  const { post } = found;
  return {
    title: post.title,
    description: post.summary,
    openGraph: {
      title: post.title,
      description: post.summary,
      type: 'article',
      publishedTime: new Date(post.date).toISOString(),
      tags: post.tags,
    },
  };
}

export default async function PostPage({ params }: Params) {
  const found = await findPost(params);
  if (!found?.post) notFound();
  const { post, prev, next } = found;
  const minutes = Math.ceil((post.readingTime as { minutes: number }).minutes);
  return (
    <article className="xl:divide-y xl:divide-gray-200 xl:dark:divide-gray-700">
      <header className="space-y-1 pt-6 pb-6 text-center">
        <time dateTime={post.date} className="text-base font-medium text-gray-500">
          {formatDate(post.date)}
        </time>
        <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{post.title}</h1>
        <p className="text-sm text-gray-500">{minutes} min read</p>
        <div className="flex flex-wrap justify-center">
          {post.tags.map((tag) => (
            <Tag key={tag} text={tag} />
          ))}
        </div>
      </header>
      <div className="pt-8">
        <TOC toc={post.toc as TocEntry[]} />
        <div className="prose max-w-none dark:prose-invert">
          <MDXContent code={post.body.code} />
        </div>
      </div>
      <footer className="flex justify-between py-8 text-base font-medium">
        {prev ? <Link href={`/${prev.path}`}>&larr; {prev.title}</Link> : <span />}
        {next ? <Link href={`/${next.path}`}>{next.title} &rarr;</Link> : <span />}
      </footer>
    </article>
  );
}
