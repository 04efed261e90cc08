/** Fetching the search assets in the browser, once per page life; failed fetches may be retried. */
import { createSearchEngine, type SearchEngine } from './engine';
import { getSearchTextPath, SEARCH_INDEX_PATH, type SearchIndexPayload, type SearchNoteText } from './schema';

let engine: Promise<SearchEngine> | null = null;
const texts = new Map<string, Promise<SearchNoteText>>();

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The engine over the site's index; fetched and parsed on the first call only. */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= fetchJson<SearchIndexPayload>(SEARCH_INDEX_PATH)
    .then(createSearchEngine)
    .catch((error: unknown) => {
      engine = null;
      throw error;
    });
  return engine;
}

/** A note's sections for snippets; fetched once per slug. */
export function loadNoteText(slug: string): Promise<SearchNoteText> {
  let text = texts.get(slug);
  if (!text) {
    text = fetchJson<SearchNoteText>(getSearchTextPath(slug)).catch((error: unknown) => {
      texts.delete(slug);
      throw error;
    });
    texts.set(slug, text);
  }
  return text;
}
