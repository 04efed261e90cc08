/**
 * Build-time side of search: published notes in, the index asset and per-note text assets out.
 * Pure functions over plain records, so the benchmark can run them on generated notes without Next.
 */
import type { AsPlainObject } from 'minisearch';
import type { BodyKind, NoteFormat } from '../markdown/pipeline';
import { packIndex } from './pack';
import {
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
  /** `series:` (searchable, and shown on the result); absent or null when none. */
  series?: string | null;
}

/** A note for search: its listing fields and either its markdown body or its prepared data. */
export type SearchSource = SearchFields &
  ({ body: string; format: NoteFormat; kind?: BodyKind } | { prepared: PreparedSearch });

// The index route and every text route ask for the same notes' sections: parse each body once.
const sectionCache = new Map<string, NoteSection[]>();

/** The note's sections, computed once per process for a given body. */
export function getSections(source: SearchSource): NoteSection[] {
  if ('prepared' in source)
    return source.prepared.sections.map(([id, heading, text]) => ({ id, heading, text }));
  const key = `${source.format}:${source.kind ?? 'post'}\n${source.body}`;
  let sections = sectionCache.get(key);
  if (!sections) {
    sections = splitSections(source.body, source.format, source.kind);
    sectionCache.set(key, sections);
  }
  return sections;
}

/** The text of each indexed field. */
function fieldTexts(
  note: Pick<SearchFields, 'title' | 'tags' | 'categories' | 'series'>,
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
    series: note.series ?? '',
    text: sections.map((s) => s.text).join('\n'),
  };
}

/** The terms of each field's text. */
function tokenizeFields(texts: Record<SearchField, string>, locale: string): SearchTerms {
  return Object.fromEntries(
    SEARCH_FIELDS.map((field) => [field, tokenize(texts[field], locale)]),
  ) as SearchTerms;
}

/** A note's search data from its sections (what the content build stores beside the rendered body). */
export function prepareSearch(
  note: Pick<SearchFields, 'title' | 'tags' | 'categories' | 'series'>,
  sections: readonly NoteSection[],
  locale: string,
): PreparedSearch {
  return {
    version: SEARCH_INDEX_VERSION,
    locale,
    sections: sections.map((s): [string, string, string] => [s.id, s.heading, s.text]),
    terms: tokenizeFields(fieldTexts(note, sections), locale),
  };
}

/**
 * MiniSearch's serialized index (`toJSON()`, version 2) of documents with ids 0…n−1, each given as
 * the terms of every field: what `add()` of each document in turn and then `toJSON()` give with
 * getIndexOptions() (terms used as they are, no stored fields): the same postings, field lengths
 * (distinct terms) and running averages, computed the same way. Only the order of the terms may
 * differ, which loading ignores. MiniSearch files every term in a radix tree as it goes, for
 * searching; building the asset needs none of that, and counting in plain maps is ~20 times faster
 * (1,000 generated notes: 1.2 million terms). search.test.ts compares it with MiniSearch's own.
 */
export function serializeIndex(docs: readonly SearchTerms[]): AsPlainObject {
  const postings = new Map<string, Map<number, Map<number, number>>>();
  const fieldLength: Record<string, number[]> = {};
  const averageFieldLength: number[] = [];
  for (const [id, terms] of docs.entries()) {
    const lengths: number[] = [];
    for (const [fieldId, field] of SEARCH_FIELDS.entries()) {
      const tokens = terms[field];
      const length = new Set(tokens).size;
      lengths[fieldId] = length;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] || 0) * id + length) / (id + 1);
      for (const term of tokens) {
        if (!term) continue; // MiniSearch skips empty terms
        let byField = postings.get(term);
        if (!byField) {
          byField = new Map();
          postings.set(term, byField);
        }
        let byDoc = byField.get(fieldId);
        if (!byDoc) {
          byDoc = new Map();
          byField.set(fieldId, byDoc);
        }
        byDoc.set(id, (byDoc.get(id) ?? 0) + 1);
      }
    }
    fieldLength[id] = lengths;
  }
  const index: AsPlainObject['index'] = [];
  for (const [term, byField] of postings) {
    const fields: Record<string, Record<string, number>> = {};
    for (const [fieldId, byDoc] of byField) fields[fieldId] = Object.fromEntries(byDoc);
    index.push([term, fields]);
  }
  return {
    documentCount: docs.length,
    nextId: docs.length,
    documentIds: Object.fromEntries(docs.map((_, id) => [id, id])),
    fieldIds: Object.fromEntries(SEARCH_FIELDS.map((field, id) => [field, id])),
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}

/** The index asset for `sources`, in their order (pass the listed notes: no drafts, no hidden). */
export function buildSearchIndex(sources: readonly SearchSource[], locale: string): SearchIndexPayload {
  const docs: SearchTerms[] = [];
  const notes = sources.map((source) => {
    const sections = getSections(source);
    const headings = sections.filter((s) => s.id !== '').map((s): [string, string] => [s.id, s.heading]);
    // A prepared note's terms are used as they are; any other note is tokenized here, the same way.
    const prepared = 'prepared' in source && source.prepared.locale === locale ? source.prepared : null;
    docs.push(prepared ? prepared.terms : tokenizeFields(fieldTexts(source, sections), locale));
    return {
      slug: source.slug,
      url: source.url,
      title: source.title,
      day: source.day,
      dateText: source.dateText,
      categories: [...source.categories],
      tags: [...source.tags],
      series: source.series ?? null,
      headings,
    };
  });
  return { version: SEARCH_INDEX_VERSION, locale, notes, index: packIndex(serializeIndex(docs)) };
}

/** The text asset of one note: its sections, for snippets. */
export function buildNoteText(source: SearchSource): SearchNoteText {
  return {
    version: SEARCH_INDEX_VERSION,
    sections: getSections(source).map((s): [string, string, string] => [s.id, s.heading, s.text]),
  };
}
