/**
 * Jekyll's front-matter `defaults` for xiaoji notes: which defaults scope a note, and how they
 * merge. A note's own front matter always wins (lib/front-matter.ts fills only absent keys).
 */
import type { FrontMatterDefault } from './site-settings';

function typeOf(sourcePath: string): 'posts' | 'pages' | null {
  if (sourcePath.startsWith('posts/')) return 'posts';
  if (sourcePath.startsWith('pages/')) return 'pages';
  return null;
}

function inScope(sourcePath: string, scope: FrontMatterDefault): boolean {
  if (scope.type && scope.type !== typeOf(sourcePath)) return false;
  if (scope.path === '') return true;
  return sourcePath === scope.path || sourcePath.startsWith(`${scope.path}/`);
}

/** Folder depth of a scope's path, then whether it names a type: Jekyll's order of specificity. */
function specificity(scope: FrontMatterDefault): number {
  const depth = scope.path === '' ? 0 : scope.path.split('/').length;
  return depth * 2 + (scope.type ? 1 : 0);
}

/**
 * The default values for the note at `sourcePath` (relative to the content folder, e.g.
 * `posts/2024-01-01-a.md`): every scope that matches, the more specific one winning a key, and
 * of equally specific ones the later. Empty when none matches.
 */
export function defaultsFor(
  sourcePath: string,
  defaults: readonly FrontMatterDefault[],
): Record<string, unknown> {
  const path = sourcePath.replace(/\\/g, '/');
  const matching = defaults
    .map((scope, order) => ({ scope, order }))
    .filter(({ scope }) => inScope(path, scope))
    .sort((a, b) => specificity(a.scope) - specificity(b.scope) || a.order - b.order);
  const values: Record<string, unknown> = {};
  for (const { scope } of matching) Object.assign(values, scope.values);
  return values;
}
