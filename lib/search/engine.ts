/** Browser side of search: a loaded index answering queries. Loaded lazily with the dialog. */
import MiniSearch, { type Query } from 'minisearch';
import { unpackIndex } from './pack';
import {
  FIELD_BOOST,
  getIndexOptions,
  SEARCH_INDEX_VERSION,
  type SearchField,
  type SearchIndexNote,
  type SearchIndexPayload,
} from './schema';
import { type ParsedQuery, parseQuery } from './tokenize';

/** One ranked note. */
export interface SearchHit {
  id: number;
  note: SearchIndexNote;
  score: number;
  /** Fields that matched at least one query term. */
  fields: SearchField[];
}

export interface SearchResults {
  query: ParsedQuery;
  hits: SearchHit[];
}

export interface SearchEngine {
  readonly notes: readonly SearchIndexNote[];
  /** Notes holding every query term, best first (BM25 with field boosts); none for an empty query. */
  search(query: string): SearchResults;
}

/** Turns the index asset into an engine; throws when the asset is of another version. */
export function createSearchEngine(payload: SearchIndexPayload): SearchEngine {
  if (payload.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`search index version ${payload.version}, expected ${SEARCH_INDEX_VERSION}`);
  }
  const miniSearch = MiniSearch.loadJS(unpackIndex(payload.index), getIndexOptions(payload.locale));
  const { notes, locale } = payload;
  return {
    notes,
    search(text) {
      const query = parseQuery(text, locale);
      if (query.terms.length === 0) return { query, hits: [] };
      // Every term must match (AND): a query with no match finds nothing rather than half-matches.
      const tree: Query = {
        combineWith: 'AND',
        queries: query.terms.map((t) => ({ queries: [t.term], prefix: t.prefix })),
      };
      const hits = miniSearch.search(tree, { boost: FIELD_BOOST }).flatMap((result) => {
        const note = notes[result.id as number];
        if (!note) return [];
        const fields = new Set(Object.values(result.match).flat() as SearchField[]);
        return [{ id: result.id as number, note, score: result.score, fields: [...fields] }];
      });
      return { query, hits };
    },
  };
}
