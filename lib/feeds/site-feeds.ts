/**
 * The site's feeds from the content lists: the site feed (listed posts and dated knowledge notes,
 * newest first) and one per tag and per category, each the 20 newest entries with their full content.
 */
import { siteConfig } from '../../site.config';
import { getFeedNotes, getPostsInCategory, getPostsWithTag, type Note } from '../content';
import { resolveFeedLinks } from '../links/page';
import { renderFeedHtml } from '../markdown/feed-html';
import { absoluteUrl, t } from '../site';
import { basePath } from '../static-export';
import { FEED_PATHS } from './paths';
import type { FeedDoc, FeedEntry } from './render';

/** Entries per feed: what a reader fetches each time, full content included. */
export const FEED_LIMIT = 20;

// A note is in the site feed and in several tag and category feeds: its HTML is rendered once per
// content version (the Note objects are replaced when the content changes).
const rendered = new WeakMap<Note, string>();

function contentHtml(note: Note): string {
  let html = rendered.get(note);
  if (html === undefined) {
    // Under a static export's base path, site paths are absolute below it.
    const origin = `${siteConfig.url}${basePath}`;
    html = resolveFeedLinks(
      renderFeedHtml(note.body, note.format, {
        kind: note.kind,
        renderWithLiquid: note.meta.renderWithLiquid,
        math: note.meta.math,
        mathMacros: siteConfig.math.macros,
        mediaSubpath: note.meta.mediaSubpath,
        origin,
        pageUrl: note.url,
        footnotes: t('footnotes'),
        footnoteBack: t('footnoteBack'),
      }),
      note.url,
      origin,
    );
    rendered.set(note, html);
  }
  return html;
}

function toEntry(note: Note): FeedEntry {
  return {
    title: note.meta.title,
    url: absoluteUrl(note.url),
    published: note.meta.date || null,
    updated: note.meta.updated,
    summary: note.excerpt,
    contentHtml: contentHtml(note),
    terms: [...note.meta.categories, ...note.meta.tags],
    authors: note.meta.authors,
  };
}

/** Dated notes newest first (by date, as the lists), then undated knowledge notes in vault order. */
function newestFirst(notes: readonly Note[]): Note[] {
  const dated = notes.filter((n) => n.meta.date !== '');
  const undated = notes.filter((n) => n.meta.date === '');
  return [...dated.sort((a, b) => b.meta.date.localeCompare(a.meta.date)), ...undated];
}

function feedOf(
  notes: readonly Note[],
  title: string,
  pagePath: string,
  atomPath: string,
  jsonPath: string | null,
): FeedDoc {
  return {
    title,
    description: siteConfig.description,
    lang: siteConfig.locale,
    author: siteConfig.author,
    atomUrl: absoluteUrl(atomPath),
    jsonUrl: jsonPath === null ? null : absoluteUrl(jsonPath),
    pageUrl: absoluteUrl(pagePath),
    entries: notes.slice(0, FEED_LIMIT).map(toEntry),
  };
}

/** The site feed: the newest listed posts and dated knowledge notes (as the lists decide them). */
export function getSiteFeed(): FeedDoc {
  return feedOf(getFeedNotes(), siteConfig.title, '/', FEED_PATHS.atom, FEED_PATHS.json);
}

/** The feed of a tag (slug, decoded): its listed posts and knowledge notes; null when no note has the tag. */
export function getTagFeed(slug: string): FeedDoc | null {
  const tag = getPostsWithTag(slug);
  if (!tag) return null;
  const title = `${t('postsWithTag', { name: tag.name })} | ${siteConfig.title}`;
  return feedOf(newestFirst(tag.notes), title, `/tags/${slug}/`, FEED_PATHS.tag(tag.name), null);
}

/** The feed of a category (slug, decoded, any level): its listed posts; null when there is no such category. */
export function getCategoryFeed(slug: string): FeedDoc | null {
  const category = getPostsInCategory(slug);
  if (!category) return null;
  const title = `${t('postsInCategory', { name: category.name })} | ${siteConfig.title}`;
  return feedOf(category.notes, title, `/categories/${slug}/`, FEED_PATHS.category(category.name), null);
}
