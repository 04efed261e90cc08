import type { Metadata } from 'next';
import Link from 'next/link';
import tagData from '@/app/tag-data.json';

export const metadata: Metadata = { title: 'Tags' };

export default function TagsPage() {
  const counts = tagData as Record<string, number>;
  const tags = Object.keys(counts).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
  return (
    <div className="flex flex-col items-start md:mt-24 md:flex-row md:items-center md:space-x-6">
      <h1 className="text-3xl font-extrabold tracking-tight md:border-r-2 md:px-6">Tags</h1>
      <ul className="flex max-w-lg flex-wrap">
        {tags.map((tag) => (
          <li key={tag} className="mt-2 mb-2 mr-5">
            <Link href={`/tags/${tag}`} className="text-sm font-medium text-primary-500 uppercase">
              {tag}
            </Link>
            <span className="ml-1 text-sm text-gray-600 dark:text-gray-300">({counts[tag]})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
