/** The site's search assets, built from the listed notes (no drafts, no hidden notes). Server only. */

import { siteConfig } from '../../site.config';
import { getListedPosts, type Note } from '../content';
import { formatDay } from '../dates';
import { prepareNoteBody } from '../markdown/prepare';
import { buildNoteText, buildSearchIndex, type SearchSource } from './build-index';
import type { SearchIndexPayload, SearchNoteText } from './schema';

function toSearchSource(note: Note): SearchSource {
  return {
    slug: note.slug,
    url: note.url,
    title: note.meta.title,
    day: note.day,
    dateText: formatDay(note.meta.date, siteConfig.timeZone, siteConfig.locale),
    categories: note.meta.categories,
    tags: note.meta.tags,
    // The text the page renders (Liquid resolved, kramdown attribute lists gone), not the raw file.
    body: prepareNoteBody(note.body, {
      format: note.format,
      renderWithLiquid: note.meta.renderWithLiquid,
      math: note.meta.math,
      mediaSubpath: note.meta.mediaSubpath,
    }).text,
    format: note.format,
  };
}

/** The index asset of every listed note, newest first. */
export function getSiteSearchIndex(): SearchIndexPayload {
  return buildSearchIndex(getListedPosts().map(toSearchSource), siteConfig.locale);
}

/** Slugs that have a text asset: the listed notes. */
export function getSearchTextSlugs(): string[] {
  return getListedPosts().map((note) => note.slug);
}

/** The text asset of a listed note, or null (drafts and hidden notes have none). */
export function getSiteNoteText(slug: string): SearchNoteText | null {
  const note = getListedPosts().find((n) => n.slug === slug);
  return note ? buildNoteText(toSearchSource(note)) : null;
}
