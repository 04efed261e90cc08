/**
 * A feed as data (FeedDoc) and its two spellings: Atom 1.0 (RFC 4287) and JSON Feed 1.1. Pure: the
 * entries arrive with absolute URLs and their HTML already rendered (lib/feeds/site-feeds.ts).
 */
import { dropXmlIllegal, escapeXml } from '../xml';

/** One entry: a post or a knowledge note. */
export interface FeedEntry {
  title: string;
  /** Absolute URL of the page; also the entry's id, as it never changes for a note. */
  url: string;
  /** ISO instant, or null for an undated knowledge note. */
  published: string | null;
  /** ISO instant of `last_modified_at`, null when not given. */
  updated: string | null;
  summary: string;
  /** The body as HTML with absolute links. */
  contentHtml: string;
  /** Category path then tags, as written. */
  terms: string[];
  /** The note's own authors; empty means the feed's author. */
  authors: string[];
}

export interface FeedDoc {
  title: string;
  description: string;
  /** BCP 47 language of the feed, e.g. `zh-CN`. */
  lang: string;
  author: string;
  /** Absolute URL of the Atom feed itself. */
  atomUrl: string;
  /** Absolute URL of the JSON Feed, when there is one for these entries. */
  jsonUrl: string | null;
  /** Absolute URL of the HTML page the feed follows (the home page, a tag page); also the feed's id. */
  pageUrl: string;
  /** Newest first; undated entries last. */
  entries: FeedEntry[];
}

/** Stands in for the newest change when no entry has a date: stable, so a reader sees nothing new. */
const NO_DATE = '1970-01-01T00:00:00.000Z';

/**
 * The feed's `updated`: the latest `updated` or `published` of its entries (ISO instants compare as
 * text), else NO_DATE.
 */
export function feedUpdated(entries: readonly FeedEntry[]): string {
  let latest = '';
  for (const e of entries) {
    const when = e.updated ?? e.published ?? '';
    if (when > latest) latest = when;
  }
  return latest || NO_DATE;
}

/**
 * When an entry last changed: its `updated`, else its date; an undated knowledge note takes the
 * feed's own `updated`, which moves only when a dated entry does (Atom requires one per entry).
 */
function entryUpdated(entry: FeedEntry, fallback: string): string {
  return entry.updated ?? entry.published ?? fallback;
}

/** The feed as Atom XML: every entry with id, title, link, updated and its full content. */
export function renderAtomFeed(feed: FeedDoc): string {
  const updated = feedUpdated(feed.entries);
  const x = escapeXml;
  const entries = feed.entries.map((e) =>
    [
      '<entry>',
      `<title>${x(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
      `<id>${x(e.url)}</id>`,
      e.published ? `<published>${e.published}</published>` : '',
      `<updated>${entryUpdated(e, updated)}</updated>`,
      ...e.authors.map((name) => `<author><name>${x(name)}</name></author>`),
      e.summary ? `<summary>${x(e.summary)}</summary>` : '',
      `<content type="html">${x(e.contentHtml)}</content>`,
      ...e.terms.map((term) => `<category term="${x(term)}"/>`),
      '</entry>',
    ].join(''),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}"><title>${x(feed.title)}</title>${
    feed.description ? `<subtitle>${x(feed.description)}</subtitle>` : ''
  }<link rel="self" type="application/atom+xml" href="${x(feed.atomUrl)}"/><link rel="alternate" type="text/html" href="${x(feed.pageUrl)}"/><id>${x(feed.pageUrl)}</id><updated>${updated}</updated><author><name>${x(feed.author)}</name></author><generator>xiaoji</generator>${entries.join('')}</feed>
`;
}

// The characters XML 1.0 forbids are dropped as in the Atom feed, so both carry the same text.
const clean = dropXmlIllegal;

/** The same entries as a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function renderJsonFeed(feed: FeedDoc): string {
  const updated = feedUpdated(feed.entries);
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: clean(feed.title),
      home_page_url: feed.pageUrl,
      ...(feed.jsonUrl ? { feed_url: feed.jsonUrl } : {}),
      ...(feed.description ? { description: clean(feed.description) } : {}),
      language: feed.lang,
      authors: [{ name: clean(feed.author) }],
      items: feed.entries.map((e) => ({
        id: e.url,
        url: e.url,
        title: clean(e.title),
        content_html: clean(e.contentHtml),
        ...(e.summary ? { summary: clean(e.summary) } : {}),
        ...(e.published ? { date_published: e.published } : {}),
        date_modified: entryUpdated(e, updated),
        ...(e.terms.length > 0 ? { tags: e.terms.map(clean) } : {}),
        ...(e.authors.length > 0 ? { authors: e.authors.map((name) => ({ name: clean(name) })) } : {}),
      })),
    },
    null,
    1,
  )}\n`;
}
