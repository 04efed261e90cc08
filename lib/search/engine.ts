/** Browser side of search: a loaded index answering queries. Loaded lazily with the dialog. */
import MiniSearch, { type Query } from 'minisearch';
import { foldText } from './fold';
import { unpackIndex } from './pack';
import { isEmptyQuery, parseSearchQuery, type SearchQuery } from './query';
import {
  FIELD_BOOST,
  getIndexOptions,
  SEARCH_INDEX_VERSION,
  type SearchField,
  type SearchIndexNote,
  type SearchIndexPayload,
} from './schema';
import type { QueryTerm } from './tokenize';

/** One ranked note. */
export interface SearchHit {
  id: number;
  note: SearchIndexNote;
  score: number;
  /** Fields that matched at least one query term. */
  fields: SearchField[];
}

export interface SearchResults {
  query: SearchQuery;
  /** With phrases in the query, notes holding their words: containsPhrases checks the text. */
  hits: SearchHit[];
}

export interface SearchEngine {
  readonly notes: readonly SearchIndexNote[];
  /**
   * Notes holding every query term, best first (BM25 with field boosts), with the query's tags and
   * categories and none of its exclusions; a query of filters alone lists their notes in index
   * order (newest first). None for an empty query.
   */
  search(query: string): SearchResults;
}

/** Turns the index asset into an engine; throws when the asset is of another version. */
export function createSearchEngine(payload: SearchIndexPayload): SearchEngine {
  if (payload.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`search index version ${payload.version}, expected ${SEARCH_INDEX_VERSION}`);
  }
  const miniSearch = MiniSearch.loadJS(unpackIndex(payload.index), getIndexOptions(payload.locale));
  const { notes, locale } = payload;
  // Every term must match (AND): a query with no match finds nothing rather than half-matches.
  const allOf = (terms: readonly QueryTerm[]): Query => ({
    combineWith: 'AND',
    queries: terms.map((t) => ({ queries: [t.term], prefix: t.prefix })),
  });
  // Folded tag and category names per note, made on the first filtered search.
  let names: { tags: Set<string>; categories: Set<string> }[] | null = null;
  const getNames = (id: number) => {
    names ??= notes.map((note) => ({
      tags: new Set(note.tags.map(foldText)),
      categories: new Set(note.categories.map(foldText)),
    }));
    return names[id];
  };
  const passes = (query: SearchQuery, excludedIds: ReadonlySet<number>) => (id: number) => {
    if (excludedIds.has(id)) return false;
    if (query.tags.length + query.notTags.length + query.categories.length + query.notCategories.length === 0)
      return true;
    const named = getNames(id);
    if (!named) return false;
    return (
      query.tags.every((tag) => named.tags.has(tag)) &&
      !query.notTags.some((tag) => named.tags.has(tag)) &&
      query.categories.every((name) => named.categories.has(name)) &&
      !query.notCategories.some((name) => named.categories.has(name))
    );
  };
  return {
    notes,
    search(text) {
      const query = parseSearchQuery(text, locale);
      if (isEmptyQuery(query)) return { query, hits: [] };
      const excludedIds = new Set(
        query.excluded.flatMap((terms) => miniSearch.search(allOf(terms)).map((r) => r.id as number)),
      );
      const keep = passes(query, excludedIds);
      if (query.terms.length === 0) {
        const hits = notes.flatMap((note, id) => (keep(id) ? [{ id, note, score: 0, fields: [] }] : []));
        return { query, hits };
      }
      const { tags, notTags, categories, notCategories } = query;
      const filtered =
        excludedIds.size + tags.length + notTags.length + categories.length + notCategories.length > 0;
      // Plain words (most queries) rank as they did before filters existed: no per-result callback.
      const results = miniSearch.search(
        allOf(query.terms),
        filtered
          ? { boost: FIELD_BOOST, filter: (result) => keep(result.id as number) }
          : { boost: FIELD_BOOST },
      );
      const hits = results.flatMap((result) => {
        const note = notes[result.id as number];
        if (!note) return [];
        const fields = new Set(Object.values(result.match).flat() as SearchField[]);
        return [{ id: result.id as number, note, score: result.score, fields: [...fields] }];
      });
      return { query, hits };
    },
  };
}
