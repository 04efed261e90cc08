import type { CategoryNode } from '../lib/taxonomy';
import { Link } from './link';

/** Nested list of categories with their note counts. */
export function CategoryTree({ nodes, level = 0 }: { nodes: readonly CategoryNode[]; level?: number }) {
  return (
    <ul className={level === 0 ? 'grid gap-3 sm:grid-cols-2' : 'mt-2 space-y-1 border-l border-line pl-4'}>
      {nodes.map((node) => (
        <li key={node.slug} className={level === 0 ? 'rounded-lg border border-line p-4' : ''}>
          <Link
            href={`/categories/${node.slug}/`}
            className={`inline-flex items-baseline gap-2 hover:text-[var(--link)] ${level === 0 ? 'text-lg font-semibold' : ''}`}
          >
            <span>{node.name}</span>
            <span className="rounded-full bg-black/5 px-2 text-xs font-normal text-muted dark:bg-white/10">
              {node.count}
            </span>
          </Link>
          {node.children.length > 0 && <CategoryTree nodes={node.children} level={level + 1} />}
        </li>
      ))}
    </ul>
  );
}
