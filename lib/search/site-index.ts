/** The site's search assets, built from the listed notes (no drafts, no hidden notes). Server only. */

import { siteConfig } from '../../site.config';
import { getSearchedNotes, type Note } from '../content';
import { formatDay } from '../dates';
import { prepareNoteBody } from '../markdown/prepare';
import { buildNoteText, buildSearchIndex, type SearchSource } from './build-index';
import { readPreparedSearch } from './prepared';
import {
  SEARCH_INDEX_VERSION,
  SEARCH_TEXT_CHUNK,
  type SearchIndexPayload,
  type SearchTextChunk,
} from './schema';

function toSearchSource(note: Note): SearchSource {
  const fields = {
    slug: note.slug,
    url: note.url,
    title: note.meta.title,
    day: note.day,
    // An undated knowledge note shows no date.
    dateText: note.meta.date ? formatDay(note.meta.date, siteConfig.timeZone, siteConfig.locale) : '',
    categories: note.meta.categories,
    tags: note.meta.tags,
    series: note.meta.series,
  };
  // Made by the content build (not in dev); gone or stale, it is made again from the body.
  const prepared = note.search ? readPreparedSearch(note.search) : null;
  if (prepared) return { ...fields, prepared };
  return {
    ...fields,
    // The text the page renders (Liquid resolved, kramdown attribute lists gone), not the raw file.
    body: prepareNoteBody(note.body, {
      format: note.format,
      kind: note.kind,
      renderWithLiquid: note.meta.renderWithLiquid,
      math: note.meta.math,
      mediaSubpath: note.meta.mediaSubpath,
    }).text,
    format: note.format,
    kind: note.kind,
  };
}

/** The index asset of every listed note, newest first. */
export function getSiteSearchIndex(): SearchIndexPayload {
  return buildSearchIndex(getSearchedNotes().map(toSearchSource), siteConfig.locale);
}

/** How many text chunks the listed notes make (the index's notes, in the same order). */
export function getSearchTextChunkCount(): number {
  return Math.ceil(getSearchedNotes().length / SEARCH_TEXT_CHUNK);
}

/** Text chunk `chunk` of the listed notes, or null past the end (drafts and hidden notes are in none). */
export function getSiteTextChunk(chunk: number): SearchTextChunk | null {
  const notes = getSearchedNotes().slice(chunk * SEARCH_TEXT_CHUNK, (chunk + 1) * SEARCH_TEXT_CHUNK);
  if (notes.length === 0) return null;
  return {
    version: SEARCH_INDEX_VERSION,
    notes: notes.map((note) => buildNoteText(toSearchSource(note)).sections),
  };
}
