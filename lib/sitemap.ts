/** The sitemap entries: home, list pages, every published post, category and tag page. */
import type { MetadataRoute } from 'next';
import { getCategorySlugs, getHomePage, getPage, getPublishedPosts, getTags } from './content';
import { absoluteUrl } from './site';

/** Builds the sitemap from the same published list as every page; drafts never appear. */
export function buildSitemap(): MetadataRoute.Sitemap {
  const posts = getPublishedPosts();
  const newest = posts[0]?.meta.updated ?? posts[0]?.meta.date;
  const totalPages = getHomePage(1)?.totalPages ?? 1;
  const paths = [
    '/',
    ...Array.from({ length: totalPages - 1 }, (_, i) => `/page${i + 2}/`),
    '/categories/',
    '/tags/',
    '/archives/',
    ...(getPage('about') ? ['/about/'] : []),
    ...getCategorySlugs().map((slug) => `/categories/${slug}/`),
    ...getTags().map((tag) => `/tags/${tag.slug}/`),
  ];
  return [
    ...paths.map((path) => ({ url: absoluteUrl(path), lastModified: newest })),
    ...posts.map((note) => ({
      url: absoluteUrl(note.url),
      lastModified: note.meta.updated ?? note.meta.date,
    })),
  ];
}
