import type { Blog } from 'contentlayer/generated';
import { allBlogs } from 'contentlayer/generated';

export const POSTS_PER_PAGE = 5;

/** A post without its body: what lists and the search index need. */
export type PostSummary = Omit<Blog, 'body' | '_raw' | '_id'>;

export function summarise(post: Blog): PostSummary {
  const { body: _body, _raw, _id, ...rest } = post;
  return rest;
}

/** Published posts, newest first. */
export function sortedPosts(): Blog[] {
  return allBlogs.filter((p) => p.draft !== true).sort((a, b) => (a.date < b.date ? 1 : -1));
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / POSTS_PER_PAGE));
}

export function formatDate(date: string): string {
  return new Date(date).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}
