/**
 * What the build writes and the browser reads: the index asset (everything needed to rank notes and
 * show result rows) and text chunks of SEARCH_TEXT_CHUNK notes each (their sections, for snippets). Pure types and options.
 */
import type { Options } from 'minisearch';
import { isStaticExport } from '../static-export';
import type { PackedIndex } from './pack';
import { tokenize } from './tokenize';

/** Bumped whenever the shape or the tokenizer changes, so a cached old index is never misread. */
export const SEARCH_INDEX_VERSION = 4;

/** Site path of the index asset (served by app/search-index.json/route.ts). */
export const SEARCH_INDEX_PATH = '/search-index.json';

/** Notes per text asset: note `i` of the index is in chunk `floor(i / SEARCH_TEXT_CHUNK)`. */
export const SEARCH_TEXT_CHUNK = 16;

/**
 * Site path of a text chunk (served by app/search-text/[chunk]/route.ts). A static export writes
 * the chunk as a file without an extension (`out/search-text/0`), which a static host serves only
 * without the slash that the server build's URL has.
 */
export function getSearchTextPath(chunk: number): string {
  return isStaticExport ? `/search-text/${chunk}` : `/search-text/${chunk}/`;
}

/** Indexed fields of a note, in the order MiniSearch numbers them. */
export const SEARCH_FIELDS = ['title', 'headings', 'tags', 'categories', 'series', 'text'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** BM25 weight of a match per field: a title or heading hit outranks the same words in the body. */
export const FIELD_BOOST: Record<SearchField, number> = {
  title: 5,
  headings: 3,
  tags: 2,
  categories: 2,
  series: 2,
  text: 1,
};

/** One note as the result list shows it. */
export interface SearchIndexNote {
  slug: string;
  url: string;
  title: string;
  /** Calendar day in the site time zone, `YYYY-MM-DD` (the `<time>` value). */
  day: string;
  /** The date as the site shows it (site time zone and locale), e.g. `2025年11月28日`. */
  dateText: string;
  categories: string[];
  /** For `tag:` filters. */
  tags: string[];
  /** The series the note is a part of (`series:`), shown on its row; null when none. */
  series: string | null;
  /** `[id, text]` of every heading, in order. */
  headings: [string, string][];
}

/** The index asset. `notes[i]` is MiniSearch document `i`. */
export interface SearchIndexPayload {
  version: typeof SEARCH_INDEX_VERSION;
  /** Locale the segmenter ran with at build time; queries must use the same. */
  locale: string;
  notes: SearchIndexNote[];
  index: PackedIndex;
}

/** A note's text asset: `[id, heading, text]` per section ('' id and heading for the opening text). */
export interface SearchNoteText {
  version: typeof SEARCH_INDEX_VERSION;
  sections: [string, string, string][];
}

/** A text chunk: the sections of index notes `chunk * SEARCH_TEXT_CHUNK` onwards, in index order. */
export interface SearchTextChunk {
  version: typeof SEARCH_INDEX_VERSION;
  notes: SearchNoteText['sections'][];
}

/** MiniSearch options shared by the build and the browser (they must agree to load an index). */
export function getIndexOptions(locale: string): Options<Record<SearchField, string> & { id: number }> {
  return {
    fields: [...SEARCH_FIELDS],
    idField: 'id',
    // Terms come out of tokenize() already folded and stemmed.
    tokenize: (text) => tokenize(text, locale),
    processTerm: (term) => term,
    // Queries are parsed by parseQuery() into single terms before they reach MiniSearch.
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  };
}
