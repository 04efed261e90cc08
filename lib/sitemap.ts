/**
 * The sitemap entries: home, list pages, every published post, category, tag and series page, and every
 * published knowledge note with the vault's tree and folder pages.
 */
import type { MetadataRoute } from 'next';
import {
  getCategorySlugs,
  getHomePage,
  getNoteFolderUrls,
  getPage,
  getPublishedNotes,
  getPublishedPosts,
  getSeriesList,
  getTags,
} from './content';
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
    ...(getSeriesList().length > 0 ? ['/series/'] : []),
    ...getSeriesList().map((series) => `/series/${series.slug}/`),
    ...(getNoteFolderUrls().length > 0 || getPublishedNotes().length > 0 ? ['/notes/'] : []),
    ...getNoteFolderUrls(),
  ];
  return [
    ...paths.map((path) => ({ url: absoluteUrl(path), lastModified: newest })),
    ...[...posts, ...getPublishedNotes()].map((note) => ({
      url: absoluteUrl(note.url),
      // An undated knowledge note has no date to give.
      lastModified: note.meta.updated ?? (note.meta.date || undefined),
    })),
  ];
}
