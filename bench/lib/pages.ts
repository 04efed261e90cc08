/**
 * The pages weighed on a generated site: home, a post, a category, a tag, the archives and, when the
 * site holds a vault, a knowledge note.
 */

import { noteUrl, slugFromFileName } from '../../lib/slug';
import { taxonomySlug } from '../../lib/taxonomy';
import type { GeneratedNote } from '../../scripts/generate-notes';

export type PageKey = 'home' | 'post' | 'category' | 'tag' | 'archives' | 'note';

export interface BenchPage {
  key: PageKey;
  path: string;
}

export const PAGE_KEYS: readonly PageKey[] = ['home', 'post', 'category', 'tag', 'archives', 'note'];

function listField(text: string, field: string): string[] {
  const m = new RegExp(`^${field}: \\[(.*)\\]$`, 'm').exec(text);
  return m?.[1] ? m[1].split(',').map((s) => s.trim()) : [];
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error('no notes to pick a page from');
  return best[0];
}

/**
 * Pages of a site built from `notes`: the middle note as the post (or `postSlug`), the largest
 * top-level category and the most used tag, so list pages grow with the number of notes; with
 * `vaultNote` (its path in the vault, e.g. `学习/笔记 0500.md`), that knowledge note's page too.
 */
export function pickPages(
  notes: readonly GeneratedNote[],
  postSlug?: string,
  vaultNote?: string,
): BenchPage[] {
  const middle = notes[Math.floor((notes.length - 1) / 2)];
  if (!middle) throw new Error('no notes to pick a page from');
  const category = mostCommon(notes.map((n) => listField(n.text, 'categories')[0] ?? ''));
  const tag = mostCommon(notes.flatMap((n) => listField(n.text, 'tags')));
  const segment = (name: string) => encodeURIComponent(taxonomySlug(name));
  return [
    { key: 'home', path: '/' },
    { key: 'post', path: `/posts/${encodeURIComponent(postSlug ?? slugFromFileName(middle.fileName))}/` },
    { key: 'category', path: `/categories/${segment(category)}/` },
    { key: 'tag', path: `/tags/${segment(tag)}/` },
    { key: 'archives', path: '/archives/' },
    ...(vaultNote
      ? [
          {
            key: 'note' as const,
            path: noteUrl(`notes/${vaultNote}`).split('/').map(encodeURIComponent).join('/'),
          },
        ]
      : []),
  ];
}
