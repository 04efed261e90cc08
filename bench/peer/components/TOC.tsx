import type { TocEntry } from '@/contentlayer.config';

export default function TOC({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <details open className="mb-6 rounded border border-gray-200 p-4 dark:border-gray-700">
      <summary className="font-semibold">Contents</summary>
      <ul className="mt-2 space-y-1 text-sm">
        {toc
          .filter((h) => h.depth <= 3)
          .map((h) => (
            <li key={h.url} className={h.depth === 3 ? 'ml-4' : ''}>
              <a href={h.url} className="text-gray-600 hover:text-primary-500 dark:text-gray-300">
                {h.value}
              </a>
            </li>
          ))}
      </ul>
    </details>
  );
}
