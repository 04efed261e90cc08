/**
 * Build-time side of search: published notes in, the index asset and per-note text assets out.
 * Pure functions over plain records, so the benchmark can run them on generated notes without Next.
 */
import MiniSearch from 'minisearch';
import type { NoteFormat } from '../markdown/pipeline';
import { packIndex } from './pack';
import {
  getIndexOptions,
  SEARCH_INDEX_VERSION,
  type SearchIndexPayload,
  type SearchNoteText,
} from './schema';
import { type NoteSection, splitSections } from './sections';

/** What search needs of a note: its listing fields and raw markdown body. */
export interface SearchSource {
  slug: string;
  url: string;
  title: string;
  /** Calendar day in the site time zone, `YYYY-MM-DD`. */
  day: string;
  /** The date as the site shows it. */
  dateText: string;
  categories: readonly string[];
  tags: readonly string[];
  body: string;
  format: NoteFormat;
}

// The index route and every text route ask for the same notes' sections: parse each body once.
const sectionCache = new Map<string, NoteSection[]>();

/** The note's sections, computed once per process for a given body. */
export function getSections(source: SearchSource): NoteSection[] {
  const key = `${source.format}\n${source.body}`;
  let sections = sectionCache.get(key);
  if (!sections) {
    sections = splitSections(source.body, source.format);
    sectionCache.set(key, sections);
  }
  return sections;
}

/** The index asset for `sources`, in their order (pass the listed notes: no drafts, no hidden). */
export function buildSearchIndex(sources: readonly SearchSource[], locale: string): SearchIndexPayload {
  const miniSearch = new MiniSearch(getIndexOptions(locale));
  const notes = sources.map((source, id) => {
    const sections = getSections(source);
    const headings = sections.filter((s) => s.id !== '').map((s): [string, string] => [s.id, s.heading]);
    miniSearch.add({
      id,
      title: source.title,
      headings: headings.map(([, text]) => text).join('\n'),
      // One line per tag/category: a line break ends a Chinese run, so names never run together.
      tags: source.tags.join('\n'),
      categories: source.categories.join('\n'),
      text: sections.map((s) => s.text).join('\n'),
    });
    return {
      slug: source.slug,
      url: source.url,
      title: source.title,
      day: source.day,
      dateText: source.dateText,
      categories: [...source.categories],
      headings,
    };
  });
  return { version: SEARCH_INDEX_VERSION, locale, notes, index: packIndex(miniSearch.toJSON()) };
}

/** The text asset of one note: its sections, for snippets. */
export function buildNoteText(source: SearchSource): SearchNoteText {
  return {
    version: SEARCH_INDEX_VERSION,
    sections: getSections(source).map((s): [string, string, string] => [s.id, s.heading, s.text]),
  };
}
