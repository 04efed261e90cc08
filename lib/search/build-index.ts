/**
 * Build-time side of search: published notes in, the index asset and per-note text assets out.
 * Pure functions over plain records, so the benchmark can run them on generated notes without Next.
 */
import MiniSearch from 'minisearch';
import type { NoteFormat } from '../markdown/pipeline';
import { packIndex } from './pack';
import {
  getIndexOptions,
  SEARCH_FIELDS,
  SEARCH_INDEX_VERSION,
  type SearchField,
  type SearchIndexPayload,
  type SearchNoteText,
} from './schema';
import { type NoteSection, splitSections } from './sections';
import { tokenize } from './tokenize';

/** The terms of each indexed field of one note, as tokenize() gives them. */
export type SearchTerms = Record<SearchField, string[]>;

/**
 * A note's search data made ahead of time (by the content build, in its workers): its sections and
 * the terms of every indexed field, so building the index only inserts terms.
 */
export interface PreparedSearch {
  version: typeof SEARCH_INDEX_VERSION;
  /** Locale the terms were made with; another locale's index tokenizes the note again. */
  locale: string;
  /** `[id, heading, text]` per section, as in SearchNoteText. */
  sections: SearchNoteText['sections'];
  terms: SearchTerms;
}

/** What search needs of a note besides its body: its listing fields. */
interface SearchFields {
  slug: string;
  url: string;
  title: string;
  /** Calendar day in the site time zone, `YYYY-MM-DD`. */
  day: string;
  /** The date as the site shows it. */
  dateText: string;
  categories: readonly string[];
  tags: readonly string[];
}

/** A note for search: its listing fields and either its markdown body or its prepared data. */
export type SearchSource = SearchFields &
  ({ body: string; format: NoteFormat } | { prepared: PreparedSearch });

// The index route and every text route ask for the same notes' sections: parse each body once.
const sectionCache = new Map<string, NoteSection[]>();

/** The note's sections, computed once per process for a given body. */
export function getSections(source: SearchSource): NoteSection[] {
  if ('prepared' in source)
    return source.prepared.sections.map(([id, heading, text]) => ({ id, heading, text }));
  const key = `${source.format}\n${source.body}`;
  let sections = sectionCache.get(key);
  if (!sections) {
    sections = splitSections(source.body, source.format);
    sectionCache.set(key, sections);
  }
  return sections;
}

/** The text of each indexed field. */
function fieldTexts(
  note: Pick<SearchFields, 'title' | 'tags' | 'categories'>,
  sections: readonly NoteSection[],
): Record<SearchField, string> {
  return {
    title: note.title,
    headings: sections
      .filter((s) => s.id !== '')
      .map((s) => s.heading)
      .join('\n'),
    // One line per tag/category: a line break ends a Chinese run, so names never run together.
    tags: note.tags.join('\n'),
    categories: note.categories.join('\n'),
    text: sections.map((s) => s.text).join('\n'),
  };
}

/** Every indexed field, empty: a prepared note's entry, whose terms come from its prepared data. */
const NO_TEXTS = Object.fromEntries(SEARCH_FIELDS.map((field) => [field, ''])) as Record<SearchField, string>;

/** A note's search data from its sections (what the content build stores beside the rendered body). */
export function prepareSearch(
  note: Pick<SearchFields, 'title' | 'tags' | 'categories'>,
  sections: readonly NoteSection[],
  locale: string,
): PreparedSearch {
  const texts = fieldTexts(note, sections);
  const terms = Object.fromEntries(SEARCH_FIELDS.map((field) => [field, tokenize(texts[field], locale)]));
  return {
    version: SEARCH_INDEX_VERSION,
    locale,
    sections: sections.map((s): [string, string, string] => [s.id, s.heading, s.text]),
    terms: terms as SearchTerms, // one entry per field, from SEARCH_FIELDS
  };
}

/** The index asset for `sources`, in their order (pass the listed notes: no drafts, no hidden). */
export function buildSearchIndex(sources: readonly SearchSource[], locale: string): SearchIndexPayload {
  const options = getIndexOptions(locale);
  const tokenizeText = (text: string) => tokenize(text, locale);
  // A prepared note's terms are handed over as they are; any other note is tokenized here, the same way.
  let ready: SearchTerms | null = null;
  const miniSearch = new MiniSearch({
    ...options,
    tokenize: (text, field) => ready?.[field as SearchField] ?? tokenizeText(text),
  });
  const notes = sources.map((source, id) => {
    const sections = getSections(source);
    const headings = sections.filter((s) => s.id !== '').map((s): [string, string] => [s.id, s.heading]);
    ready = 'prepared' in source && source.prepared.locale === locale ? source.prepared.terms : null;
    // Prepared terms stand in for the texts, so those are not joined again: MiniSearch only needs
    // each field present (no stored fields) to ask for its terms.
    miniSearch.add({ id, ...(ready ? NO_TEXTS : fieldTexts(source, sections)) });
    ready = null;
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
